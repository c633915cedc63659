// Every statement with its speaker, article and subjects, by id (read-entities and read-articles
// name them once each): what the HTML report is drawn from.
MATCH (speaker:Entity)-[:STATED|DENIED]->(s:Statement)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(x:Entity)
WITH speaker, s, a, collect(x.id) AS about
RETURN s.id AS id, s.kind AS kind, s.verb AS verb, s.text AS text, speaker.id AS speaker, a.id AS article, about
ORDER BY a.id, s.start
