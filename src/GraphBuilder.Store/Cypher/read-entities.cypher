// Every entity's id, name and type.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type
