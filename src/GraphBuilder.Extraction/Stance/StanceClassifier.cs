using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Stance;

/// <summary>
/// Marks denials: a denial verb ("denied", "dismissed … as", "rejected"), or content that negates a
/// claim ("there are no … yet", "groundless rumors"). Declining to confirm, or calling
/// information "conflicting", is not a denial.
/// </summary>
internal static partial class StanceClassifier
{
    public static StatementKind Classify(bool denialVerb, string content) =>
        denialVerb || NegatedClaim().IsMatch(content) ? StatementKind.Denied : StatementKind.Stated;

    [GeneratedRegex(@"^\W*there\s+(is|are|was|were|has\s+been|have\s+been)\s+no\b|\b(groundless|baseless|unfounded|untrue|not\s+true|fabricat\w+|fake\s+news|no\s+truth|categorically\s+(deny|denied|reject\w*)|completely\s+false|totally\s+false)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedClaim();
}
