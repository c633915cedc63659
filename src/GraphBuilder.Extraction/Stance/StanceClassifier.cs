using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Stance;

/// <summary>
/// Marks denials: a denial verb ("denied", "dismissed … as", "rejected"), or content that negates a
/// claim ("groundless rumors", "completely untrue"). Declining to confirm, calling information
/// "conflicting", or a plain negative ("there was no evidence", "no intention to") is not a denial.
/// </summary>
internal static partial class StanceClassifier
{
    public static StatementKind Classify(bool denialVerb, string content) =>
        denialVerb || NegatedClaim().IsMatch(content) ? StatementKind.Denied : StatementKind.Stated;

    [GeneratedRegex(@"\b(groundless|baseless|unfounded|untrue|not\s+true|fabricat\w+|fake\s+news|no\s+truth|categorically\s+(deny|denied|reject\w*)|completely\s+false|totally\s+false)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedClaim();
}
