namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// What a site's robots.txt allows one crawler (RFC 9309): the group naming its product token, else
/// the "*" group; the longest matching Allow or Disallow path wins, Allow on a tie; "*" matches any
/// run of characters and a final "$" the end of the path.
/// </summary>
internal sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([]);

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsRules(IReadOnlyList<(string, bool)> rules) => _rules = rules;

    public static RobotsRules Parse(string text, string productToken)
    {
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        var named = false;
        var agents = new List<string>();
        var inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = (raw.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? raw[..hash] : raw).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                // Consecutive user-agent lines open one group; one after rules opens the next.
                if (inRules)
                    (agents, inRules) = ([], false);
                agents.Add(value);
            }
            else if (key is "allow" or "disallow" && agents.Count > 0)
            {
                inRules = true;
                // An empty Disallow allows everything: it adds no rule.
                if (value.Length == 0)
                    continue;
                if (agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase)))
                {
                    named = true;
                    mine.Add((value, key is "allow"));
                }
                else if (agents.Contains("*"))
                    anyone.Add((value, key is "allow"));
            }
        }

        return new RobotsRules(named ? mine : anyone);
    }

    public bool Allows(Uri address)
    {
        var path = address.PathAndQuery;
        (int Length, bool Allow)? best = null;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path))
                continue;
            if (best is not { } b || pattern.Length > b.Length || (pattern.Length == b.Length && allow))
                best = (pattern.Length, allow);
        }

        return best?.Allow ?? true;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
            return false;
        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            // The last piece of an anchored pattern must end the path; the others match as early as they can.
            var found = anchored && i == parts.Length - 1
                ? (path.EndsWith(parts[i], StringComparison.Ordinal) && path.Length - parts[i].Length >= at ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
                return false;
            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
