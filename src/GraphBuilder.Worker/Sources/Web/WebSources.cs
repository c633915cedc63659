namespace GraphBuilder.Worker.Sources.Web;

/// <summary>Opens http(s) addresses as a source of articles, with the fetcher and rules of this host.</summary>
internal sealed class WebSources(WebFetcher fetcher)
{
    /// <summary>The address, when <paramref name="source"/> is an absolute http(s) one.</summary>
    public static Uri? Address(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>The articles at these addresses; with a <paramref name="history"/>, only what changed since it.</summary>
    public IArticleSource Open(IReadOnlyList<Uri> addresses, FetchHistory? history = null) => new WebArticleSource(addresses, fetcher, history);
}
