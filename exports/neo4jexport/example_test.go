package neo4jexport_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/graph"
)

func exampleGraph() *graph.Graph {
	return &graph.Graph{
		Documents: []graph.Document{{ID: "a.txt", Title: "Talks"}},
		Nodes: []graph.Node{
			{ID: "country:france", Type: graph.Country, Name: "France", Mentions: []graph.Mention{{Doc: "a.txt", Start: 0, End: 6, Text: "France"}}},
			{ID: "person:jane-roe", Type: graph.Person, Name: "Jane Roe", Aliases: []string{"Roe"}},
		},
		Edges: []graph.Edge{{Type: "met-with", Source: "country:france", Target: "person:jane-roe", Status: graph.Asserted,
			Confidence: 0.9, EvidenceCount: 1, Evidence: []graph.Evidence{{Doc: "a.txt", Start: 0, End: 24, Text: "France met Jane \"J\" Roe.", Rule: "met-with/x"}}}},
	}
}

func ExampleRelType() {
	for _, t := range []string{"met-with", "sanctioned", "met with", "x]->() DELETE"} {
		rt, ok := neo4jexport.RelType(t)
		fmt.Printf("%q -> %q %v\n", t, rt, ok)
	}
	// Output:
	// "met-with" -> "MET_WITH" true
	// "sanctioned" -> "SANCTIONED" true
	// "met with" -> "" false
	// "x]->() DELETE" -> "" false
}

func ExampleQuoteString() {
	fmt.Println(neo4jexport.QuoteString("He said \"no\";\nthen left."))
	// Output: "He said \"no\";\nthen left."
}

func ExampleWriteCypher() {
	var b strings.Builder
	if err := neo4jexport.WriteCypher(&b, exampleGraph()); err != nil {
		fmt.Println(err)
		return
	}
	stmts := neo4jexport.SplitStatements(b.String())
	fmt.Println(len(stmts), "statements; the last one:")
	fmt.Println(stmts[len(stmts)-1])
	// Output:
	// 7 statements; the last one:
	// UNWIND [
	// {src: "country:france", tgt: "person:jane-roe", status: "asserted", action: "", props: {confidence: 0.9, evidence: ["France met Jane \"J\" Roe."], docs: ["a.txt"], rules: ["met-with/x"], evidence_count: 1, source: "newsgraph"}}
	// ] AS row
	// MATCH (a:Entity {id: row.src})
	// MATCH (b:Entity {id: row.tgt})
	// MERGE (a)-[r:MET_WITH {status: row.status, action: row.action}]->(b)
	// SET r.confidence = row.props.confidence, r.evidence = row.props.evidence, r.docs = row.props.docs, r.rules = row.props.rules, r.evidence_count = row.props.evidence_count, r.source = row.props.source
}

func ExampleWriteCSV() {
	dir, err := os.MkdirTemp("", "neo4j-csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := neo4jexport.WriteCSV(dir, exampleGraph()); err != nil {
		fmt.Println(err)
		return
	}
	b, _ := os.ReadFile(filepath.Join(dir, neo4jexport.EntitiesCSV))
	fmt.Print(string(b))
	// Output:
	// id:ID(Entity),:LABEL,name,type,aliases:string[],mentions:int
	// "person:jane-roe","Entity|Person|Newsgraph","Jane Roe","person","Roe",0
	// "country:france","Entity|Country|Newsgraph","France","country",,1
}
