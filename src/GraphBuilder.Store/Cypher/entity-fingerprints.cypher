// Every entity's stored properties and gazetteer container, to tell which ones a run must update or retire.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[:LOCATED_IN {source: 'gazetteer'}]->(c:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles,
       e.geonamesId AS geonamesId, c.id AS within
