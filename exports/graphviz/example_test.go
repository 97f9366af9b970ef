package graphviz_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/exports/graphviz"
	"github.com/newsgraph/newsgraph/graph"
)

func ExampleQuote() {
	fmt.Println(graphviz.Quote(`Côte d'Ivoire & "Partners" C:\dir`))
	// Output: "C&#244;te d'Ivoire &amp; \"Partners\" C:\\dir"
}

func example() *graph.Graph {
	return &graph.Graph{
		Nodes: []graph.Node{
			{ID: "country:a", Type: graph.Country, Name: "Aland"},
			{ID: "country:b", Type: graph.Country, Name: "Bland"},
			{ID: "person:c", Type: graph.Person, Name: "Carla Cruz", Aliases: []string{"Cruz"}},
		},
		Edges: []graph.Edge{
			{Type: graph.MetWith, Source: "country:a", Target: "person:c", Status: graph.Asserted, EvidenceCount: 2},
			{Type: graph.Sanctioned, Source: "country:b", Target: "person:c", Status: graph.Hypothetical, EvidenceCount: 1},
		},
	}
}

func ExampleSelect() {
	sub, sum, err := graphviz.Select(example(), graphviz.Options{Focus: []string{"Cruz"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range sub.Nodes {
		fmt.Println(n.Name)
	}
	fmt.Println(sum)
	// Output:
	// Aland
	// Carla Cruz
	// 2 of 3 nodes, 1 of 2 edges, layout dot
}

func ExampleWriteSVG() {
	var svg bytes.Buffer
	sum, err := graphviz.WriteSVG(context.Background(), &svg, example(), graphviz.Options{IncludeUnasserted: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum.Nodes, sum.Edges, strings.Count(svg.String(), `class="node `), strings.Count(svg.String(), `class="edge `), "(the fourth node group is the legend)")
	// Output: 3 2 4 2 (the fourth node group is the legend)
}
