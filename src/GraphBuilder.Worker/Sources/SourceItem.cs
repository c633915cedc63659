using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Worker.Sources;

/// <summary>
/// One file or address from a source: its article, or the reason it could not be read. A file's item
/// names the folder it lies in (full path), which the graph records; a web article's names none.
/// </summary>
internal sealed record SourceItem(string File, ArticleText? Article, string? Error)
{
    public string? Folder { get; init; }
}
