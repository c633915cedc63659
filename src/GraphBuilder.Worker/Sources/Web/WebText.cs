using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Reading;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// A page or feed as text: in the charset the response header declares, else the one a meta tag
/// or XML declaration declares near the top, else as a text file is read (UTF-8, with Latin-1 for
/// bytes that are not). A charset nobody knows, or UTF-8 that is not valid, falls back to that too:
/// a mislabelled page still reads.
/// </summary>
internal static partial class WebText
{
    static WebText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text; <paramref name="charset"/> is what the response header declares, null for a saved page.</summary>
    public static DecodedText Decode(byte[] body, string? charset)
    {
        var declared = charset ?? Declared(body);
        if (declared is not null && !declared.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase) && Known(declared) is { } encoding)
            return new DecodedText(encoding.GetString(body), null, encoding.WebName);
        return TextDecoder.Decode(body);
    }

    private static Encoding? Known(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim('"', '\'', ' '));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Declared(byte[] body)
    {
        // Declarations are ASCII and must come early (HTML looks in the first 1,024 bytes).
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 1024));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
