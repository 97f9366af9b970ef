package neo4jexport

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestRelType(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"met-with", "MET_WITH", true},
		{"clashed-with", "CLASHED_WITH", true},
		{"sanctioned", "SANCTIONED", true},
		{"visited", "VISITED", true},
		{"x2-y", "X2_Y", true},
		{"", "", false},
		{"Met-With", "", false},
		{"met_with", "", false},
		{"met--with", "", false},
		{"-met", "", false},
		{"met-", "", false},
		{"2met", "", false},
		{"met with", "", false},
		{"met]->(x) DETACH DELETE x //", "", false},
		{"mentioned-in", "", false},
		{strings.Repeat("a", 48), strings.Repeat("A", 48), true},
		{strings.Repeat("a", 49), "", false},
	}
	for _, tt := range tests {
		got, ok := RelType(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("RelType(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPropKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"title", "title"},
		{"Title", "title"},
		{"Date of birth", "date_of_birth"},
		{"office-held", "office_held"},
		{" role ", "role"},
		{"bad key!", ""},
		{"1st", ""},
		{"id", ""},
		{"name", ""},
		{"source", ""},
		{"mentions", ""},
		{"`x`", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := propKey(tt.in); got != tt.want {
			t.Errorf("propKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNewPlanErrors(t *testing.T) {
	node := func(id string) graph.Node { return graph.Node{ID: id, Type: graph.Person, Name: id} }
	edge := func(typ, src, tgt string) graph.Edge {
		return graph.Edge{Type: typ, Source: src, Target: tgt, Status: graph.Asserted}
	}
	tests := []struct {
		name string
		g    graph.Graph
		want string // substring of the error; "" for none
	}{
		{"ok", graph.Graph{Nodes: []graph.Node{node("a"), node("b")}, Edges: []graph.Edge{edge("met-with", "a", "b")}}, ""},
		{"duplicate node", graph.Graph{Nodes: []graph.Node{node("a"), node("a")}}, `node id "a" appears twice`},
		{"empty node id", graph.Graph{Nodes: []graph.Node{node("")}}, "node 0 has no id"},
		{"duplicate document", graph.Graph{Documents: []graph.Document{{ID: "d"}, {ID: "d"}}}, `document id "d" appears twice`},
		{"unknown target", graph.Graph{Nodes: []graph.Node{node("a")}, Edges: []graph.Edge{edge("met-with", "a", "zz")}}, "unknown node"},
		{"bad type", graph.Graph{Nodes: []graph.Node{node("a"), node("b")}, Edges: []graph.Edge{edge("met with", "a", "b")}}, `relation type "met with"`},
		// A bad type on a relation that is left out does not matter.
		{"bad type unasserted", graph.Graph{Nodes: []graph.Node{node("a"), node("b")},
			Edges: []graph.Edge{{Type: "MET", Source: "a", Target: "b", Status: graph.Negated}}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newPlan(&tt.g, false)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("newPlan: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("newPlan error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestNewPlanShape(t *testing.T) {
	g, err := graph.ReadFile(goldenInput)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		unasserted bool
		rels       map[string]int
		skipped    int
	}{
		{false, map[string]int{"MET_WITH": 2, "CLASHED_WITH": 1, "SANCTIONED": 3, "VISITED": 1, MentionedInType: 12}, 2},
		{true, map[string]int{"MET_WITH": 3, "CLASHED_WITH": 2, "SANCTIONED": 3, "VISITED": 1, MentionedInType: 12}, 0},
	}
	for _, tt := range tests {
		p, err := newPlan(g, tt.unasserted)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{MentionedInType: len(p.Mentions)}
		for _, gr := range p.Rels {
			got[gr.Name] = len(gr.Rows)
		}
		if !mapsEqual(got, tt.rels) || p.Unasserted != tt.skipped {
			t.Errorf("unasserted=%v: relationships %v, skipped %d; want %v, %d", tt.unasserted, got, p.Unasserted, tt.rels, tt.skipped)
		}
		var labels []string
		for _, gr := range p.Nodes {
			labels = append(labels, gr.Name)
		}
		if want := []string{"Person", "Group", "Country", "Place"}; !slices.Equal(labels, want) {
			t.Errorf("node groups %v, want %v", labels, want)
		}
		if want := []string{"date_of_birth", "title"}; !slices.Equal(p.AttrKeys, want) {
			t.Errorf("attribute keys %v, want %v", p.AttrKeys, want)
		}
	}
}

// Symmetric relations are stored from the lower id to the higher, and the
// two directions of one pair are one relationship.
func TestNewPlanSymmetric(t *testing.T) {
	g := &graph.Graph{
		Nodes: []graph.Node{{ID: "b", Type: graph.Person}, {ID: "a", Type: graph.Person}},
		Edges: []graph.Edge{
			{Type: "met-with", Source: "b", Target: "a", Status: graph.Asserted},
			{Type: "met-with", Source: "a", Target: "b", Status: graph.Asserted},
			{Type: "sanctioned", Source: "b", Target: "a", Status: graph.Asserted, Action: "imposed"},
		},
	}
	p, err := newPlan(g, false)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, gr := range p.Rels {
		for _, r := range gr.Rows {
			got = append(got, gr.Name+" "+r.Keys[0].Val.(string)+"->"+r.Keys[1].Val.(string))
		}
	}
	want := []string{"MET_WITH a->b", "SANCTIONED b->a"}
	if !slices.Equal(got, want) {
		t.Errorf("relationships %v, want %v", got, want)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
