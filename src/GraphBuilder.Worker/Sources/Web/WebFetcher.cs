using System.Globalization;
using Humanizer;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// GETs pages and feeds. Retries, timeouts and the circuit breaker per host are the HTTP client's
/// resilience pipeline (registered with it); this class turns every way a fetch can fail into one
/// line naming what was wrong, and refuses bodies over <see cref="WebOptions.MaxBytes"/>.
/// </summary>
internal sealed class WebFetcher(HttpClient http, IOptions<WebOptions> options)
{
    public const string HttpClientName = "GraphBuilder.Web";

    /// <summary>The body, or why there is none.</summary>
    public async Task<(Fetched? Body, string? Error)> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxBytes;
        try
        {
            using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 300 and < 400)
                return (null, $"too many redirects (the last one, {(int)response.StatusCode}, to {response.Headers.Location})");
            if (!response.IsSuccessStatusCode)
                return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{RetryAfter(response)}");
            if (response.Content.Headers.ContentLength is { } declared && declared > max)
                return (null, TooLarge(declared, max));

            var body = await ReadAtMostAsync(response.Content, max, cancellationToken).ConfigureAwait(false);
            if (body is null)
                return (null, TooLarge(null, max));
            var type = response.Content.Headers.ContentType;
            return (new Fetched(response.RequestMessage?.RequestUri ?? address, type?.MediaType, type?.CharSet, body), null);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"could not be fetched: {ex.Message}");
        }
        catch (TimeoutRejectedException)
        {
            return (null, $"no answer within {options.Value.AttemptTimeout.Humanize()}, {"attempt".ToQuantity(options.Value.Retries + 1)}");
        }
        catch (BrokenCircuitException)
        {
            return (null, $"{address.Host} failed repeatedly; it is not asked again for a while");
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
