using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Reading;

/// <summary>Finds a publication date in a header line and returns it as yyyy-MM-dd.</summary>
internal static partial class DateReader
{
    public static string? Find(ReadOnlySpan<char> line)
    {
        var text = line.ToString();
        var iso = Iso().Match(text);
        if (iso.Success)
            return Format(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture));

        var mdy = MonthDayYear().Match(text);
        if (mdy.Success)
            return Format(Year(mdy.Groups["y"].Value), Month(mdy.Groups["m"].Value), Day(mdy.Groups["d"].Value));

        var dmy = DayMonthYear().Match(text);
        return dmy.Success ? Format(Year(dmy.Groups["y"].Value), Month(dmy.Groups["m"].Value), Day(dmy.Groups["d"].Value)) : null;
    }

    private static int Year(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Day(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Month(string name) =>
        Array.FindIndex(Months, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private static string? Format(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();
}
