// LOCATED_IN and TRAINED_AT, one per article that supports them, with the evidence sentence
// (source 'text', unlike the gazetteer's LOCATED_IN).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:LOCATED_IN {article: row.article}]->(b) SET r.evidence = row.evidence, r.source = 'text')
FOREACH (_ IN CASE WHEN row.type = 'TRAINED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:TRAINED_AT {article: row.article}]->(b) SET r.evidence = row.evidence, r.source = 'text')
