// What GeoNames says holds a place (city -> division -> country), kept apart from what the text
// says: LOCATED_IN {source: 'gazetteer'} without article or evidence. Each row replaces the entity's
// gazetteer edge; a row without a container only removes it.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
OPTIONAL MATCH (e)-[old:LOCATED_IN {source: 'gazetteer'}]->()
DELETE old
WITH DISTINCT e, row
MATCH (c:Entity {id: row.within})
MERGE (e)-[:LOCATED_IN {source: 'gazetteer'}]->(c)
