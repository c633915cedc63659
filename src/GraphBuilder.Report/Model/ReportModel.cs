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
    ContestedClaims Contested,
    Timelines Timelines,
    PlaceFacts Places);

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

/// <summary>The most discussed contested subjects; <see cref="Note"/> says what was left out, if anything.</summary>
internal sealed record ContestedClaims(IReadOnlyList<ContestedClaim> Claims, string Note);

/// <summary>
/// A subject that some stated things about and others denied: the latest statements of each side,
/// and a label with the full counts.
/// </summary>
internal sealed record ContestedClaim(string Subject, IReadOnlyList<string> Stated, IReadOnlyList<string> Denied, string Label);

/// <summary>The subjects offered as timelines, most discussed first.</summary>
internal sealed record Timelines(IReadOnlyList<TimelineSubject> Subjects, string Note);

/// <summary>An entity's statements in date order (the latest ones, when there are very many).</summary>
internal sealed record TimelineSubject(string Entity, string Label, IReadOnlyList<string> Statements, string Note);

/// <summary>Place facts, troops' training first, then by support; the first <see cref="Drawn"/> are drawn.</summary>
internal sealed record PlaceFacts(IReadOnlyList<ReportFact> Facts, int Drawn, string Note);

/// <summary>
/// A LOCATED_IN or TRAINED_AT fact, with its evidence and the articles it comes from; <see cref="Source"/>
/// is "gazetteer" for containment GeoNames gives, which has neither.
/// </summary>
internal sealed record ReportFact(string From, string Type, string To, string? Evidence, IReadOnlyList<string> Articles, string Source);
