using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Stance;

namespace GraphBuilder.Extraction.Tests.Stance;

public class StanceClassifierTests
{
    [Theory]
    [InlineData(false, "", StatementKind.Stated)]
    [InlineData(true, "the accusations as \"groundless rumors\"", StatementKind.Denied)]
    [InlineData(false, "There are no soldiers of ours in that town, yet", StatementKind.Stated)]
    [InlineData(false, "there was no evidence of a leak", StatementKind.Stated)]
    [InlineData(false, "there was no intention to close the sites", StatementKind.Stated)]
    [InlineData(false, "That is completely untrue", StatementKind.Denied)]
    [InlineData(false, "rumours that it sold fake tickets were false", StatementKind.Denied)]
    [InlineData(false, "the allegations are baseless", StatementKind.Denied)]
    [InlineData(false, "we expect unfounded applications to continue to fall", StatementKind.Stated)]
    [InlineData(false, "the figures were wrong by a wide margin last year", StatementKind.Stated)]
    [InlineData(false, "the claims were baseless", StatementKind.Denied)]
    [InlineData(false, "the report is simply not true", StatementKind.Denied)]
    [InlineData(false, "I can't confirm those reports at this point in time", StatementKind.Stated)]
    [InlineData(false, "there was conflicting information", StatementKind.Stated)]
    [InlineData(false, "there is evidence of troops in Russia", StatementKind.Stated)]
    public void Classify_Content_GivesStance(bool denialVerb, string content, StatementKind expected) =>
        StanceClassifier.Classify(denialVerb, content).ShouldBe(expected);

    [Theory]
    [InlineData("North Korean officials dismissed these assertions as \"groundless rumors.\"", StatementKind.Denied)]
    [InlineData("The Kremlin rejected the claims on Monday as provocations by the West.", StatementKind.Denied)]
    [InlineData("Russia denied that any troops had crossed the border.", StatementKind.Denied)]
    [InlineData("Tom Berg advises the Greens, which denies taking part in the campaign.", StatementKind.Denied)]
    [InlineData("The claims made on Monday were rejected by the Harbour Trust.", StatementKind.Denied)]
    [InlineData("Harbour Trust's denial that the mill had closed came late.", StatementKind.Denied)]
    [InlineData("Spokesperson Dmitry Peskov refrained from validating the reports, saying there was \"conflicting information.\"", StatementKind.Stated)]
    public void Extract_DenialSentence_MarksTheStatement(string text, StatementKind expected) =>
        Some.Graph("Headline of the test story\n" + text).Statements.ShouldHaveSingleItem().Kind.ShouldBe(expected);
}
