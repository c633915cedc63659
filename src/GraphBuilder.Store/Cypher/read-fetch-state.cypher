// What the worker remembers of these addresses (feeds and pages): the validators to ask whether they
// changed, and when each was last read in full.
UNWIND $addresses AS address
MATCH (f:FetchState {address: address})
RETURN f.address AS address, f.etag AS etag, f.lastModified AS lastModified, f.fetched AS fetched
