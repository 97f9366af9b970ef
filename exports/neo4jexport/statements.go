package neo4jexport

import (
	"slices"
	"strings"
)

// The Cypher statements of a load. Each takes one parameter, $rows, a list of
// maps holding the row's keys and its "props" map; Load sends them with
// parameters and WriteCypher writes them with $rows replaced by a literal
// list, so the script and the Bolt load run the same text. Labels and types
// spliced in come only from Label and RelType.

// constraintStatements make ids unique and indexed, so that every MERGE is an
// index lookup. IF NOT EXISTS keeps them idempotent.
var constraintStatements = []string{
	"CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:" + EntityLabel + ") REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:" + DocumentLabel + ") REQUIRE n.id IS UNIQUE",
}

// Properties are set one by one, not with "+= row.props": a map of unknown
// keys makes the planner add an Eager step that holds the whole batch
// before writing, which halves the load rate. The keys come from the model
// and from propKey, which admits only [a-z][a-z0-9_]*.

// setProps returns "v.k1 = row.props.k1, v.k2 = row.props.k2, ..."; a key
// missing from a row's map sets null, which removes the property.
func setProps(v string, keys []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = v + "." + k + " = row.props." + k
	}
	return strings.Join(parts, ", ")
}

func docStatement() string {
	return "UNWIND $rows AS row\n" +
		"MERGE (d:" + DocumentLabel + " {id: row.id})\n" +
		"SET d:" + MarkerLabel + ", " + setProps("d", docProps)
}

// nodeStatement merges entities of one label ("" for a type outside the
// model) and sets the given properties.
func nodeStatement(label string, keys []string) string {
	set := "n:" + MarkerLabel
	if label != "" {
		set = "n:" + label + ":" + MarkerLabel
	}
	return "UNWIND $rows AS row\n" +
		"MERGE (n:" + EntityLabel + " {id: row.id})\n" +
		"SET " + set + ", " + setProps("n", keys)
}

const mentionStatement = "UNWIND $rows AS row\n" +
	"MATCH (n:" + EntityLabel + " {id: row.entity})\n" +
	"MATCH (d:" + DocumentLabel + " {id: row.doc})\n" +
	"MERGE (n)-[r:" + MentionedInType + "]->(d)\n" +
	"SET r.count = row.props.count, r.source = '" + SourceValue + "'"

// relStatement merges relations of one relationship type; status and action
// are part of the identity, the rest is updated. The ends are row.src and
// row.tgt, not row.source: the planner takes a read of row.source for a
// read of a property "source", which SET r.source writes, and puts an Eager
// step before the SET (TestLoadStatementsHaveNoEager).
func relStatement(relType string) string {
	return "UNWIND $rows AS row\n" +
		"MATCH (a:" + EntityLabel + " {id: row.src})\n" +
		"MATCH (b:" + EntityLabel + " {id: row.tgt})\n" +
		"MERGE (a)-[r:" + relType + " {status: row.status, action: row.action}]->(b)\n" +
		"SET " + setProps("r", relProps)
}

// wipeStatement deletes one bounded slice of what newsgraph created; Load
// repeats it until nothing is left, so no transaction grows with the graph.
const wipeStatement = "MATCH (n:" + MarkerLabel + ")\n" +
	"WITH n LIMIT $limit\n" +
	"DETACH DELETE n\n" +
	"RETURN count(*) AS deleted"

// step is one statement applied to a family of rows.
type step struct {
	what      string // for messages: "documents", "Person nodes", "MET_WITH relationships"
	statement string
	rows      []row
	keys      func(row) []string // the nodes a row touches, for rounds
	rels      bool               // writes relationships: runs after every node step
}

// steps lists the load in order: documents and entities before the
// relationships that join them.
func (p *plan) steps() []step {
	var s []step
	if len(p.Docs) > 0 {
		s = append(s, step{"documents", docStatement(), p.Docs, nodeKeys, false})
	}
	for _, g := range p.Nodes {
		what := g.Name + " nodes"
		if g.Name == "" {
			what = "untyped entity nodes"
		}
		s = append(s, step{what, nodeStatement(g.Name, append(slices.Clone(nodeProps), p.AttrKeys...)), g.Rows, nodeKeys, false})
	}
	if len(p.Mentions) > 0 {
		s = append(s, step{MentionedInType + " relationships", mentionStatement, p.Mentions, mentionKeys, true})
	}
	for _, g := range p.Rels {
		s = append(s, step{g.Name + " relationships", relStatement(g.Name), g.Rows, relKeys, true})
	}
	return s
}
