// Every entity's stored properties, to tell which ones a run must update or retire.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles
