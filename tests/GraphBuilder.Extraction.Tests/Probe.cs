namespace GraphBuilder.Extraction.Tests;
public class Probe
{
    [Fact]
    public void Run()
    {
        var path = Environment.GetEnvironmentVariable("PROBE");
        if (path is null) return;
        var lines = new List<string>();
        foreach (var t in File.ReadAllLines(path))
        {
            var g = Some.Graph("Headline of the test story\n" + t.Replace("\\n", "\n"));
            lines.Add("## " + t);
            lines.AddRange(g.Said().Select(s => "   S " + s));
            lines.AddRange(g.Entities.Select(e => $"   E {e.Type} {e.Name} [{string.Join("; ", e.Aliases)}]"));
        }
        File.WriteAllLines("/tmp/probe.out", lines);
    }
}
