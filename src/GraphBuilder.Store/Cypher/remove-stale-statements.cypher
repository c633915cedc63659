UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WHERE a.contentHash IS NOT NULL AND a.contentHash <> row.contentHash
MATCH (s:Statement)-[:REPORTED_IN]->(a)
WHERE NOT s.id IN row.statements
DETACH DELETE s
