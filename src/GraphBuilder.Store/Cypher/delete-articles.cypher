// Removes articles with their statements and the facts only they supported.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(:Entity)-[r:LOCATED_IN|TRAINED_AT|HOLDS_ROLE]->()
WHERE r.article = id
DELETE r
WITH DISTINCT a
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
DETACH DELETE s
WITH DISTINCT a
DETACH DELETE a
