package graphviz

import (
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
)

// small is a fixed graph whose names carry what an escaper must survive:
// quotes, ampersands, backslashes (one before an "n"), entity look-alikes,
// non-ASCII letters in three scripts. It has every node type, every core
// relation, both sanction actions and both unasserted statuses, a pair with
// two relations, and a node with no relation.
func small() *graph.Graph {
	ev := func(doc, text string) graph.Evidence {
		return graph.Evidence{Doc: doc, Start: 10, End: 10 + len(text), Text: text, Rule: "test"}
	}
	return &graph.Graph{
		Documents: []graph.Document{{ID: "a.txt"}, {ID: "b.txt"}},
		Nodes: []graph.Node{
			{ID: "person:o-neil", Type: graph.Person, Name: `Tip "the Boss" O'Neil`, Aliases: []string{"O'Neil"},
				Attributes: map[string]string{"title": "Minister"}, Mentions: []graph.Mention{{Doc: "a.txt", Start: 0, End: 6, Text: "O'Neil"}}},
			{ID: "group:smith-wesson", Type: graph.Group, Name: "Smith & Wesson &amp; Sons Brigade"},
			{ID: "country:cote-divoire", Type: graph.Country, Name: "Côte d’Ivoire"},
			{ID: "place:temp", Type: graph.Place, Name: `C:\Temp\new <dir>`},
			{ID: "person:thor", Type: graph.Person, Name: "Þór Ægisson"},
			{ID: "person:mohammed", Type: graph.Person, Name: "محمد بن سلمان"},
			{ID: "country:japan", Type: graph.Country, Name: "日本"},
			{ID: "group:loner", Type: graph.Group, Name: "Lonely Group"},
		},
		Edges: []graph.Edge{
			{Type: graph.MetWith, Source: "country:cote-divoire", Target: "person:o-neil", Status: graph.Asserted, Confidence: 0.9, EvidenceCount: 3,
				Evidence: []graph.Evidence{ev("a.txt", `O'Neil met officials of Côte d’Ivoire & said "fine".`), ev("b.txt", `They met at C:\Temp\new.`)}},
			{Type: graph.ClashedWith, Source: "group:smith-wesson", Target: "person:thor", Status: graph.Asserted, Confidence: 0.8, EvidenceCount: 1,
				Evidence: []graph.Evidence{ev("a.txt", "Þór Ægisson's men clashed with the <Brigade> at dawn.")}},
			{Type: graph.MetWith, Source: "group:smith-wesson", Target: "person:thor", Status: graph.Asserted, Confidence: 0.7, EvidenceCount: 1,
				Evidence: []graph.Evidence{ev("b.txt", "Later Þór met the Brigade's leaders &c.")}},
			{Type: graph.Sanctioned, Source: "country:japan", Target: "person:mohammed", Status: graph.Asserted, Action: graph.Imposed, Confidence: 0.9, EvidenceCount: 8,
				Evidence: []graph.Evidence{ev("a.txt", "日本 imposed sanctions on محمد بن سلمان.")}},
			{Type: graph.Sanctioned, Source: "country:cote-divoire", Target: "group:smith-wesson", Status: graph.Asserted, Action: graph.Lifted, Confidence: 0.6, EvidenceCount: 1,
				Evidence: []graph.Evidence{ev("b.txt", "Côte d’Ivoire lifted its sanctions on Smith & Wesson.")}},
			{Type: graph.MetWith, Source: "person:mohammed", Target: "person:o-neil", Status: graph.Negated, Confidence: 0.5, EvidenceCount: 1,
				Evidence: []graph.Evidence{ev("a.txt", "O'Neil did not meet محمد.")}},
			{Type: graph.ClashedWith, Source: "place:temp", Target: "person:thor", Status: graph.Hypothetical, Confidence: 0.4, EvidenceCount: 1,
				Evidence: []graph.Evidence{ev("b.txt", `Fighting could erupt near C:\Temp\new.`)}},
		},
	}
}

// large is a synthetic graph of n nodes and m edges for benchmarks: a ring
// (so it is connected) plus pseudo-random chords, with every node type and
// relation.
func large(n, m int) *graph.Graph {
	g := &graph.Graph{}
	for i := range n {
		t := graph.NodeTypes[i%len(graph.NodeTypes)]
		g.Nodes = append(g.Nodes, graph.Node{ID: fmt.Sprintf("%s:n%04d", t, i), Type: t, Name: fmt.Sprintf("Entity number %d", i)})
	}
	rels := []string{graph.MetWith, graph.ClashedWith, graph.Sanctioned}
	seen := map[[2]int]bool{}
	x := uint32(2463534242)
	for len(g.Edges) < m {
		var a, b int
		if k := len(g.Edges); k < n {
			a, b = k, (k+1)%n
		} else {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			a, b = int(x%uint32(n)), int((x/uint32(n))%uint32(n))
		}
		if a == b || seen[[2]int{a, b}] || seen[[2]int{b, a}] {
			continue
		}
		seen[[2]int{a, b}] = true
		k := len(g.Edges)
		g.Edges = append(g.Edges, graph.Edge{Type: rels[k%3], Source: g.Nodes[a].ID, Target: g.Nodes[b].ID, Status: graph.Asserted,
			Confidence: 0.8, EvidenceCount: 1 + k%5,
			Evidence: []graph.Evidence{{Doc: "d.txt", Text: fmt.Sprintf("Sentence %d about entities %d and %d.", k, a, b)}}})
	}
	return g
}
