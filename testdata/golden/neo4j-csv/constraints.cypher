CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
