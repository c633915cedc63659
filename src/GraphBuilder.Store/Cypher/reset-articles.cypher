// Reset, step 2 of 4: articles in slices, each with its mentions.
MATCH (n:Article)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
