namespace GraphBuilder.Worker.Ingestion;

/// <summary>What the hosted worker saw in its folder: files ready to read, and all files present.</summary>
internal sealed record WatchScope(IReadOnlySet<string> Ready, IReadOnlySet<string> Present);
