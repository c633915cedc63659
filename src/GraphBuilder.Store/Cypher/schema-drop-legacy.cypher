// Neo4j 3.x to 4.3: what reset drops while it deletes (GraphSchema.DropAsync), in the syntax of schema-legacy.
DROP CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
DROP CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;
DROP CONSTRAINT ON (n:Statement) ASSERT n.id IS UNIQUE;
DROP INDEX ON :Entity(name)
