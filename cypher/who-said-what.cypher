// name: who-said-what
// purpose: Every statement by a speaker, found by name or alias, with verb, kind, text, outlet, date and article.
// param: speaker string — part of a name, or a whole alias (example: Austin)
// returns: speaker, kind, verb, text, outlet, published, article, file
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($speaker)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($speaker))
MATCH (e)-[:STATED|DENIED]->(s:Statement)-[:REPORTED_IN]->(a:Article)
RETURN e.name AS speaker, s.kind AS kind, s.verb AS verb, s.text AS text,
       a.outlet AS outlet, a.published AS published, a.title AS article, a.file AS file
ORDER BY a.published, a.file, s.start
