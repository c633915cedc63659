// Entities no article mentions and no statement or fact uses any more.
MATCH (e:Entity)
WHERE NOT (e)--()
DELETE e
RETURN count(e) AS deleted
