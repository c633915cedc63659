using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Report.Model;

namespace GraphBuilder.Report.Rendering;

/// <summary>
/// Writes the report as one HTML file: the page's style and script, the graph library and the data,
/// all inline, so it opens offline. Article text only ever reaches the page as JSON data, which the
/// script puts into text nodes; the page's Content-Security-Policy also allows only the scripts
/// written here (by hash) to run.
/// </summary>
internal static partial class HtmlReportRenderer
{
    private static readonly ConcurrentDictionary<string, string> Assets = new(StringComparer.Ordinal);

    /// <summary>Writes the page to <paramref name="output"/>; the data is serialized straight into it, never held as one string.</summary>
    public static async Task WriteAsync(ReportModel model, Stream output, CancellationToken cancellationToken)
    {
        var library = Asset("cytoscape.min.js");
        var layout = Asset("cytoscape-dagre.min.js");
        var script = Asset("report.js");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-security-policy"] = $"default-src 'none'; script-src {Hash(library)} {Hash(layout)} {Hash(script)}; style-src 'unsafe-inline'; img-src data:",
            ["style"] = Asset("report.css"),
            ["graph-library"] = library,
            ["graph-layout"] = layout,
            ["script"] = script,
        };

        // One pass over the template: what is written for one placeholder is never searched for another.
        var template = Asset("report.html");
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var at = 0;
            foreach (Match placeholder in Placeholder().Matches(template))
            {
                await writer.WriteAsync(template.AsMemory(at, placeholder.Index - at), cancellationToken).ConfigureAwait(false);
                at = placeholder.Index + placeholder.Length;
                var name = placeholder.Groups[1].Value;
                if (name == "data")
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await JsonSerializer.SerializeAsync(output, model, ReportJsonContext.Default.ReportModel, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await writer.WriteAsync(values[name].AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            await writer.WriteAsync(template.AsMemory(at), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    private static string Asset(string name) => Assets.GetOrAdd(name, static name => EmbeddedText.Read(typeof(HtmlReportRenderer).Assembly, name));

    [GeneratedRegex(@"\{\{([a-z-]+)\}\}")]
    private static partial Regex Placeholder();
}
