namespace GraphBuilder.Bench;

/// <summary>The figure every benchmark reports over its runs: noisy machines make a mean misleading.</summary>
internal static class Statistics
{
    /// <summary>The middle value; with an even count, the mean of the two middle ones.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
