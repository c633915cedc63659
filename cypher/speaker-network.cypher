// name: speaker-network
// purpose: Speakers linked when they speak about the same entities, weighted by how many they share. In Neo4j Browser use speaker-network-graph.
// param: minShared int = 1 — fewest shared subjects for a link (example: 2)
// returns: speaker, other, weight, shared
MATCH (a:Entity)-[:STATED|DENIED]->(:Statement)-[:ABOUT]->(t:Entity)<-[:ABOUT]-(:Statement)<-[:STATED|DENIED]-(b:Entity)
WHERE a.id < b.id AND t <> a AND t <> b
WITH a, b, collect(DISTINCT t.name) AS shared
WHERE size(shared) >= $minShared
RETURN a.name AS speaker, b.name AS other, size(shared) AS weight, shared
ORDER BY weight DESC, speaker, other
