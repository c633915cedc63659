// Set by an ingest that wrote all it had to; cleared (nulls) before one starts writing, so a run cut
// short never looks complete.
MERGE (s:IngestState {id: 'ingest'})
SET s.extractor = $extractor, s.curation = $curation
