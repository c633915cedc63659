using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace GraphBuilder.Worker.Cli;

/// <summary>How commands print: colour and width on a terminal, plain text when piped.</summary>
internal static class Output
{
    private const int PipedWidth = 160;

    public static IAnsiConsole Console(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
            console.Profile.Width = PipedWidth;
        return console;
    }

    /// <summary>A JSON value as one line of text: strings bare, lists joined with "; ".</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    public static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
