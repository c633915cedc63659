namespace GraphBuilder.Worker.Sources.Web;

/// <summary>A response body that passed the checks, with where it ended up after redirects and what it says it is.</summary>
internal sealed record Fetched(Uri Address, string? MediaType, string? Charset, byte[] Body);
