using GraphBuilder.Report.Building;
using GraphBuilder.Report.Model;
using GraphBuilder.Report.Rendering;
using GraphBuilder.Store.Reading;

namespace GraphBuilder.Report;

/// <summary>Reads the whole graph from the store and lays it out as the report's page.</summary>
public sealed class HtmlReportGenerator
{
    /// <summary>Speakers drawn in the network unless the caller says otherwise; all of them are listed.</summary>
    public const int DefaultSpeakersDrawn = ReportBuilder.DefaultSpeakersDrawn;

    private readonly GraphReader _reader;
    private readonly TimeProvider _time;

    internal HtmlReportGenerator(GraphReader reader, TimeProvider time)
    {
        _reader = reader;
        _time = time;
    }

    /// <summary>The report of the graph as it is now; <see cref="HtmlReport.IsEmpty"/> when nothing has been said yet.</summary>
    public async Task<HtmlReport> CreateAsync(int speakersDrawn, CancellationToken cancellationToken)
    {
        var graph = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new HtmlReport(graph.Statements.Count == 0 ? null : ReportBuilder.Build(graph, speakersDrawn, _time.GetUtcNow()));
    }
}

/// <summary>A report ready to be written: one self-contained HTML page.</summary>
public sealed class HtmlReport
{
    private readonly ReportModel? _model;

    internal HtmlReport(ReportModel? model) => _model = model;

    /// <summary>True when the graph holds no statement: an empty page would look like a broken one.</summary>
    public bool IsEmpty => _model is null;

    /// <summary>"5 articles, 19 speakers, 72 statements (4 denials)".</summary>
    public string Headline => _model?.Summary.Headline ?? "";

    /// <summary>Streams the page into <paramref name="output"/>.</summary>
    public Task WriteAsync(Stream output, CancellationToken cancellationToken) =>
        _model is null
            ? throw new InvalidOperationException("The graph has no statements; there is no report to write.")
            : HtmlReportRenderer.WriteAsync(_model, output, cancellationToken);
}
