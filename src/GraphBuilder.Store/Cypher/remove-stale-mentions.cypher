UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WHERE a.contentHash IS NOT NULL
MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
WHERE NOT e.id IN row.mentioned
DELETE m
