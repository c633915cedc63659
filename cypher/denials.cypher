// name: denials
// purpose: Every denial: who denied, what was denied, what it is about, and where it was reported.
// returns: speaker, denied, about, article, published
MATCH (speaker:Entity)-[:DENIED]->(s:Statement)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[:ABOUT]->(t:Entity)
RETURN speaker.name AS speaker, s.text AS denied, collect(DISTINCT t.name) AS about,
       a.title AS article, a.published AS published
ORDER BY published, speaker
