namespace GraphBuilder.Report.Model;

/// <summary>
/// Everything the page shows, by id: the page only looks things up and lays them out. Lists are in
/// display order and every human-facing count is already a phrase, so the script holds no rules.
/// </summary>
internal sealed record ReportModel(
    ReportSummary Summary,
    IReadOnlyList<ReportEntity> Entities,
    IReadOnlyList<ReportArticle> Articles,
    IReadOnlyList<ReportStatement> Statements,
    SpeakerNetwork Network,
    IReadOnlyList<ContestedClaim> Contested,
    IReadOnlyList<TimelineSubject> Timelines,
    IReadOnlyList<ReportFact> Facts);

/// <summary>The page's headline ("5 articles, 23 speakers, 70 statements") and when it was made.</summary>
internal sealed record ReportSummary(string Headline, string Generated);

/// <summary>A person, organisation, place, country, unit or group that the page names.</summary>
internal sealed record ReportEntity(string Id, string Name, string Type);

/// <summary>An article; <see cref="Byline"/> is outlet and date as one phrase ("CNBC, 23 October 2024").</summary>
internal sealed record ReportArticle(string Id, string Title, string? Published, string Date, string Byline);

/// <summary>A statement; statements are listed by date, then article, then position in the article.</summary>
internal sealed record ReportStatement(string Id, string Speaker, bool Denial, string Verb, string Text, string Article, IReadOnlyList<string> About);

/// <summary>
/// Speakers by number of statements; the first <see cref="Drawn"/> are drawn, and
/// <see cref="Links"/> join drawn speakers who spoke about the same entities.
/// </summary>
internal sealed record SpeakerNetwork(IReadOnlyList<NetworkSpeaker> Speakers, int Drawn, string Note, IReadOnlyList<NetworkLink> Links);

/// <summary>A speaker with their counts, and the same counts as a phrase.</summary>
internal sealed record NetworkSpeaker(string Entity, int Statements, int Denials, string Label);

/// <summary>Two speakers who share subjects; <see cref="Contested"/> when one denied what the other stated about one of them.</summary>
internal sealed record NetworkLink(string Source, string Target, IReadOnlyList<string> Shared, bool Contested, string Label);

/// <summary>A subject that some stated things about and others denied, with both sides' statements.</summary>
internal sealed record ContestedClaim(string Subject, IReadOnlyList<string> Stated, IReadOnlyList<string> Denied, string Label);

/// <summary>An entity that statements are about, offered as a timeline; its statements are those whose About names it.</summary>
internal sealed record TimelineSubject(string Entity, string Label);

/// <summary>A LOCATED_IN or TRAINED_AT fact, with its evidence and the articles it comes from.</summary>
internal sealed record ReportFact(string From, string Type, string To, string? Evidence, IReadOnlyList<string> Articles);
