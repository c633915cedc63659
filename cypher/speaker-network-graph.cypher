// name: speaker-network-graph
// purpose: The speaker network drawn for Neo4j Browser: for the most connected speaker pairs, one statement of each about every subject they share.
// param: minShared int = 2 — fewest shared subjects for a pair to be drawn (example: 2)
// param: limit int = 25 — most speaker pairs to draw (example: 10)
// returns: path
MATCH (a:Entity)-[:STATED|DENIED]->(:Statement)-[:ABOUT]->(t:Entity)<-[:ABOUT]-(:Statement)<-[:STATED|DENIED]-(b:Entity)
WHERE a.id < b.id AND t <> a AND t <> b
WITH a, b, count(DISTINCT t) AS weight
WHERE weight >= $minShared
WITH a, b, weight ORDER BY weight DESC LIMIT $limit
MATCH path = (a)-[:STATED|DENIED]->(:Statement)-[:ABOUT]->(t:Entity)<-[:ABOUT]-(:Statement)<-[:STATED|DENIED]-(b)
WHERE t <> a AND t <> b
WITH a, b, t, collect(path)[0] AS path
RETURN path
