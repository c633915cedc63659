namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// A response body that passed the checks, with where it ended up after redirects, what it says it is,
/// and what to send to ask later whether it changed. <see cref="NotModified"/>: the server said it had
/// not changed since those validators (HTTP 304), and there is no body.
/// </summary>
internal sealed record Fetched(Uri Address, string? MediaType, string? Charset, byte[] Body)
{
    public Validators? Validators { get; init; }

    public bool NotModified { get; init; }
}

/// <summary>What a server gave to tell a later version of a page from this one (ETag, Last-Modified).</summary>
internal sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
