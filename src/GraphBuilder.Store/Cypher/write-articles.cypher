// Upserts articles with their own extraction (what later ingests resolve against). factsHash is set
// last, by mark-done, once everything else is written.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.file = row.file, a.title = row.title, a.outlet = row.outlet, a.published = row.published, a.folder = row.folder, a.url = row.url, a.author = row.author,
    a.extraction = row.extraction
