// name: contested-claims
// purpose: The same subject stated by some and denied by others, side by side. A denial that names no subject ("dismissed the accusations") is taken to be about its speaker.
// param: limit int = 50 — most pairs to return (example: 20)
// returns: subject, deniedBy, denial, denialArticle, statedBy, statement, statementArticle
MATCH (d:Entity)-[:DENIED]->(den:Statement)
OPTIONAL MATCH (den)-[:ABOUT]->(x:Entity)
WITH d, den, collect(x) AS named
UNWIND CASE WHEN size(named) = 0 THEN [d] ELSE named END AS subject
MATCH (s:Entity)-[:STATED]->(st:Statement)-[:ABOUT]->(subject)
WHERE s <> d
MATCH (den)-[:REPORTED_IN]->(da:Article)
MATCH (st)-[:REPORTED_IN]->(sa:Article)
RETURN subject.name AS subject, d.name AS deniedBy, den.text AS denial, da.title AS denialArticle,
       s.name AS statedBy, st.text AS statement, sa.title AS statementArticle
ORDER BY subject, deniedBy, statedBy, statement
LIMIT $limit
