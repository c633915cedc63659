// name: sources-of-article
// purpose: Everyone quoted in one article, in order of first appearance.
// param: article string — the file name, the article id, or words of its title (example: 004_82a9f5469afd3e09.txt)
// returns: article, speaker, type, statements, firstAt
MATCH (a:Article)
WHERE a.file = $article OR a.id = $article OR toLower(a.title) CONTAINS toLower($article)
MATCH (speaker:Entity)-[:STATED|DENIED]->(s:Statement)-[:REPORTED_IN]->(a)
WITH a, speaker, min(s.start) AS firstAt, count(s) AS statements
RETURN a.title AS article, speaker.name AS speaker, speaker.type AS type, statements, firstAt
ORDER BY article, firstAt
