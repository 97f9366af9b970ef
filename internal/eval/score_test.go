package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func readSmall(t *testing.T) (*Gold, *graph.Graph) {
	t.Helper()
	gold, err := ReadGold("testdata/small.gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sys, err := graph.ReadFile("testdata/small.graph.json")
	if err != nil {
		t.Fatal(err)
	}
	return gold, sys
}

// The numbers below were worked out by hand from the fixture's comments and
// agree with score.py on the same files.
func TestScoreSmall(t *testing.T) {
	gold, sys := readSmall(t)
	r := Score(gold, sys)

	wantE := EntityScore{Precision: 5.0 / 7, Recall: 3.0 / 5, System: 7, Gold: 5, Splits: 1, WrongType: 1}
	wantE.F1 = 2 * wantE.Precision * wantE.Recall / (wantE.Precision + wantE.Recall)
	if r.Entities != wantE {
		t.Errorf("entities = %+v, want %+v", r.Entities, wantE)
	}
	wantT := [3]TypeScore{
		{Type: "met-with", Precision: 0.5, Recall: 1, TP: 1, FP: 1, Gold: 1, Found: 1},
		{Type: "clashed-with", Precision: 2.0 / 3, Recall: 1, TP: 2, FP: 1, Gold: 1, Found: 1},
		{Type: "sanctioned", Precision: 0.5, Recall: 1, TP: 1, FP: 1, Gold: 1, Found: 1},
	}
	if r.Types != wantT {
		t.Errorf("types = %+v, want %+v", r.Types, wantT)
	}
	if r.Relations.Forbidden != 2 || r.Relations.Precision != 4.0/7 || r.Relations.Recall != 1 {
		t.Errorf("relations = %+v, want P 4/7 R 1 forbidden 2", r.Relations)
	}
	lists := []struct {
		name      string
		got, want []string
	}{
		{"missed entities", r.MissedEntities, []string{"Sudan", "Khartoum"}},
		{"spurious entities", r.SpuriousEntities, []string{"Scroll to Top"}},
		{"wrong type", r.WrongType, []string{"Sudan (place, gold country)"}},
		{"missed relations", r.MissedRelations, nil},
		{"spurious relations", r.SpuriousRelations, []string{"met-with(person:burhan,group:rsf)",
			"sanctioned(country:the-united-states,place:sudan,lifted)", "clashed-with(place:scroll-to-top,group:rsf)"}},
		{"forbidden", r.ForbiddenAsserted, []string{"met-with(person:burhan,group:rsf)",
			"sanctioned(country:the-united-states,place:sudan,lifted)"}},
	}
	for _, l := range lists {
		if !slices.Equal(l.got, l.want) {
			t.Errorf("%s = %q, want %q", l.name, l.got, l.want)
		}
	}
	if len(r.Splits) != 1 || r.Splits[0].Gold != "burhan" || !slices.Equal(r.Splits[0].Nodes, []string{"Burhan", "al-Burhan"}) {
		t.Errorf("splits = %+v", r.Splits)
	}
	want := "entity F1 0.652 (P 0.714 R 0.600, splits 1) | relation F1 0.727 (P 0.571 R 1.000, forbidden 2)"
	if got := r.Summary(); got != want {
		t.Errorf("summary\n got %s\nwant %s", got, want)
	}
	wantJSON := `{"entities": {"precision": 0.714, "recall": 0.6, "f1": 0.652, "system": 7, "gold": 5, "splits": 1, "wrong_type": 1}, ` +
		`"met-with": {"precision": 0.5, "recall": 1.0, "tp": 1, "fp": 1, "gold": 1, "found": 1}, ` +
		`"clashed-with": {"precision": 0.667, "recall": 1.0, "tp": 2, "fp": 1, "gold": 1, "found": 1}, ` +
		`"sanctioned": {"precision": 0.5, "recall": 1.0, "tp": 1, "fp": 1, "gold": 1, "found": 1}, ` +
		`"relations": {"precision": 0.571, "recall": 1.0, "f1": 0.727, "forbidden": 2}}`
	if got := r.JSON(); got != wantJSON {
		t.Errorf("JSON\n got %s\nwant %s", got, wantJSON)
	}
}

// Each case changes one thing in a one-relation world and says whether the
// edge counts as a hit, a false positive, or a forbidden one.
func TestScoreRelationMatching(t *testing.T) {
	gold := &Gold{
		Entities: []Entity{
			{ID: "a", Type: "person", Name: "Alpha"}, {ID: "b", Type: "country", Name: "Beta"},
			{ID: "c", Type: "group", Name: "Gamma"}, {ID: "d", Type: "group", Name: "Delta", Optional: true},
		},
		Relations: []Relation{
			{Type: "met-with", A: "a", B: "b", AltB: []string{"c"}},
			{Type: "sanctioned", A: "b", B: "c", Action: "imposed"},
			{Type: "clashed-with", A: "c", B: "d", Optional: true},
		},
		Forbidden: []Relation{
			{Type: "sanctioned", A: "b", B: "c", Action: "lifted"},
			{Type: "clashed-with", A: "a", B: "b"},
		},
	}
	nodes := []graph.Node{
		{ID: "n:a", Type: "person", Name: "Alpha"}, {ID: "n:b", Type: "country", Name: "Beta"},
		{ID: "n:c", Type: "group", Name: "Gamma"}, {ID: "n:d", Type: "group", Name: "Delta"},
		{ID: "n:x", Type: "group", Name: "Unknown"},
	}
	tests := []struct {
		name                string
		edge                graph.Edge
		tp, fp, forbidden   int
		metFound, sancFound int
	}{
		{"met-with as annotated", graph.Edge{Type: "met-with", Source: "n:a", Target: "n:b"}, 1, 0, 0, 1, 0},
		{"met-with reversed (symmetric)", graph.Edge{Type: "met-with", Source: "n:b", Target: "n:a"}, 1, 0, 0, 1, 0},
		{"met-with through alt_b", graph.Edge{Type: "met-with", Source: "n:c", Target: "n:a"}, 1, 0, 0, 1, 0},
		{"met-with negated is ignored", graph.Edge{Type: "met-with", Source: "n:a", Target: "n:b", Status: "negated"}, 0, 0, 0, 0, 0},
		{"met-with to an unknown node", graph.Edge{Type: "met-with", Source: "n:a", Target: "n:x"}, 0, 1, 0, 0, 0},
		{"sanctioned right action", graph.Edge{Type: "sanctioned", Source: "n:b", Target: "n:c", Action: "imposed"}, 1, 0, 0, 0, 1},
		{"sanctioned wrong action is forbidden", graph.Edge{Type: "sanctioned", Source: "n:b", Target: "n:c", Action: "lifted"}, 0, 1, 1, 0, 0},
		{"sanctioned reversed (directed)", graph.Edge{Type: "sanctioned", Source: "n:c", Target: "n:b", Action: "imposed"}, 0, 1, 0, 0, 0},
		{"clashed-with forbidden reversed", graph.Edge{Type: "clashed-with", Source: "n:b", Target: "n:a"}, 0, 1, 1, 0, 0},
		{"optional relation is neutral", graph.Edge{Type: "clashed-with", Source: "n:d", Target: "n:c"}, 0, 0, 0, 0, 0},
		{"other relation types are ignored", graph.Edge{Type: "visited", Source: "n:a", Target: "n:b"}, 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(gold, &graph.Graph{Nodes: nodes, Edges: []graph.Edge{tt.edge}})
			tp, fp := 0, 0
			for _, ts := range r.Types {
				tp += ts.TP
				fp += ts.FP
			}
			if tp != tt.tp || fp != tt.fp || r.Relations.Forbidden != tt.forbidden {
				t.Errorf("tp %d fp %d forbidden %d, want %d %d %d", tp, fp, r.Relations.Forbidden, tt.tp, tt.fp, tt.forbidden)
			}
			if r.Types[0].Found != tt.metFound || r.Types[2].Found != tt.sancFound {
				t.Errorf("found met-with %d sanctioned %d, want %d %d", r.Types[0].Found, r.Types[2].Found, tt.metFound, tt.sancFound)
			}
			if r.Types[1].Gold != 0 {
				t.Errorf("optional relation counted in gold: %+v", r.Types[1])
			}
		})
	}
}

// A node is matched by its name first and only then by its aliases; among
// candidates the one of its own type wins, else the first id.
func TestScoreEntityMatching(t *testing.T) {
	gold := &Gold{Entities: []Entity{
		{ID: "georgia-country", Type: "country", Name: "Georgia"},
		{ID: "georgia-state", Type: "place", Name: "Georgia", Aliases: []string{"State of Georgia"}},
		{ID: "kremlin", Type: "group", Name: "Kremlin", Optional: true},
	}}
	tests := []struct {
		node                          graph.Node
		tp, spurious, wrongType, miss int
	}{
		{graph.Node{ID: "1", Type: "place", Name: "Georgia"}, 1, 0, 0, 1},
		{graph.Node{ID: "1", Type: "country", Name: "the Georgia"}, 1, 0, 0, 1},
		{graph.Node{ID: "1", Type: "person", Name: "Georgia"}, 0, 0, 1, 2},
		{graph.Node{ID: "1", Type: "place", Name: "Tbilisi", Aliases: []string{"State of Georgia"}}, 1, 0, 0, 1},
		{graph.Node{ID: "1", Type: "place", Name: "Atlanta"}, 0, 1, 0, 2},
		{graph.Node{ID: "1", Type: "group", Name: "the Kremlin"}, 1, 0, 0, 2}, // optional: counts for precision only
		{graph.Node{ID: "1", Type: "event", Name: "Georgia"}, 0, 0, 0, 2},     // not an entity type: not scored
	}
	for _, tt := range tests {
		r := Score(gold, &graph.Graph{Nodes: []graph.Node{tt.node}})
		tp := int(r.Entities.Precision*float64(r.Entities.System) + 0.5)
		if tp != tt.tp || len(r.SpuriousEntities) != tt.spurious || r.Entities.WrongType != tt.wrongType || len(r.MissedEntities) != tt.miss {
			t.Errorf("%+v: tp %d spurious %d wrong type %d missed %d, want %d %d %d %d", tt.node,
				tp, len(r.SpuriousEntities), r.Entities.WrongType, len(r.MissedEntities), tt.tp, tt.spurious, tt.wrongType, tt.miss)
		}
	}
}

func TestEmptyGraphScoresZero(t *testing.T) {
	gold, _ := readSmall(t)
	r := Score(gold, &graph.Graph{})
	want := "entity F1 0.000 (P 0.000 R 0.000, splits 0) | relation F1 0.000 (P 0.000 R 0.000, forbidden 0)"
	if r.Summary() != want {
		t.Errorf("summary = %s", r.Summary())
	}
}

// The same gold in JSON and YAML reads the same.
func TestReadGoldJSONAndYAML(t *testing.T) {
	y, err := ReadGold("testdata/small.gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(y)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "small.gold.json")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := ReadGold(p)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(y)
	b, _ := json.Marshal(j)
	if !bytes.Equal(a, b) {
		t.Errorf("JSON and YAML gold differ:\n%s\n%s", a, b)
	}
	if len(y.Entities) != 6 || len(y.Relations) != 4 || len(y.Forbidden) != 2 || !y.Entities[5].Optional || y.Relations[0].AltA[0] != "burhan" {
		t.Errorf("gold read wrong: %+v", y)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown entity", "entities: [{id: a, type: person, name: A}]\nrelations: [{type: met-with, a: a, b: z}]", `unknown entity "z"`},
		{"unknown alt", "entities: [{id: a, type: person, name: A}]\nrelations: [{type: met-with, a: a, b: a, alt_b: [q]}]", `unknown entity "q"`},
		{"unknown type", "entities: [{id: a, type: person, name: A}]\nrelations: [{type: visited, a: a, b: a}]", `type "visited"`},
		{"forbidden unknown entity", "entities: [{id: a, type: person, name: A}]\nforbidden: [{type: met-with, a: a, b: z}]", `unknown entity "z"`},
		{"entity without id", "entities: [{type: person, name: A}]", "id and type are required"},
		{"not yaml", "entities: [", "decode gold"},
		{"no entities", "nodes: []\nedges: []", "no entities"},
	}
	for _, tt := range tests {
		_, err := ParseGold([]byte(tt.yaml), true)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
	// An optional relation of another type is allowed, as score.py allows it.
	if _, err := ParseGold([]byte("entities: [{id: a, type: person, name: A}]\nrelations: [{type: visited, a: a, b: a, optional: true}]"), true); err != nil {
		t.Errorf("optional relation of another type: %v", err)
	}
	if _, err := ReadGold("testdata/missing.yaml"); err == nil {
		t.Error("missing file: no error")
	}
}

func FuzzParseGold(f *testing.F) {
	for _, p := range []string{"testdata/small.gold.yaml"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, true)
	}
	f.Add([]byte(`{"entities":[{"id":"a","type":"person","name":"A"}],"relations":[]}`), false)
	f.Fuzz(func(t *testing.T, data []byte, isYAML bool) {
		g, err := ParseGold(data, isYAML)
		if err != nil {
			return
		}
		// Whatever parses must score without panicking.
		r := Score(g, &graph.Graph{Nodes: []graph.Node{{ID: "x", Type: "person", Name: "A"}},
			Edges: []graph.Edge{{Type: "met-with", Source: "x", Target: "x"}}})
		_ = r.Summary()
	})
}

func TestPyFloat3(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{0, "0.0"}, {1, "1.0"}, {0.5, "0.5"}, {2.0 / 3, "0.667"}, {0.0625, "0.062"}, {0.1 + 0.2, "0.3"}, {0.0005, "0.001"}}
	for _, tt := range tests {
		if got := pyFloat3(tt.in); got != tt.want {
			t.Errorf("pyFloat3(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestPyStr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sudan", "'Sudan'"}, {"People's", `"People's"`}, {`it's "x"`, `'it\'s "x"'`},
		{"a\nb", `'a\nb'`}, {"Nicolás", "'Nicolás'"}, {"a\u00a0b", `'a\xa0b'`}, {"a\u200bb", `'a\u200bb'`},
	}
	for _, tt := range tests {
		if got := pyStr(tt.in); got != tt.want {
			t.Errorf("pyStr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func ExampleScore() {
	gold := &Gold{
		Entities: []Entity{
			{ID: "burhan", Type: "person", Name: "Abdel Fattah al-Burhan", Aliases: []string{"Burhan"}},
			{ID: "lamamra", Type: "person", Name: "Ramtane Lamamra"},
		},
		Relations: []Relation{{Type: "met-with", A: "lamamra", B: "burhan"}},
	}
	sys := &graph.Graph{
		Nodes: []graph.Node{
			{ID: "person:burhan", Type: graph.Person, Name: "Burhan"},
			{ID: "person:ramtane-lamamra", Type: graph.Person, Name: "Ramtane Lamamra"},
		},
		Edges: []graph.Edge{{Type: graph.MetWith, Source: "person:burhan", Target: "person:ramtane-lamamra", Status: graph.Asserted}},
	}
	fmt.Println(Score(gold, sys).Summary())
	// Output: entity F1 1.000 (P 1.000 R 1.000, splits 0) | relation F1 1.000 (P 1.000 R 1.000, forbidden 0)
}
