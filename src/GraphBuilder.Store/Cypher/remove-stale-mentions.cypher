UNWIND $rows AS row
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article {id: row.article})
WHERE NOT e.id IN row.mentioned
DELETE m
