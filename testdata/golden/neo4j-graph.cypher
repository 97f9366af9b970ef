// newsgraph graph: 12 nodes (3 documents), 19 relationships; 2 negated or hypothetical relations left out.
// Run: cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher
// Idempotent: every write is a MERGE on the element's identity.
CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// documents: 3
UNWIND [
{id: "talks.txt", props: {title: "Ministers meet in Geneva; \"progress\" claimed", date: "2025-03-01", path: "in/talks.txt", url: null, sha256: "aa11"}},
{id: "fighting.txt", props: {title: "Clashes in the north", date: "2025-03-02", path: "in/fighting.txt", url: "https://example.org/fighting", sha256: null}},
{id: "sanctions.txt", props: {title: null, date: null, path: "in/sanctions.txt", url: null, sha256: null}}
] AS row
MERGE (d:Document {id: row.id})
SET d:Newsgraph, d.title = row.props.title, d.date = row.props.date, d.path = row.props.path, d.url = row.props.url, d.sha256 = row.props.sha256;

// Person nodes: 3
UNWIND [
{id: "person:jane-roe", props: {name: "Jane Roe", type: "person", aliases: ["Roe", "J. Roe"], mentions: 3, date_of_birth: "1970", title: "Foreign Minister"}},
{id: "person:john-doe", props: {name: "John Doe", type: "person", aliases: null, mentions: 1, title: "Envoy \\ special"}},
{id: "person:amelie-cote", props: {name: "Amélie Côté", type: "person", aliases: ["عميلة"], mentions: 1}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Person:Newsgraph, n.name = row.props.name, n.type = row.props.type, n.aliases = row.props.aliases, n.mentions = row.props.mentions, n.date_of_birth = row.props.date_of_birth, n.title = row.props.title;

// Group nodes: 3
UNWIND [
{id: "group:northern-militia", props: {name: "Northern Militia", type: "group", aliases: ["the militia"], mentions: 2}},
{id: "group:government-forces", props: {name: "Government Forces", type: "group", aliases: null, mentions: 1}},
{id: "group:european-union", props: {name: "European Union", type: "group", aliases: ["EU"], mentions: 1}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Group:Newsgraph, n.name = row.props.name, n.type = row.props.type, n.aliases = row.props.aliases, n.mentions = row.props.mentions, n.date_of_birth = row.props.date_of_birth, n.title = row.props.title;

// Country nodes: 2
UNWIND [
{id: "country:france", props: {name: "France", type: "country", aliases: ["French"], mentions: 2}},
{id: "country:spain", props: {name: "Spain", type: "country", aliases: null, mentions: 1}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Country:Newsgraph, n.name = row.props.name, n.type = row.props.type, n.aliases = row.props.aliases, n.mentions = row.props.mentions, n.date_of_birth = row.props.date_of_birth, n.title = row.props.title;

// Place nodes: 1
UNWIND [
{id: "place:geneva", props: {name: "Geneva", type: "place", aliases: null, mentions: 1}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Place:Newsgraph, n.name = row.props.name, n.type = row.props.type, n.aliases = row.props.aliases, n.mentions = row.props.mentions, n.date_of_birth = row.props.date_of_birth, n.title = row.props.title;

// MENTIONED_IN relationships: 12
UNWIND [
{entity: "person:jane-roe", doc: "talks.txt", props: {count: 2}},
{entity: "person:jane-roe", doc: "sanctions.txt", props: {count: 1}},
{entity: "person:john-doe", doc: "talks.txt", props: {count: 1}},
{entity: "person:amelie-cote", doc: "talks.txt", props: {count: 1}},
{entity: "group:northern-militia", doc: "fighting.txt", props: {count: 1}},
{entity: "group:northern-militia", doc: "sanctions.txt", props: {count: 1}},
{entity: "group:government-forces", doc: "fighting.txt", props: {count: 1}},
{entity: "group:european-union", doc: "sanctions.txt", props: {count: 1}},
{entity: "country:france", doc: "talks.txt", props: {count: 1}},
{entity: "country:france", doc: "sanctions.txt", props: {count: 1}},
{entity: "country:spain", doc: "sanctions.txt", props: {count: 1}},
{entity: "place:geneva", doc: "talks.txt", props: {count: 1}}
] AS row
MATCH (n:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
MERGE (n)-[r:MENTIONED_IN]->(d)
SET r.count = row.props.count, r.source = 'newsgraph';

// CLASHED_WITH relationships: 1
UNWIND [
{src: "group:government-forces", tgt: "group:northern-militia", status: "asserted", action: "", props: {confidence: 0.8, evidence: ["The Northern Militia clashed with Government Forces near the border.", "Fighting between the two sides went on overnight."], docs: ["fighting.txt"], rules: ["clashed-with/clashed", "clashed-with/between"], evidence_count: 2, source: "newsgraph"}}
] AS row
MATCH (a:Entity {id: row.src})
MATCH (b:Entity {id: row.tgt})
MERGE (a)-[r:CLASHED_WITH {status: row.status, action: row.action}]->(b)
SET r.confidence = row.props.confidence, r.evidence = row.props.evidence, r.docs = row.props.docs, r.rules = row.props.rules, r.evidence_count = row.props.evidence_count, r.source = row.props.source;

// MET_WITH relationships: 2
UNWIND [
{src: "person:jane-roe", tgt: "person:john-doe", status: "asserted", action: "", props: {confidence: 0.91, evidence: ["Jane Roe met John Doe in Geneva on Friday.", "Roe said the talks with \"the envoy\" were useful;\nmore would follow."], docs: ["talks.txt"], rules: ["met-with/met", "met-with/talks-with"], evidence_count: 3, source: "newsgraph"}},
{src: "person:amelie-cote", tgt: "person:jane-roe", status: "asserted", action: "", props: {confidence: 0.6, evidence: ["Amélie Côté also met Roe."], docs: ["talks.txt"], rules: ["met-with/met"], evidence_count: 1, source: "newsgraph"}}
] AS row
MATCH (a:Entity {id: row.src})
MATCH (b:Entity {id: row.tgt})
MERGE (a)-[r:MET_WITH {status: row.status, action: row.action}]->(b)
SET r.confidence = row.props.confidence, r.evidence = row.props.evidence, r.docs = row.props.docs, r.rules = row.props.rules, r.evidence_count = row.props.evidence_count, r.source = row.props.source;

// SANCTIONED relationships: 3
UNWIND [
{src: "group:european-union", tgt: "group:northern-militia", status: "asserted", action: "imposed", props: {confidence: 0.9, evidence: ["The EU imposed sanctions on the Northern Militia."], docs: ["sanctions.txt"], rules: ["sanctioned/imposed"], evidence_count: 1, source: "newsgraph"}},
{src: "country:france", tgt: "country:spain", status: "asserted", action: "lifted", props: {confidence: 1.0, evidence: ["France lifted its sanctions on Spain."], docs: ["sanctions.txt"], rules: ["sanctioned/lifted"], evidence_count: 1, source: "newsgraph"}},
{src: "country:france", tgt: "group:northern-militia", status: "asserted", action: "imposed", props: {confidence: 0.7, evidence: ["France also imposed sanctions on the militia's leaders."], docs: ["sanctions.txt"], rules: ["sanctioned/imposed"], evidence_count: 1, source: "newsgraph"}}
] AS row
MATCH (a:Entity {id: row.src})
MATCH (b:Entity {id: row.tgt})
MERGE (a)-[r:SANCTIONED {status: row.status, action: row.action}]->(b)
SET r.confidence = row.props.confidence, r.evidence = row.props.evidence, r.docs = row.props.docs, r.rules = row.props.rules, r.evidence_count = row.props.evidence_count, r.source = row.props.source;

// VISITED relationships: 1
UNWIND [
{src: "person:jane-roe", tgt: "place:geneva", status: "asserted", action: "", props: {confidence: 0.75, evidence: ["Jane Roe met John Doe in Geneva on Friday."], docs: ["talks.txt"], rules: ["visited/in"], evidence_count: 1, source: "newsgraph"}}
] AS row
MATCH (a:Entity {id: row.src})
MATCH (b:Entity {id: row.tgt})
MERGE (a)-[r:VISITED {status: row.status, action: row.action}]->(b)
SET r.confidence = row.props.confidence, r.evidence = row.props.evidence, r.docs = row.props.docs, r.rules = row.props.rules, r.evidence_count = row.props.evidence_count, r.source = row.props.source;
