// Reset, step 4 of 4: what the worker remembers of its fetches, so that after a reset every feed and
// page is read in full again.
MATCH (n:FetchState)
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted
