// For articles that changed: facts the new version no longer supports. Only articles already
// stored with another hash are touched; contentHash still holds the old value here.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WHERE a.contentHash IS NOT NULL AND a.contentHash <> row.contentHash
MATCH (a)<-[:MENTIONED_IN]-(e:Entity)-[r:LOCATED_IN|TRAINED_AT|HOLDS_ROLE]->(x:Entity)
WHERE r.article = row.article AND NOT (type(r) + '|' + e.id + '|' + x.id + '|' + coalesce(r.title, '')) IN row.facts
DELETE r
