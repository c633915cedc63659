// name: timeline
// purpose: Statements about an entity in date order (articles without a date last).
// param: entity string — a name or alias (example: Kursk)
// returns: published, speaker, kind, text, article
MATCH (t:Entity)
WHERE toLower(t.name) = toLower($entity)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (speaker:Entity)-[:STATED|DENIED]->(s:Statement)-[:ABOUT]->(t), (s)-[:REPORTED_IN]->(a:Article)
RETURN a.published AS published, speaker.name AS speaker, s.kind AS kind, s.text AS text, a.title AS article
ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, a.file, s.start
