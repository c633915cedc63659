namespace GraphBuilder.Worker.Cli;

/// <summary>
/// Settings for the host on the command line (<c>--GraphBuilder:Neo4j:Uri http://db:7474</c>,
/// <c>--Logging:LogLevel:Default=Debug</c>) are set apart before the command line is parsed, so that
/// every other token a command does not know is an error that names it, not a setting nobody reads.
/// </summary>
internal static class HostSettings
{
    private static readonly string[] Prefixes = ["--GraphBuilder:", "--Logging:"];

    public static (string[] Settings, string[] Arguments) Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!Prefixes.Any(p => args[i].StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                rest.Add(args[i]);
                continue;
            }

            settings.Add(args[i]);
            // "--Key value" as the configuration's command-line provider reads it; "--Key=value" is one token.
            if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                settings.Add(args[++i]);
        }

        return ([.. settings], [.. rest]);
    }
}
