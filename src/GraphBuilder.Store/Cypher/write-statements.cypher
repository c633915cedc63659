// Upserts statements with their speaker (STATED or DENIED), article and subjects (ABOUT).
// A statement's speaker and subjects are replaced, not added to, so a re-extraction that changes
// them leaves no stale edge.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (speaker:Entity {id: row.speaker})
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.kind = row.kind, s.verb = row.verb, s.sentence = row.sentence,
    s.start = row.start, s.end = row.end, s.article = row.article
MERGE (s)-[:REPORTED_IN]->(a)
WITH s, speaker, row
OPTIONAL MATCH (s)<-[old:STATED|DENIED]-()
WITH s, speaker, row, collect(old) AS olds
FOREACH (o IN olds | DELETE o)
FOREACH (_ IN CASE WHEN row.kind = 'denied' THEN [1] ELSE [] END | MERGE (speaker)-[:DENIED]->(s))
FOREACH (_ IN CASE WHEN row.kind = 'stated' THEN [1] ELSE [] END | MERGE (speaker)-[:STATED]->(s))
WITH s, row
OPTIONAL MATCH (s)-[old:ABOUT]->()
WITH s, row, collect(old) AS olds
FOREACH (o IN olds | DELETE o)
WITH s, row
UNWIND row.about AS aboutId
MATCH (e:Entity {id: aboutId})
MERGE (s)-[:ABOUT]->(e)
