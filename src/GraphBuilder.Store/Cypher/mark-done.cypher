// Last statement of every batch: an article counts as stored, with these facts, only once this commits.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
SET a.contentHash = row.contentHash, a.factsHash = row.factsHash
