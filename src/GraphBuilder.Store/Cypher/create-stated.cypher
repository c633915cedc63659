// New articles' statements whose speaker stated them (one kind per file: no branch per row), with
// their article (REPORTED_IN) and subjects (ABOUT).
// The entities and articles the rows use are looked up once each, not once per row (each lookup is an
// index seek, and they were most of the write time): rows point into $entities and $articles by
// position. An id not found leaves null in its place, so CREATE fails rather than link another node.
UNWIND range(0, size($entities) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $entities[i]})
WITH i, e ORDER BY i
WITH collect([e]) AS entities
UNWIND range(0, size($articles) - 1) AS i
OPTIONAL MATCH (a:Article {id: $articles[i]})
WITH entities, i, a ORDER BY i
WITH entities, collect([a]) AS articles
UNWIND $rows AS row
WITH entities, entities[row.speaker][0] AS speaker, articles[row.article][0] AS a, row
CREATE (speaker)-[:STATED]->(s:Statement {id: row.id, text: row.text, kind: row.kind, verb: row.verb, sentence: row.sentence,
                                           start: row.start, end: row.end, article: $articles[row.article]})-[:REPORTED_IN]->(a)
WITH entities, s, row
UNWIND row.about AS about
WITH s, entities[about][0] AS e
CREATE (s)-[:ABOUT]->(e)
