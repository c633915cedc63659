// LOCATED_IN and TRAINED_AT between entities, one row per pair and source ('text': the articles
// say so, with one evidence sentence and the titles of the articles; 'gazetteer': GeoNames says so).
MATCH (a:Entity)-[r:LOCATED_IN|TRAINED_AT]->(b:Entity)
OPTIONAL MATCH (source:Article {id: r.article})
WITH a, b, type(r) AS type, coalesce(r.source, 'text') AS source, collect(r.evidence) AS evidence, collect(DISTINCT source.title) AS articles
RETURN a.id AS fromEntity, type, b.id AS toEntity, source, evidence[0] AS evidence, articles
ORDER BY type, a.name, b.name, source
