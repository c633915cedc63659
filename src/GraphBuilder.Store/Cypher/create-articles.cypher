// Articles no earlier run stored, created rather than merged, as is everything keyed by them (the
// create-* files): nothing of theirs can exist to match. Should another writer have stored one
// meanwhile, the unique constraint refuses the batch, and it is written the merging way (write-*).
UNWIND $rows AS row
CREATE (:Article {id: row.id, file: row.file, title: row.title, outlet: row.outlet, published: row.published,
                  folder: row.folder, url: row.url, author: row.author, extraction: row.extraction})
