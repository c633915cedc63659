// Reset, step 3 of 4: entities in slices. By now they hold only their facts (LOCATED_IN, TRAINED_AT,
// HOLDS_ROLE), not the mentions and statements that reach hundreds of thousands on a hub country.
MATCH (n:Entity)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
