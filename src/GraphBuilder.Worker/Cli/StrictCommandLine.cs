using System.CommandLine;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// A command line the commands do not understand stops with one line per problem, each naming the
/// token, and for a mistyped option the command's closest one. Host settings (--GraphBuilder:…,
/// --Logging:…) never get here: <see cref="HostSettings"/> sets them apart first.
/// </summary>
internal static class StrictCommandLine
{
    /// <summary>Parses <paramref name="arguments"/> (host settings already set apart) and runs the command, or reports what was not understood.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, IReadOnlyList<string> arguments, TextWriter stderr)
    {
        RejectInArguments(root);
        var parsed = root.Parse(arguments);
        return parsed.Errors.Count > 0
            ? await ReportAsync(parsed, stderr).ConfigureAwait(false)
            : await parsed.InvokeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops an argument from swallowing a mistyped option ("query --fromat csv" is not a query named "--fromat").</summary>
    private static void RejectInArguments(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => IsOptionLike(t.Value)))
                    result.AddError(Message(token.Value, command));
            });
        }

        foreach (var sub in command.Subcommands)
            RejectInArguments(sub);
    }

    /// <summary>Writes the parse errors, unknown options with their closest match, and returns the exit code.</summary>
    private static async Task<int> ReportAsync(ParseResult parsed, TextWriter stderr)
    {
        var command = parsed.CommandResult.Command;
        var unknown = parsed.UnmatchedTokens.Where(IsOptionLike).ToList();
        foreach (var token in unknown)
            await stderr.WriteLineAsync($"error: {Message(token, command)}").ConfigureAwait(false);
        foreach (var error in parsed.Errors.Where(e => !unknown.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
            await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
        await stderr.WriteLineAsync($"See '{string.Join(' ', Path(command))} --help'.").ConfigureAwait(false);
        return ExitCodes.NothingDone;
    }

    private static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    private static string Message(string typed, Command command)
    {
        var best = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(name => name.StartsWith("--", StringComparison.Ordinal))
            .Select(name => (name, distance: Distance(typed, name)))
            .OrderBy(x => x.distance)
            .FirstOrDefault();
        // Within a third of the name's length is a typo worth naming; further off it would be a guess.
        return best.name is not null && best.distance <= Math.Max(2, best.name.Length / 3)
            ? $"unknown option '{typed}'; did you mean '{best.name}'?"
            : $"unknown option '{typed}'";
    }

    private static IEnumerable<string> Path(Command command) =>
        command.Parents.OfType<Command>().SelectMany(Path).Append(command is RootCommand ? "graphbuilder" : command.Name);

    /// <summary>Levenshtein distance, with one row kept.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
