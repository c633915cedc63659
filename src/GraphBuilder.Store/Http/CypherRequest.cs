using System.Text.Json;

namespace GraphBuilder.Store.Http;

/// <summary>
/// Statements serialized as the body of one transactional request: made apart from sending, so a
/// caller can build the next request while Neo4j runs this one.
/// </summary>
internal sealed class CypherRequest
{
    private CypherRequest(byte[] body) => Body = body;

    /// <summary>The request body, UTF-8 JSON.</summary>
    public byte[] Body { get; }

    public static CypherRequest Of(IReadOnlyList<CypherStatement> statements) => new(
        JsonSerializer.SerializeToUtf8Bytes(new { statements = statements.Select(s => new { statement = s.Text, parameters = s.Parameters }) }, JsonSerializerOptions.Web));
}
