package neo4jexport

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

const docStatement = "UNWIND $rows AS row\n" +
	"MERGE (d:" + DocumentLabel + " {id: row.id})\n" +
	"SET d:" + MarkerLabel + ", d += row.props"

// nodeStatement merges entities of one label ("" for a type outside the model).
func nodeStatement(label string) string {
	set := "n:" + MarkerLabel
	if label != "" {
		set = "n:" + label + ":" + MarkerLabel
	}
	return "UNWIND $rows AS row\n" +
		"MERGE (n:" + EntityLabel + " {id: row.id})\n" +
		"SET " + set + ", n += row.props"
}

const mentionStatement = "UNWIND $rows AS row\n" +
	"MATCH (n:" + EntityLabel + " {id: row.entity})\n" +
	"MATCH (d:" + DocumentLabel + " {id: row.doc})\n" +
	"MERGE (n)-[r:" + MentionedInType + "]->(d)\n" +
	"SET r.count = row.props.count, r.source = '" + SourceValue + "'"

// relStatement merges relations of one relationship type; status and action
// are part of the identity, the rest is updated.
func relStatement(relType string) string {
	return "UNWIND $rows AS row\n" +
		"MATCH (a:" + EntityLabel + " {id: row.source})\n" +
		"MATCH (b:" + EntityLabel + " {id: row.target})\n" +
		"MERGE (a)-[r:" + relType + " {status: row.status, action: row.action}]->(b)\n" +
		"SET r += row.props"
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
}

// steps lists the load in order: documents and entities before the
// relationships that join them.
func (p *plan) steps() []step {
	var s []step
	if len(p.Docs) > 0 {
		s = append(s, step{"documents", docStatement, p.Docs})
	}
	for _, g := range p.Nodes {
		what := g.Name + " nodes"
		if g.Name == "" {
			what = "untyped entity nodes"
		}
		s = append(s, step{what, nodeStatement(g.Name), g.Rows})
	}
	if len(p.Mentions) > 0 {
		s = append(s, step{MentionedInType + " relationships", mentionStatement, p.Mentions})
	}
	for _, g := range p.Rels {
		s = append(s, step{g.Name + " relationships", relStatement(g.Name), g.Rows})
	}
	return s
}
