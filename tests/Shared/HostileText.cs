using System.Text;

namespace GraphBuilder.Tests.Neo4j;

/// <summary>Generates hostile article texts from a seed, for fuzz-style tests.</summary>
public static class HostileText
{
    public const string CypherName = "Robert'}) DETACH DELETE n // `x` $p \\u0000";

    private static readonly string[] Pieces =
    [
        "\u201C", "\u201D", "\"", "''", "``", "\u2018", "\u2019", "'", "(", ")", "\u2014", ",", ".", "?", "!", ":", ";",
        " said ", " told reporters ", " according to ", " denied ", ", he said.", " Secretary ", " President ", "Lt. Gen. ",
        "Lloyd Austin", "North Korea", "Russia's Kursk region", "Wonsan, North Korea", "NIS", "(NIS)", "U.S.", "St.",
        "'}) DETACH DELETE n //", "`backtick`", "$param", "\u0000", "\u202E", "\u200B", "\u200F", "\uFEFF", "\u05E9\u05DC\u05D5\u05DD",
        "<script>alert(1)</script>", "<b>", "</p>", "&amp;", "\n", "\n\n", "\r\n", "    ", "troops", "training sites in Vladivostok",
        "Zelenskyy", "O'Brien", "Kim Jong-un", "//= do_shortcode('x')", "Latest Contents", "1,500", "2024-10-23",
    ];

    public static string Generate(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(random.Next(6) switch
            {
                0 => RandomWord(random),
                1 => new string((char)random.Next(0x20, 0xD7FF), random.Next(1, 4)),
                _ => Pieces[random.Next(Pieces.Length)],
            });
            sb.Append(' ');
        }

        return sb.ToString();
    }

    public static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(1, 10)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)(i == 0 && random.Next(2) == 0 ? random.Next('A', 'Z' + 1) : random.Next('a', 'z' + 1));
        return new string(chars);
    }
}
