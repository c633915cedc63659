using System.Globalization;
using System.Text;

namespace GraphBuilder.Store.BulkImport;

/// <summary>
/// One CSV file in the form Neo4j's bulk importer reads (<c>neo4j-import</c> in 3.x, <c>neo4j-admin
/// database import</c> with <c>--legacy-style-quoting=true</c> in 5.x): a header row of typed columns,
/// every text quoted, quotes doubled and backslashes escaped (the importer reads <c>\"</c> as a quote), a
/// null left empty so the property is not set, and list elements split at <see cref="ArrayDelimiter"/>.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    /// <summary>Between a list's elements: U+001F (unit separator), which no extracted text holds.</summary>
    public const char ArrayDelimiter = '\u001f';

    private readonly StreamWriter _writer;
    private readonly int _columns;

    public ImportCsv(string path, params string[] header)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false));
        _columns = header.Length;
        _writer.Write(string.Join(',', header));
        _writer.Write('\n');
    }

    public void Row(params object?[] values)
    {
        if (values.Length != _columns)
            throw new ArgumentException($"a row of {values.Length} values for {_columns} columns", nameof(values));
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
                _writer.Write(',');
            Value(values[i]);
        }

        _writer.Write('\n');
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                Quoted(text);
                break;
            case IEnumerable<string> list:
                var items = list.ToList();
                // An empty list is left out, as the importer cannot tell it from a list of one empty string.
                if (items.Count > 0)
                    Quoted(string.Join(ArrayDelimiter, items.Select(Element)));
                break;
            case IFormattable number:
                _writer.Write(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"no CSV form for {value.GetType().Name}", nameof(value));
        }
    }

    private static string Element(string item) => item.Contains(ArrayDelimiter, StringComparison.Ordinal)
        ? throw new InvalidDataException($"the list element '{item}' holds U+001F, the importer's list delimiter")
        : item;

    private void Quoted(string text)
    {
        _writer.Write('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                _writer.Write(c);
            _writer.Write(c);
        }

        _writer.Write('"');
    }

    public void Dispose() => _writer.Dispose();
}
