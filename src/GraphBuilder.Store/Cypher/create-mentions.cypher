// New articles' mentions.
// The entities and articles the rows use are looked up once each, not once per row (each lookup is an
// index seek, and they were most of the write time): rows point into $entities and $articles by
// position. An id not found leaves null in its place, so CREATE fails rather than link another node.
UNWIND range(0, size($entities) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $entities[i]})
WITH i, e ORDER BY i
WITH collect([e]) AS entities
UNWIND range(0, size($articles) - 1) AS i
OPTIONAL MATCH (a:Article {id: $articles[i]})
WITH entities, i, a ORDER BY i
WITH entities, collect([a]) AS articles
UNWIND $rows AS row
WITH entities[row.entity][0] AS e, articles[row.article][0] AS a, row
CREATE (e)-[:MENTIONED_IN {count: row.count}]->(a)
