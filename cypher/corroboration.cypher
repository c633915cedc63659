// name: corroboration
// purpose: Claims about an entity by speaker, with how many independent sources (outlets, or articles where the outlet is unknown) carry them; 'single source' marks the ones only one carries.
// param: entity string — a name or alias (example: Russia)
// returns: about, speaker, sources, standing, reportedBy, example
MATCH (t:Entity)
WHERE toLower(t.name) = toLower($entity)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (speaker:Entity)-[:STATED]->(s:Statement)-[:ABOUT]->(t), (s)-[:REPORTED_IN]->(a:Article)
WITH t, speaker, collect(DISTINCT coalesce(a.outlet, a.title, a.file)) AS reportedBy, collect(s.text)[0] AS example
RETURN t.name AS about, speaker.name AS speaker, size(reportedBy) AS sources,
       CASE WHEN size(reportedBy) > 1 THEN 'corroborated' ELSE 'single source' END AS standing,
       reportedBy, example
ORDER BY sources DESC, speaker
