using System.Globalization;
using System.Text;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Text normalisation for lookups and stable ids.</summary>
internal static class Folding
{
    /// <summary>Lower case, accents removed, curly apostrophes made straight.</summary>
    public static string Fold(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
            return s.ToLowerInvariant();

        var decomposed = s.Replace('\u2019', '\'').Replace('\u2018', '\'').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// An id-safe slug. For personal names, doubled letters are collapsed and the endings that
    /// transliterations of Slavic "-ий"/"-ій" use ("-iy", "-yi", "-ij") read as "-y", so that
    /// "Zelenskyy", "Zelenskiy", "Zelenskyi" and "Zelensky" give one id, as do "Dmitriy" and "Dmitry".
    /// </summary>
    public static string Slug(string s, bool collapseDoubles = false)
    {
        var slug = SlugOf(s, collapseDoubles);
        return collapseDoubles ? TransliterationEndings(slug) : slug;
    }

    /// <summary>The slug of a personal name's last word, by which a surname alone finds the full name.</summary>
    public static string Surname(string name) => Slug(name[(name.LastIndexOf(' ') + 1)..], true);

    /// <summary>The slug of a personal name's first word.</summary>
    public static string GivenName(string name) => Slug(name.Split(' ', 2)[0], true);

    /// <summary>Whether one letter added, dropped or changed turns one word into the other.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
            (a, b) = (b, a);
        if (b.Length - a.Length > 1 || a == b)
            return false;
        var i = 0;
        while (i < a.Length && a[i] == b[i])
            i++;
        // Past the first difference the rest must match: shifted by one where b is longer, else aligned.
        return a.Length == b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static string TransliterationEndings(string slug)
    {
        if (!slug.Contains("iy", StringComparison.Ordinal) && !slug.Contains("yi", StringComparison.Ordinal) && !slug.Contains("ij", StringComparison.Ordinal))
            return slug;
        var words = slug.Split('-');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 4 && (w.EndsWith("iy", StringComparison.Ordinal) || w.EndsWith("yi", StringComparison.Ordinal) || w.EndsWith("ij", StringComparison.Ordinal)))
                words[i] = w[..^2] + "y";
        }

        return string.Join('-', words);
    }

    private static string SlugOf(string s, bool collapseDoubles)
    {
        var folded = Fold(s);
        var sb = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                    sb.Append('-');
                dash = false;
                if (!collapseDoubles || sb.Length == 0 || sb[^1] != c || char.IsDigit(c))
                    sb.Append(c);
            }
            else if (c != '\'' && c != '.')
            {
                dash = true;
            }
        }

        return sb.ToString();
    }
}
