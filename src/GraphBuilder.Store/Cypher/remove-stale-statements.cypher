UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WHERE a.contentHash IS NOT NULL
MATCH (s:Statement)-[:REPORTED_IN]->(a)
WHERE NOT s.id IN row.statements
DETACH DELETE s
