// For the articles rewritten: facts their new version (or new resolution) no longer supports.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})<-[:MENTIONED_IN]-(e:Entity)-[r:LOCATED_IN|TRAINED_AT|HOLDS_ROLE]->(x:Entity)
WHERE r.article = row.article AND NOT (type(r) + '|' + e.id + '|' + x.id + '|' + coalesce(r.title, '')) IN row.facts
DELETE r
