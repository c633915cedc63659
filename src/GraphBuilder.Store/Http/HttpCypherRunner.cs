using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly.Timeout;

namespace GraphBuilder.Store.Http;

/// <summary>
/// Neo4j's HTTP transactional Cypher API. Discovers the commit endpoint from the root document:
/// 4.x/5.x name it there ("transaction" with a {databaseName} placeholder); 3.x names a "data"
/// document that holds it. Each call is one request to …/commit, hence one transaction.
/// </summary>
internal sealed class HttpCypherRunner(HttpClient http, Neo4jOptions options) : ICypherRunner
{
    // Query plans (EXPLAIN, PROFILE) nest deeper than the reader's default of 64.
    private static readonly JsonDocumentOptions ResponseOptions = new() { MaxDepth = 512 };
    private readonly Lock _gate = new();
    private Task<ServerInfo>? _server;

    /// <summary>The discovered server, found once; a failed discovery is tried again on the next call.</summary>
    public Task<ServerInfo> ServerAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_server is null || _server.IsFaulted || _server.IsCanceled)
                _server = DiscoverAsync(cancellationToken);
            return _server;
        }
    }

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        RunAsync(CypherRequest.Of(statements), cancellationToken);

    public async Task<IReadOnlyList<CypherResult>> RunAsync(CypherRequest body, CancellationToken cancellationToken)
    {
        var server = await ServerAsync(cancellationToken).ConfigureAwait(false);
        using var request = Request(HttpMethod.Post, server.CommitUri);
        request.Content = new ByteArrayContent(body.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        using var doc = await SendAsync(request, cancellationToken).ConfigureAwait(false);

        var root = doc.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw Neo4jException.FromStatus(first.GetProperty("code").GetString() ?? "Neo.Unknown", first.GetProperty("message").GetString() ?? "");
        }

        var results = new List<CypherResult>();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = result.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray()).ToList();
            results.Add(new CypherResult(columns, rows));
        }

        return results;
    }

    private async Task<ServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var rootRequest = Request(HttpMethod.Get, options.Uri);
        using var root = await SendAsync(rootRequest, cancellationToken).ConfigureAwait(false);
        if (root.RootElement.TryGetProperty("transaction", out var transaction))
        {
            // 4.x and 5.x: "transaction": "http://host:7474/db/{databaseName}/tx"
            var path = transaction.GetString()!.Replace("{databaseName}", Uri.EscapeDataString(options.Database), StringComparison.Ordinal);
            return new ServerInfo(ParseVersion(root.RootElement), Edition(root.RootElement), Local(path + "/commit"));
        }

        if (!root.RootElement.TryGetProperty("data", out var data))
            throw new Neo4jException("GraphBuilder.NotNeo4j", $"{options.Uri} answered, but not like a Neo4j server (no 'transaction' or 'data' in its root document).", false);

        using var dataRequest = Request(HttpMethod.Get, Local(data.GetString()!));
        using var dataDoc = await SendAsync(dataRequest, cancellationToken).ConfigureAwait(false);
        var tx = dataDoc.RootElement.GetProperty("transaction").GetString()!;
        return new ServerInfo(ParseVersion(dataDoc.RootElement), "community", Local(tx + "/commit"));
    }

    /// <summary>The server advertises its own host name; keep the path and use the address we were given.</summary>
    private Uri Local(string advertised)
    {
        var path = new Uri(advertised).PathAndQuery;
        return new Uri(options.Uri, path);
    }

    private static Version ParseVersion(JsonElement doc)
    {
        var text = doc.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "0.0" : "0.0";
        var numeric = new string([.. text.TakeWhile(c => char.IsDigit(c) || c == '.')]);
        return Version.TryParse(numeric.Contains('.', StringComparison.Ordinal) ? numeric : numeric + ".0", out var version) ? version : new Version(0, 0);
    }

    private static string Edition(JsonElement doc) =>
        doc.TryGetProperty("neo4j_edition", out var e) ? e.GetString() ?? "unknown" : "unknown";

    private HttpRequestMessage Request(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (options.Password.Length > 0)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        return request;
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException("GraphBuilder.ServerUnreachable", $"Neo4j at {options.Uri} could not be reached ({ex.Message})", true, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new Neo4jException("GraphBuilder.Timeout", $"Neo4j at {options.Uri} did not answer within {options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", true, ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw new Neo4jException("GraphBuilder.Unauthorized", $"Neo4j at {options.Uri} refused user '{options.User}': check GraphBuilder:Neo4j:User and Password", false);
            if ((int)response.StatusCode >= 500)
                throw new Neo4jException("GraphBuilder.ServerError", $"Neo4j at {options.Uri} answered {(int)response.StatusCode} {response.ReasonPhrase}", true);
            if (!response.IsSuccessStatusCode)
                throw new Neo4jException("GraphBuilder.HttpError", $"Neo4j at {options.Uri} answered {(int)response.StatusCode} {response.ReasonPhrase} for {request.RequestUri?.AbsolutePath}", false);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await JsonDocument.ParseAsync(stream, ResponseOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new Neo4jException("GraphBuilder.BadResponse", $"Neo4j at {options.Uri} sent a response that is not valid JSON ({ex.Message})", false, ex);
            }
        }
    }
}
