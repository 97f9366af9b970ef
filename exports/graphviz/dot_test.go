package graphviz

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenDir = "../../testdata/golden"

// TestGoldenDOT compares the DOT of the small graph under a few selections
// with testdata/golden/graphviz-*.dot (go test -update rewrites them).
func TestGoldenDOT(t *testing.T) {
	tests := []struct {
		file string
		o    Options
	}{
		{"graphviz-small.dot", Options{}},
		{"graphviz-small-all.dot", Options{IncludeUnasserted: true, Isolated: true, Title: `Test "graph" & co`}},
		{"graphviz-small-focus.dot", Options{Focus: []string{"côte d’ivoire"}, Depth: 1, Types: []string{graph.MetWith, graph.Sanctioned}, Layout: Neato}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := WriteDOT(&buf, small(), tt.o); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(goldenDir, tt.file)
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("DOT differs from %s (go test -update rewrites it):\n%s", path, buf.String())
			}
			for i, c := range buf.Bytes() {
				if c >= 0x7f || (c < 0x20 && c != '\n') {
					t.Fatalf("byte %#x at %d: DOT must be printable ASCII", c, i)
				}
			}
		})
	}
}

// TestDOTDeterministic: the order of nodes and edges in the input does not
// change the output.
func TestDOTDeterministic(t *testing.T) {
	var want bytes.Buffer
	if _, err := WriteDOT(&want, small(), Options{IncludeUnasserted: true}); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		g := small()
		r.Shuffle(len(g.Nodes), func(i, j int) { g.Nodes[i], g.Nodes[j] = g.Nodes[j], g.Nodes[i] })
		r.Shuffle(len(g.Edges), func(i, j int) { g.Edges[i], g.Edges[j] = g.Edges[j], g.Edges[i] })
		var got bytes.Buffer
		if _, err := WriteDOT(&got, g, Options{IncludeUnasserted: true}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("shuffled input gives different DOT:\n%s\nwant:\n%s", got.String(), want.String())
		}
	}
}

func ids(g *graph.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	slices.Sort(out)
	return out
}

func TestSelect(t *testing.T) {
	tests := []struct {
		name      string
		o         Options
		wantNodes []string
		wantEdges int
		capped    bool
		layout    Layout
	}{
		{"asserted only, isolated dropped", Options{},
			[]string{"country:cote-divoire", "country:japan", "group:smith-wesson", "person:mohammed", "person:o-neil", "person:thor"}, 5, false, Dot},
		{"unasserted and isolated", Options{IncludeUnasserted: true, Isolated: true},
			[]string{"country:cote-divoire", "country:japan", "group:loner", "group:smith-wesson", "person:mohammed", "person:o-neil", "person:thor", "place:temp"}, 7, false, Dot},
		{"types", Options{Types: []string{graph.ClashedWith}, IncludeUnasserted: true},
			[]string{"group:smith-wesson", "person:thor", "place:temp"}, 2, false, Dot},
		{"min evidence", Options{MinEvidence: 3},
			[]string{"country:cote-divoire", "country:japan", "person:mohammed", "person:o-neil"}, 2, false, Dot},
		{"focus by alias, depth 1", Options{Focus: []string{"o'neil"}},
			[]string{"country:cote-divoire", "person:o-neil"}, 1, false, Dot},
		{"focus depth 2 through unasserted", Options{Focus: []string{"O'NEIL"}, Depth: 2, IncludeUnasserted: true},
			[]string{"country:cote-divoire", "country:japan", "group:smith-wesson", "person:mohammed", "person:o-neil"}, 4, false, Dot},
		{"focus on an isolated node keeps it", Options{Focus: []string{"Lonely Group"}},
			[]string{"group:loner"}, 0, false, Dot},
		{"focus by id", Options{Focus: []string{"person:thor"}, Layout: Neato},
			[]string{"group:smith-wesson", "person:thor"}, 2, false, Neato},
		// Degrees: smith-wesson 3, thor 2, cote-divoire 2, o-neil 1 (3
		// sentences), mohammed 1 and japan 1 (8 sentences each).
		{"cap by degree then evidence then id", Options{MaxNodes: 4},
			[]string{"country:cote-divoire", "group:smith-wesson", "person:thor"}, 3, true, Dot},
		{"cap keeps focus", Options{Focus: []string{"日本"}, MaxNodes: 1},
			[]string{"country:japan"}, 0, true, Dot},
		{"no cap", Options{MaxNodes: -1},
			[]string{"country:cote-divoire", "country:japan", "group:smith-wesson", "person:mohammed", "person:o-neil", "person:thor"}, 5, false, Dot},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, sum, err := Select(small(), tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(sub); !slices.Equal(got, tt.wantNodes) {
				t.Errorf("nodes %v, want %v", got, tt.wantNodes)
			}
			if len(sub.Edges) != tt.wantEdges || sum.Edges != tt.wantEdges || sum.Nodes != len(tt.wantNodes) {
				t.Errorf("%d edges (summary %v), want %d", len(sub.Edges), sum, tt.wantEdges)
			}
			if sum.Capped != tt.capped || sum.Layout != tt.layout {
				t.Errorf("summary %+v, want capped %v layout %s", sum, tt.capped, tt.layout)
			}
			if tt.capped && !strings.Contains(sum.String(), "capped") {
				t.Errorf("summary %q does not say it was capped", sum)
			}
		})
	}
}

func TestSelectErrors(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"unknown focus", Options{Focus: []string{"Nobody"}}, `no entity named "Nobody"`},
		{"unknown layout", Options{Layout: "osage"}, `unknown layout "osage"`},
		{"negative evidence", Options{MinEvidence: -1}, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Select(small(), tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestChooseLayout(t *testing.T) {
	tests := []struct {
		nodes, edges int
		want         Layout
	}{{10, 20, Dot}, {200, 400, Dot}, {201, 300, SFDP}, {150, 401, SFDP}, {5000, 9000, SFDP}}
	for _, tt := range tests {
		if got := ChooseLayout(tt.nodes, tt.edges); got != tt.want {
			t.Errorf("ChooseLayout(%d, %d) = %s, want %s", tt.nodes, tt.edges, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Short Name", "Short Name"},
		{"United Nations Security Council", "United Nations\nSecurity Council"},
		{"Averyveryveryverylongsingleword", "Averyveryveryverylongsingleword"},
	}
	for _, tt := range tests {
		if got := wrap(tt.in); got != tt.want {
			t.Errorf("wrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEdgeLooks: core relations keep their fixed looks, other types get
// distinct palette colours, the same in every drawing that holds them.
func TestEdgeLooks(t *testing.T) {
	g := small()
	for i, typ := range []string{"attacked", "leader-of", "allied-with", "visited", "funded", "accused", "praised", "hosted"} {
		g.Edges = append(g.Edges, graph.Edge{Type: typ, Source: "person:thor", Target: g.Nodes[i%4].ID, Status: graph.Asserted})
	}
	looks := edgeLooksOf(g)
	if looks[graph.MetWith] != edgeLooks[graph.MetWith] || looks[graph.Sanctioned+"/"+graph.Lifted] != edgeLooks[graph.Sanctioned+"/"+graph.Lifted] {
		t.Errorf("core looks changed: %+v", looks)
	}
	seen := map[string]string{}
	for k, l := range looks {
		if _, core := edgeLooks[k]; core {
			continue
		}
		if other, dup := seen[l.color]; dup {
			t.Errorf("%s and %s share colour %s", k, other, l.color)
		}
		seen[l.color] = k
		if l.color == "" || l.arrowhead == "" {
			t.Errorf("%s has no look: %+v", k, l)
		}
	}
	alone := edgeLooksOf(&graph.Graph{Edges: []graph.Edge{{Type: "attacked"}}})
	if alone["attacked"] != edgeLooksOf(&graph.Graph{Edges: []graph.Edge{{Type: "attacked"}, {Type: graph.MetWith}}})["attacked"] {
		t.Error("a relation's colour depends on the core relations beside it")
	}
}
