// HOLDS_ROLE from a person to the organisation or country the text names with a title (the titles
// themselves are entity properties, written with the entity).
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.organization})
MERGE (p)-[r:HOLDS_ROLE {title: row.title, article: row.article}]->(o)
