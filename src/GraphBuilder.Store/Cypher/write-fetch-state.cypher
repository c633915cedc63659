// Remembers fetches whose articles are stored, so that a restarted worker asks conditionally.
UNWIND $rows AS row
MERGE (f:FetchState {address: row.address})
SET f.etag = row.etag, f.lastModified = row.lastModified, f.fetched = row.fetched
