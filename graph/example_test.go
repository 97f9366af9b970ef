package graph_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Build a graph from documents held in memory and list its nodes by type.
func ExampleBuild() {
	docs := []graph.Document{{ID: "d1", Text: "Kenya and Uganda signed a trade deal in Nairobi on Monday."}}
	g, err := graph.Build(context.Background(), docs)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(g.Documents), "document")
	// Output: 1 document
}

// Find an entity by any of its names and walk its neighbourhood.
func ExampleGraph_Neighbourhood() {
	g, _ := graph.Decode(strings.NewReader(`{"nodes":[
	  {"id":"country:kenya","type":"country","name":"Kenya","aliases":["Republic of Kenya"]},
	  {"id":"country:uganda","type":"country","name":"Uganda"},
	  {"id":"country:peru","type":"country","name":"Peru"}],
	 "edges":[{"type":"met-with","source":"country:kenya","target":"country:uganda","status":"asserted"}]}`))
	id := g.Lookup("republic of kenya")[0]
	ids, _ := g.Neighbourhood(id, 1, func(e graph.Edge) bool { return e.Asserted() })
	fmt.Println(ids)
	// Output: [country:kenya country:uganda]
}
