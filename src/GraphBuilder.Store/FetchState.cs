namespace GraphBuilder.Store;

/// <summary>
/// What the worker remembers of one fetched address (a feed or a page): the validators its server
/// gave (ETag, Last-Modified), to ask next time whether it changed, and when it was last read in full.
/// </summary>
public sealed record FetchState(string Address, string? ETag, string? LastModified, DateTimeOffset Fetched);
