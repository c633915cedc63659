// The extractor version whose extraction the articles keep, set once they are stored: a later run
// reuses an unchanged article's extraction only when made by its own version.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.contentHash IS NOT NULL
SET a.extractor = $extractor
