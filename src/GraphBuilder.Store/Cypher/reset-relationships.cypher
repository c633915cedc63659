// Deletes the relationships of GraphBuilder's nodes in slices first: an entity such as a country can
// hold hundreds of thousands of them, too many to delete with the node in one transaction. Every
// relationship the store writes starts at one of its nodes, so the outgoing ones are all of them.
MATCH (n)-[r]->()
WHERE n:Article OR n:Entity OR n:Statement
WITH r LIMIT 10000
DELETE r
RETURN count(*) AS deleted
