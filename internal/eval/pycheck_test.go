package eval

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// scorePy is the shared reference scorer, relative to this package's folder
// (the repository sits beside ../shared).
var scorePy = filepath.Join("..", "..", "..", "shared", "eval", "score.py")

// runPython runs score.py on goldPath and sys and returns its output, or
// skips the test when python3, score.py or (for YAML gold) PyYAML is missing:
// this comparison is an extra check, the fixtures above are the gate.
func runPython(t *testing.T, goldPath string, sys *graph.Graph, args ...string) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the comparison with score.py")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("%s not found: skipping the comparison with score.py", scorePy)
	}
	if strings.HasSuffix(goldPath, ".yaml") {
		if err := exec.Command(py, "-c", "import yaml").Run(); err != nil {
			t.Skip("python3 has no yaml module: skipping the comparison with score.py")
		}
	}
	graphPath := filepath.Join(t.TempDir(), "graph.json")
	if err := sys.WriteFile(graphPath); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{scorePy, goldPath, graphPath}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// compareWithPython checks that both scorers print the same bytes in
// --verbose form and, with alsoJSON, in --json form (each run of python
// costs a fraction of a second, so the random graphs use one).
func compareWithPython(t *testing.T, goldPath string, sys *graph.Graph, alsoJSON bool) {
	t.Helper()
	gold, err := ReadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	// Score what score.py will read: the graph after a JSON round trip.
	var buf bytes.Buffer
	if err := sys.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	sys2, err := graph.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	r := Score(gold, sys2)
	var got bytes.Buffer
	if err := r.WriteJSON(&got); err != nil {
		t.Fatal(err)
	}
	if alsoJSON {
		if want := runPython(t, goldPath, sys, "--json"); got.String() != want {
			t.Errorf("--json differs from score.py\n go: %s\npy: %s", got.String(), want)
		}
	}
	got.Reset()
	if err := r.WriteText(&got, true); err != nil {
		t.Fatal(err)
	}
	if want := runPython(t, goldPath, sys, "--verbose"); got.String() != want {
		t.Errorf("--verbose differs from score.py\n go:\n%s\npy:\n%s", got.String(), want)
	}
}

func TestMatchesScorePy(t *testing.T) {
	_, small := readSmall(t)
	seedsGold := filepath.Join("..", "..", "..", "shared", "eval", "seeds.gold.json")
	tests := []struct{ name, gold, graph string }{
		{"small fixture", "testdata/small.gold.yaml", "testdata/small.graph.json"},
		{"articles golden graph", "../../testdata/gold/articles.gold.yaml", "../../testdata/golden/articles.graph.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sys, err := graph.ReadFile(tt.graph)
			if err != nil {
				t.Skipf("no graph to compare: %v", err)
			}
			compareWithPython(t, tt.gold, sys, true)
		})
	}
	t.Run("seeds gold, small graph", func(t *testing.T) {
		if _, err := os.Stat(seedsGold); err != nil {
			t.Skipf("%s not found", seedsGold)
		}
		compareWithPython(t, seedsGold, small, true)
	})
}

// Random graphs named after the gold's own names and aliases, with random
// types, spellings and edges (half of them drawn from the gold's relations
// and forbidden relations), hit every branch of the matching; both scorers
// must agree on each.
func TestMatchesScorePyRandom(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the random comparison with score.py")
	}
	goldPath := "../../testdata/gold/articles.gold.yaml"
	gold, err := ReadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	types := []string{"person", "group", "country", "place", "Country", "event", ""}
	rels := []string{"met-with", "clashed-with", "sanctioned", "Met_With", "visited"}
	statuses := []graph.Status{"asserted", "asserted", "asserted", "negated", "hypothetical", ""}
	actions := []string{"", "imposed", "lifted", "Lifted"}
	junk := []string{"Scroll to Top", "Leave a Comment", "the Georgia", "ﬁnance"}
	pairs := append(append([]Relation(nil), gold.Relations...), gold.Forbidden...)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 6 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			g := &graph.Graph{}
			nodeOf := map[string][]string{} // gold id -> node ids
			add := func(goldID, typ, name string, aliases []string) {
				id := fmt.Sprintf("n%d", len(g.Nodes))
				g.Nodes = append(g.Nodes, graph.Node{ID: id, Type: graph.NodeType(typ), Name: name, Aliases: aliases})
				nodeOf[goldID] = append(nodeOf[goldID], id)
			}
			for _, e := range gold.Entities {
				for range rng.IntN(3) - rng.IntN(2) { // 0, 1 or 2 nodes: misses and splits
					names := append([]string{e.Name}, e.Aliases...)
					typ := e.Type
					if rng.IntN(4) == 0 {
						typ = types[rng.IntN(len(types))]
					}
					name := names[rng.IntN(len(names))]
					if rng.IntN(4) == 0 {
						name = strings.ToUpper(name)
					}
					var aliases []string
					if rng.IntN(4) == 0 { // matched through an alias only
						aliases, name = []string{name}, junk[rng.IntN(len(junk))]
					}
					add(e.ID, typ, name, aliases)
				}
			}
			for _, j := range junk {
				add("", types[rng.IntN(len(types))], j, nil)
			}
			pick := func(goldID string) string {
				if ids := nodeOf[goldID]; len(ids) > 0 && rng.IntN(5) > 0 {
					return ids[rng.IntN(len(ids))]
				}
				return g.Nodes[rng.IntN(len(g.Nodes))].ID
			}
			for range 150 {
				e := graph.Edge{Type: rels[rng.IntN(len(rels))], Status: statuses[rng.IntN(len(statuses))]}
				if rng.IntN(2) == 0 {
					r := pairs[rng.IntN(len(pairs))]
					a, b := r.A, r.B
					if len(r.AltA) > 0 && rng.IntN(2) == 0 {
						a = r.AltA[rng.IntN(len(r.AltA))]
					}
					if rng.IntN(3) == 0 {
						a, b = b, a
					}
					e.Type, e.Source, e.Target, e.Action = r.Type, pick(a), pick(b), r.Action
				} else {
					e.Source, e.Target = pick(""), pick("")
				}
				if e.Type == "sanctioned" && rng.IntN(3) == 0 {
					e.Action = actions[rng.IntN(len(actions))]
				}
				g.Edges = append(g.Edges, e)
			}
			compareWithPython(t, goldPath, g, false)
			r := Score(gold, g)
			t.Log(r.Summary())
		})
	}
}
