// Who said what: speakers by number of statements, with one example each.
MATCH (e:Entity)-[:STATED|DENIED]->(s:Statement)-[:REPORTED_IN]->(a:Article)
WITH e, s, a ORDER BY a.id, s.start
WITH e, count(DISTINCT s) AS statements, count(DISTINCT a) AS articles, collect(s.text)[0] AS example
RETURN e.name AS speaker, e.type AS type, statements, articles, example
ORDER BY statements DESC, speaker
LIMIT $limit
