// New articles' HOLDS_ROLE.
// The entities the rows use are looked up once each, not once per row (index seeks were most of the
// write time): rows point into $entities by position. An id not found leaves null in its place, so
// CREATE fails rather than link another node.
UNWIND range(0, size($entities) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $entities[i]})
WITH i, e ORDER BY i
WITH collect([e]) AS entities
UNWIND $rows AS row
WITH entities[row.person][0] AS person, entities[row.organization][0] AS organization, row
CREATE (person)-[:HOLDS_ROLE {title: row.title, article: row.article}]->(organization)
