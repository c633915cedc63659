// For the articles rewritten: facts their new version (or new resolution) no longer supports. Only
// articles stored before are looked at (contentHash is set last, by mark-done): for a new article
// the walk over its entities' facts would find nothing and grows with the graph.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WHERE a.contentHash IS NOT NULL
MATCH (a)<-[:MENTIONED_IN]-(e:Entity)-[r:LOCATED_IN|TRAINED_AT|HOLDS_ROLE]->(x:Entity)
WHERE r.article = row.article AND NOT (type(r) + '|' + e.id + '|' + x.id + '|' + coalesce(r.title, '')) IN row.facts
DELETE r
