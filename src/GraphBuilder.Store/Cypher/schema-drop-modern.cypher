// Neo4j 4.4, 5.x and later: what reset drops while it deletes (GraphSchema.DropAsync), by the names schema-modern gives.
DROP CONSTRAINT article_id IF EXISTS;
DROP CONSTRAINT entity_id IF EXISTS;
DROP CONSTRAINT statement_id IF EXISTS;
DROP INDEX entity_name IF EXISTS
