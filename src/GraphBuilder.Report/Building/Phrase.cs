using System.Globalization;
using Humanizer;

namespace GraphBuilder.Report.Building;

/// <summary>Counts as readers write them: "1 statement", "7,890 speakers".</summary>
internal static class Phrase
{
    public static string Count(int n, string noun) => noun.ToQuantity(n, "N0", CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"" when nothing was left out, otherwise e.g. "The 50 most discussed of 312 subjects are shown."</summary>
    public static string Kept(int kept, int total, string noun, string which, string shown) =>
        kept == total ? "" : $"The {Number(kept)} {which} of {Count(total, noun)} are {shown}.";
}
