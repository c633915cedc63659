// New articles' LOCATED_IN, one per article that supports it, with the evidence sentence. CREATE does
// not look at the pair's other relationships, so a hub pair costs no more than any other.
// The entities the rows use are looked up once each, not once per row (index seeks were most of the
// write time): rows point into $entities by position. An id not found leaves null in its place, so
// CREATE fails rather than link another node.
UNWIND range(0, size($entities) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $entities[i]})
WITH i, e ORDER BY i
WITH collect([e]) AS entities
UNWIND $rows AS row
WITH entities[row.from][0] AS a, entities[row.to][0] AS b, row
CREATE (a)-[:LOCATED_IN {article: row.article, evidence: row.evidence, source: 'text'}]->(b)
