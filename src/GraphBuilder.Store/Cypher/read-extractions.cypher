// The kept extraction of the articles a run did not read, to resolve the run's articles against.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.extraction IS NOT NULL
RETURN a.extraction AS extraction
