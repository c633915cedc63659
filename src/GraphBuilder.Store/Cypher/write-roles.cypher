// A person's titles, and HOLDS_ROLE to the organisation or country where the text names one.
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
SET p.titles = CASE WHEN row.title IN coalesce(p.titles, []) THEN p.titles ELSE coalesce(p.titles, []) + row.title END
WITH p, row
WHERE row.organization IS NOT NULL
MATCH (o:Entity {id: row.organization})
MERGE (p)-[r:HOLDS_ROLE {title: row.title, article: row.article}]->(o)
