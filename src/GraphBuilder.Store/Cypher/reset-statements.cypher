// Reset, step 1 of 4: statements in slices, each with its few relationships (speaker, article,
// subjects). Every deleted node leaves the label index, so no slice walks over an earlier one's work.
MATCH (n:Statement)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
