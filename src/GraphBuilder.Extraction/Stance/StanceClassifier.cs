using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Stance;

/// <summary>
/// Marks denials: a denial verb ("denied", "dismissed … as", "rejected"), or content worded as a denial
/// (Data/denial-cues.txt: "groundless rumors", "completely untrue"). Declining to confirm, calling
/// information "conflicting", or a plain negative ("there was no evidence", "no intention to") is not a denial.
/// </summary>
internal static class StanceClassifier
{
    private static readonly Regex DeniedContent = new(string.Join('|', Lexicon.Default.DenialCues.Select(cue => $"(?:{cue})")), RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static StatementKind Classify(bool denialVerb, string content) =>
        denialVerb || DeniedContent.IsMatch(content) ? StatementKind.Denied : StatementKind.Stated;
}
