// What the last complete ingest resolved the corpus with: none while an ingest is writing.
MATCH (s:IngestState {id: 'ingest'})
WHERE s.extractor IS NOT NULL
RETURN s.extractor AS extractor, s.curation AS curation
