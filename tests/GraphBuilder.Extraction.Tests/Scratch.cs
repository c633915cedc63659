namespace GraphBuilder.Extraction.Tests;

public class Scratch
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DUMP");
        if (path is null) return;
        var g = Some.Graph(File.ReadAllText(path));
        foreach (var s in g.Said()) Console.WriteLine("S " + s);
        foreach (var e in g.Entities) Console.WriteLine($"E {e.Type} {e.Id} [{string.Join("; ", e.Aliases)}]");
        File.WriteAllLines("/tmp/dump.txt", g.Said().Select(x => "S " + x).Concat(g.Entities.Select(e => $"E {e.Type} {e.Id} [{string.Join("; ", e.Aliases)}]")));
    }
}

public class ScratchTokens
{
    [Fact]
    public void DumpTokens()
    {
        var path = Environment.GetEnvironmentVariable("DUMP");
        if (path is null) return;
        var text = File.ReadAllText(path);
        var clean = new GraphBuilder.Extraction.Reading.ArticleCleaner().Clean(text);
        var doc = new GraphBuilder.Extraction.Segmentation.Segmenter(GraphBuilder.Extraction.Lexicons.Lexicon.Default).Segment(text, clean.Paragraphs);
        var lines = new List<string>();
        foreach (var s in doc.Sentences)
            lines.Add($"[{s.Index} p{s.Paragraph}] " + string.Join(" ", Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Select(t => doc.Span(doc.Tokens[t]).ToString() + (doc.Tokens[t].InQuote ? "*" : ""))));
        foreach (var q in doc.Quotes) lines.Add($"Q {q.Start}-{q.End} {text[q.Start..q.End]}");
        File.WriteAllLines("/tmp/tokens.txt", lines);
    }
}
