// Deletes GraphBuilder's nodes in slices so a large graph does not need one huge transaction.
MATCH (n)
WHERE n:Article OR n:Entity OR n:Statement
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
