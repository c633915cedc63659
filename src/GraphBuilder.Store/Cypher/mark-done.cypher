// Last statement of every batch: an article counts as stored only once this commits.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
SET a.contentHash = row.contentHash
