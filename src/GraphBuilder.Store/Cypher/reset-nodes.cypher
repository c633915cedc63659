// Deletes GraphBuilder's nodes in slices, after reset-relationships has removed their relationships.
MATCH (n)
WHERE n:Article OR n:Entity OR n:Statement
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
