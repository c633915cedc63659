using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphBuilder.Store.Queries;

/// <summary>
/// The curated queries in a folder of .cypher files. Each file starts with a header of comment lines:
/// <c>// name:</c>, <c>// purpose:</c>, <c>// param: NAME TYPE [= DEFAULT] — description</c> (zero or more)
/// and <c>// returns:</c>. The Cypher is sent exactly as written, with the arguments as parameters.
/// </summary>
public sealed partial class QueryLibrary
{
    private static readonly string[] Types = ["string", "int", "float", "bool"];

    private QueryLibrary(IReadOnlyList<StoredQuery> queries) => Queries = queries;

    public IReadOnlyList<StoredQuery> Queries { get; }

    public static QueryLibrary Load(string folder) =>
        new([.. Directory.EnumerateFiles(folder, "*.cypher").Order(StringComparer.Ordinal).Select(f => Parse(f, File.ReadAllText(f)))]);

    /// <summary>Reads a file's header; a missing or malformed header is an error naming the file and line.</summary>
    public static StoredQuery Parse(string file, string text)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        string? declaredName = null, purpose = null;
        List<string>? returns = null;
        var parameters = new List<QueryParameter>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
        {
            var m = HeaderLine().Match(line);
            if (!m.Success)
                continue;
            var value = m.Groups["value"].Value.Trim();
            switch (m.Groups["key"].Value)
            {
                case "name": declaredName = value; break;
                case "purpose": purpose = value; break;
                case "returns": returns = [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]; break;
                case "param": parameters.Add(ParseParameter(file, value)); break;
            }
        }

        if (declaredName != name)
            throw new FormatException($"{Path.GetFileName(file)}: the header must start with '// name: {name}' (found {(declaredName is null ? "no name" : $"'{declaredName}'")}).");
        if (string.IsNullOrEmpty(purpose))
            throw new FormatException($"{Path.GetFileName(file)}: the header has no '// purpose:' line.");
        if (returns is null or { Count: 0 })
            throw new FormatException($"{Path.GetFileName(file)}: the header has no '// returns:' line.");
        return new StoredQuery(name, purpose, parameters, returns, text, file);
    }

    private static QueryParameter ParseParameter(string file, string value)
    {
        var m = ParameterLine().Match(value);
        if (!m.Success || !Types.Contains(m.Groups["type"].Value))
            throw new FormatException($"{Path.GetFileName(file)}: '// param: {value}' should read 'NAME TYPE [= DEFAULT] — description' with TYPE one of {string.Join(", ", Types)}.");
        var description = m.Groups["description"].Value.Trim();
        var example = ExampleNote().Match(description);
        return new QueryParameter(m.Groups["name"].Value, m.Groups["type"].Value, m.Groups["default"].Success ? m.Groups["default"].Value : null,
            description[..(example.Success ? example.Index : description.Length)].TrimEnd(), example.Success ? example.Groups["example"].Value.Trim() : null);
    }

    /// <summary>The query of that name, or a <see cref="QueryNotFoundException"/> listing the close matches.</summary>
    public StoredQuery Find(string name) =>
        Queries.FirstOrDefault(q => q.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new QueryNotFoundException(name, [.. Queries.Select(q => (q.Name, Distance: EditDistance(name.ToLowerInvariant(), q.Name)))
            .Where(x => x.Distance <= Math.Max(3, name.Length / 3) || x.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance).Select(x => x.Name)]);

    /// <summary>Typed parameter values from "key=value" arguments; a missing or ill-typed one is an error naming it.</summary>
    public static Dictionary<string, object?> Bind(StoredQuery query, IReadOnlyDictionary<string, string> arguments)
    {
        foreach (var key in arguments.Keys.Where(k => query.Parameters.All(p => p.Name != k)))
            throw new ArgumentException($"'{query.Name}' has no parameter '{key}'; it takes {Describe(query)}.");
        var bound = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in query.Parameters)
        {
            var raw = arguments.GetValueOrDefault(p.Name) ?? p.Default
                ?? throw new ArgumentException($"'{query.Name}' needs --param {p.Name}=<{p.Type}> ({p.Description}).");
            bound[p.Name] = Convert(query, p, raw);
        }

        return bound;
    }

    private static object Convert(StoredQuery query, QueryParameter p, string raw)
    {
        object? value = p.Type switch
        {
            "int" => long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            "float" => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null,
            "bool" => bool.TryParse(raw, out var b) ? b : null,
            _ => raw,
        };
        return value ?? throw new ArgumentException($"'{query.Name}': parameter '{p.Name}' must be {(p.Type == "int" ? "an" : "a")} {p.Type}, not '{raw}'.");
    }

    public static string Describe(StoredQuery query) =>
        query.Parameters.Count == 0 ? "no parameters" : string.Join(", ", query.Parameters.Select(p => $"{p.Name} ({p.Type}{(p.Default is null ? "" : $", default {p.Default}")})"));

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^//\s*(?<key>name|purpose|param|returns):(?<value>.*)$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\(example:\s*(?<example>[^)]+)\)$")]
    private static partial Regex ExampleNote();

    [GeneratedRegex(@"^(?<name>\w+)\s+(?<type>\w+)(\s*=\s*(?<default>\S+))?\s*(?:[—-]+\s*(?<description>.*))?$")]
    private static partial Regex ParameterLine();
}

/// <summary>A query name that is not in the library, with the names it may have meant.</summary>
public sealed class QueryNotFoundException : Exception
{
    public QueryNotFoundException()
    {
    }

    public QueryNotFoundException(string message)
        : base(message)
    {
    }

    public QueryNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public QueryNotFoundException(string name, IReadOnlyList<string> closeMatches)
        : base(closeMatches.Count == 0
            ? $"There is no query '{name}'; 'query --list' shows them all."
            : $"There is no query '{name}'. Did you mean: {string.Join(", ", closeMatches)}?") => CloseMatches = closeMatches;

    public IReadOnlyList<string> CloseMatches { get; } = [];
}
