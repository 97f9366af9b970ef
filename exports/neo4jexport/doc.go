// Package neo4jexport writes a newsgraph graph to Neo4j: straight into a
// running database over Bolt (Load), as a Cypher script that cypher-shell can
// run (WriteCypher), or as CSV files for `neo4j-admin database import`
// (WriteCSV). The three give the same graph.
//
// The Neo4j model:
//
//	(:Entity:Person:Newsgraph {id, name, type, aliases, mentions, <attributes>})
//	  likewise :Group, :Country, :Place; attributes such as title become properties
//	(:Document:Newsgraph {id, title, date, path, url, sha256})
//	(:Entity)-[:MENTIONED_IN {count, source:'newsgraph'}]->(:Document)
//	(:Entity)-[:MET_WITH|CLASHED_WITH|SANCTIONED|... {status, action, confidence,
//	  evidence: [sentence], docs: [doc id], rules: [rule], evidence_count, source:'newsgraph'}]->(:Entity)
//
// A relationship is identified by (type, source, target, status, action), the
// same key as an edge of graph.json, so loading the same graph twice changes
// nothing and loading a graph that grew adds to it. Symmetric relations
// (MET_WITH, CLASHED_WITH) are stored once, from the lower id to the higher;
// query them without a direction. Negated and hypothetical relations are left
// out unless asked for (WithUnasserted), and then carry their status.
//
// Labels and relationship types never come from text: node labels from the
// closed set of node types, relationship types from a kebab-case pattern
// check (RelType). Everything newsgraph creates carries the :Newsgraph label
// or source:'newsgraph', so WithWipe removes only what newsgraph made.
//
// The package is named neo4jexport, not neo4j, so that it does not collide
// with the driver's package, which callers usually import beside it.
package neo4jexport
