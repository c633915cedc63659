// Neo4j 3.x to 4.3: uniqueness on ids and on fetched addresses (which also indexes them), and an index on entity names.
CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Statement) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Entity(name);
CREATE CONSTRAINT ON (n:FetchState) ASSERT n.address IS UNIQUE
