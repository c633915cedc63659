namespace GraphBuilder.Extraction.Model;

/// <summary>An article's identity and metadata. <paramref name="Published"/> is an ISO-8601 date.</summary>
public sealed record Article(string Id, string File, string? Title, string? Outlet, string? Published, string ContentHash)
{
    /// <summary>The folder the article was read from, where a store keeps several folders apart.</summary>
    public string? Folder { get; init; }

    /// <summary>The canonical address of a web article.</summary>
    public string? Url { get; init; }

    public string? Author { get; init; }
}
