namespace GraphBuilder.Extraction.Model;

/// <summary>
/// An article's metadata as its source states it. <paramref name="Published"/> is an ISO-8601 date;
/// <paramref name="Url"/> is the canonical address, which names the article wherever it was reached from.
/// </summary>
public sealed record ArticleMetadata(string? Title, string? Outlet, string? Published, string? Author, string? Url);
