// name: statements-about
// purpose: Who said what about an entity (a person, organisation, place or country).
// param: entity string — a name or alias (example: North Korea)
// returns: about, speaker, kind, text, article, published
MATCH (t:Entity)
WHERE toLower(t.name) = toLower($entity)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (speaker:Entity)-[:STATED|DENIED]->(s:Statement)-[:ABOUT]->(t)
MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN t.name AS about, speaker.name AS speaker, s.kind AS kind, s.text AS text,
       a.title AS article, a.published AS published
ORDER BY a.published, a.file, s.start
