using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphBuilder.Store.Queries;

/// <summary>
/// The Neo4j Browser guide (<c>:play graphbuilder</c>): one slide on what the graph holds, then one
/// card per curated query, made from the query files' headers so the guide cannot drift from them.
/// Each card holds its query with the header's example values written in as literals, because the
/// Browser of Neo4j 3.x has no <c>:param</c>; the same text runs unchanged on every version.
/// </summary>
public static partial class BrowserGuide
{
    public const string FileName = "browser-guide.html";

    public static string Render(QueryLibrary library)
    {
        var html = new StringBuilder();
        html.Append("""
            <article class="guide">
              <carousel class="deck container-fluid">
                <slide class="row-fluid">
                  <div class="col-sm-3">
                    <h3>GraphBuilder</h3>
                    <p class="lead">Who said what in the news, as a graph</p>
                  </div>
                  <div class="col-sm-9">
                    <p>Every node is an <code>:Entity</code> with one more label:
                      <code>:Person</code>, <code>:Organization</code>, <code>:Place</code>, <code>:Country</code>,
                      <code>:MilitaryUnit</code> or <code>:Group</code>. Beside them are each <code>:Statement</code>
                      (a claim, quoted or reported) and each <code>:Article</code> it was reported in.</p>
                    <ul>
                      <li><code>(:Entity)-[:STATED|DENIED]-&gt;(:Statement)-[:REPORTED_IN]-&gt;(:Article)</code>: who said or denied what, and where</li>
                      <li><code>(:Statement)-[:ABOUT]-&gt;(:Entity)</code>: whom a statement is about</li>
                      <li><code>(:Entity)-[:LOCATED_IN|TRAINED_AT]-&gt;(:Entity)</code>: where places and troops are</li>
                      <li><code>(:Entity)-[:HOLDS_ROLE]-&gt;(:Entity)</code> and <code>(:Entity)-[:MENTIONED_IN]-&gt;(:Article)</code></li>
                    </ul>
                    <p>The next slides hold the curated queries. Click one to run it with the example values
                      shown; it stays in the editor, where you can change the values and run it again.</p>

            """);
        html.Append(CultureInfo.InvariantCulture, $"        <p><small>{string.Join(" · ", library.Queries.Select((q, i) => $"{i + 2}. {WebUtility.HtmlEncode(q.Name)}"))}</small></p>\n");
        html.Append("""
                  </div>
                </slide>

            """);
        foreach (var query in library.Queries)
            AppendCard(html, query);
        html.Append("""
              </carousel>
            </article>

            """);
        return html.ToString();
    }

    /// <summary>Each parameter's example from the header, or its default where it gives no example, typed as declared.</summary>
    public static Dictionary<string, object?> ExampleValues(StoredQuery query) =>
        QueryLibrary.Bind(query, query.Parameters.Where(p => p.Example is not null).ToDictionary(p => p.Name, p => p.Example!));

    /// <summary>The query's Cypher without its header, with each parameter replaced by its value as a Cypher literal.</summary>
    public static string Prefilled(StoredQuery query, IReadOnlyDictionary<string, object?> values)
    {
        var body = string.Join('\n', query.Cypher.Split('\n').SkipWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();
        return Parameter().Replace(body, m => values.TryGetValue(m.Groups["name"].Value, out var value) ? Literal(value) : m.Value);
    }

    public static string Literal(object? value) => value switch
    {
        string s => $"'{s.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", @"\'", StringComparison.Ordinal)}'",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.0###############", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"No Cypher literal for a {value?.GetType().Name ?? "null"}.", nameof(value)),
    };

    private static void AppendCard(StringBuilder html, StoredQuery query)
    {
        var values = ExampleValues(query);
        var cypher = Prefilled(query, values);
        var e = (string s) => WebUtility.HtmlEncode(s);
        html.Append(CultureInfo.InvariantCulture, $"""
                <slide class="row-fluid">
                  <div class="col-sm-3">
                    <h3>{e(query.Name)}</h3>
                    <p class="lead">{e(query.Purpose)}</p>
                    <p><small>Returns {e(string.Join(", ", query.Returns))}. In <code>cypher/{e(Path.GetFileName(query.File))}</code>.</small></p>
                  </div>
                  <div class="col-sm-9">

            """);
        if (query.Parameters.Count > 0)
        {
            html.Append("        <table class=\"table table-condensed\"><tr><th>parameter</th><th>value here</th><th>meaning</th></tr>\n");
            foreach (var p in query.Parameters)
                html.Append(CultureInfo.InvariantCulture, $"          <tr><td><code>${e(p.Name)}</code></td><td><code>{e(Literal(values[p.Name]))}</code></td><td>{e(p.Description)}</td></tr>\n");
            html.Append("        </table>\n");
        }

        // ng-click is how the 3.x Browser runs a card on one click (its guides are Angular templates);
        // later Browsers drop the attribute and copy the card into the editor on click instead.
        html.Append(CultureInfo.InvariantCulture, $"""
                    <figure>
                      <pre class="pre-scrollable code runnable" data-query="{e(query.Name)}" ng-click="editor.execScript({e(JsonSerializer.Serialize(cypher))})">{e(cypher)}</pre>
                    </figure>
                  </div>
                </slide>

            """);
    }

    [GeneratedRegex(@"\$(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Parameter();
}
