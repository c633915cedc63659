using System.Globalization;
using System.Net;
using Humanizer;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// GETs pages and feeds, where the site's robots.txt allows it. Retries, timeouts and the circuit
/// breaker per host are the HTTP client's resilience pipeline, and politeness per host its outermost
/// handler (both registered with it); this class asks conditionally when it has a page's validators,
/// turns every way a fetch can fail into one line naming what was wrong, and refuses bodies over
/// <see cref="WebOptions.MaxBytes"/>.
/// </summary>
internal sealed class WebFetcher(HttpClient http, RobotsCache robots, IOptions<WebOptions> options)
{
    public const string HttpClientName = "GraphBuilder.Web";

    // RFC 9309: a crawler reads at least the first 500 KiB of a robots.txt.
    private const int MaxRobotsBytes = 512 * 1024;

    /// <summary>The product token robots.txt groups are matched against: the User-Agent's first word.</summary>
    private string ProductToken => options.Value.UserAgent.Split('/', ' ')[0];

    /// <summary>
    /// The body, or why there is none. With <paramref name="known"/> validators the request is
    /// conditional, and an unchanged page comes back <see cref="Fetched.NotModified"/>.
    /// </summary>
    public async Task<(Fetched? Body, string? Error)> GetAsync(Uri address, CancellationToken cancellationToken, Validators? known = null)
    {
        var (rules, unreadable) = await robots.RulesAsync(address, RobotsAsync, cancellationToken).ConfigureAwait(false);
        if (rules is null)
            return (null, unreadable);
        if (!rules.Allows(address))
            return (null, $"{address.Host}'s robots.txt does not allow {ProductToken} to fetch it: skipped");
        var (body, error, _) = await SendAsync(address, known, options.Value.MaxBytes, cancellationToken).ConfigureAwait(false);
        return (body, error);
    }

    private async Task<(RobotsRules?, string?)> RobotsAsync(Uri address, CancellationToken cancellationToken)
    {
        var (body, error, status) = await SendAsync(address, null, MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
        if (body is not null)
            return (RobotsRules.Parse(WebText.Decode(body.Body, body.Charset).Text ?? "", ProductToken), null);
        // No robots.txt (404, 410, even 401 or 403) means no rules; a server error means "not now".
        return status is >= 400 and < 500 ? (RobotsRules.AllowAll, null) : (null, $"its site's robots.txt could not be read ({error}): not fetched, asked again next time");
    }

    private async Task<(Fetched? Body, string? Error, int? Status)> SendAsync(Uri address, Validators? known, long max, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (known?.ETag is { } etag)
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (known?.LastModified is { } modified)
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var finalAddress = response.RequestMessage?.RequestUri ?? address;
            if (response.StatusCode == HttpStatusCode.NotModified && known is not null)
                return (new Fetched(finalAddress, null, null, []) { NotModified = true, Validators = known }, null, status);
            if (status is >= 300 and < 400)
                return (null, $"too many redirects (the last one, {status}, to {response.Headers.Location})", status);
            if (!response.IsSuccessStatusCode)
                return (null, $"HTTP {status} {response.ReasonPhrase}{RetryAfter(response)}", status);
            if (response.Content.Headers.ContentLength is { } declared && declared > max)
                return (null, TooLarge(declared, max), status);

            var body = await ReadAtMostAsync(response.Content, max, cancellationToken).ConfigureAwait(false);
            if (body is null)
                return (null, TooLarge(null, max), status);
            var type = response.Content.Headers.ContentType;
            var validators = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            return (new Fetched(finalAddress, type?.MediaType, type?.CharSet, body) { Validators = validators.IsEmpty ? null : validators }, null, status);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"could not be fetched: {ex.Message}", null);
        }
        catch (TimeoutRejectedException)
        {
            return (null, $"no answer within {options.Value.AttemptTimeout.Humanize()}, {"attempt".ToQuantity(options.Value.Retries + 1)}", null);
        }
        catch (BrokenCircuitException)
        {
            return (null, $"{address.Host} failed repeatedly; it is not asked again for a while", null);
        }
    }

    private static string RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => $" (Retry-After {delta.Humanize()})",
        { Date: { } date } => $" (Retry-After {date.ToString("u", CultureInfo.InvariantCulture)})",
        _ => "",
    };

    private static string TooLarge(long? size, long max)
    {
        var limit = $"over the {max.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} limit (GraphBuilder:Web:MaxBytes)";
        return size is { } s ? $"{s.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}, {limit}" : $"{limit}: stopped reading";
    }

    /// <summary>The whole body, or null as soon as it passes <paramref name="max"/> bytes: a server that lies about its length is cut off.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
