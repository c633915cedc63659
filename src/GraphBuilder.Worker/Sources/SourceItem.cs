using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Worker.Sources;

/// <summary>One file from a source: its article, or the reason it could not be read.</summary>
internal sealed record SourceItem(string File, ArticleText? Article, string? Error);
