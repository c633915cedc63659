UNWIND $rows AS row
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article {id: row.article})
WHERE NOT s.id IN row.statements
DETACH DELETE s
