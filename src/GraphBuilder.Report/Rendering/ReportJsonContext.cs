using System.Text.Json.Serialization;
using GraphBuilder.Report.Model;

namespace GraphBuilder.Report.Rendering;

/// <summary>
/// The model as JSON for the page. The default encoder escapes &lt;, &gt;, &amp; and quotes, so no
/// article text can close the script element that carries the data.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReportModel))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
