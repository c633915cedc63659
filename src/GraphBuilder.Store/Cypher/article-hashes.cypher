MATCH (a:Article)
RETURN a.id AS id, a.file AS file, a.contentHash AS contentHash, a.factsHash AS factsHash, a.folder AS folder,
       a.extractor AS extractor
