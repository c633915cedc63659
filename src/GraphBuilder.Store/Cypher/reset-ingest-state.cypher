MATCH (s:IngestState)
DELETE s
