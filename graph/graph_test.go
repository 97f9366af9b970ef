package graph

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
)

func sampleGraph() *Graph {
	return &Graph{
		Documents: []Document{{ID: "a.txt", Path: "in/a.txt", SHA256: "00"}},
		Nodes: []Node{
			{ID: "country:qatar", Type: Country, Name: "Qatar", Mentions: []Mention{{Doc: "a.txt", Start: 0, End: 5, Text: "Qatar"}}},
			{ID: "country:turkey", Type: Country, Name: "Turkey", Aliases: []string{"Türkiye"}},
			{ID: "person:jane-roe", Type: Person, Name: "Jane Roe", Aliases: []string{"Roe"}, Attributes: map[string]string{"title": "Envoy"}},
			{ID: "place:doha", Type: Place, Name: "Doha"},
		},
		Edges: []Edge{
			{Type: MetWith, Source: "country:qatar", Target: "country:turkey", Status: Asserted, Confidence: 0.9, EvidenceCount: 1,
				Evidence: []Evidence{{Doc: "a.txt", Start: 0, End: 20, Text: "Qatar met Turkey.", Rule: "met-with/verb"}}},
			{Type: ClashedWith, Source: "country:turkey", Target: "person:jane-roe", Status: Negated, Confidence: 0.5},
		},
	}
}

func TestJSONRoundTrip(t *testing.T) {
	g := sampleGraph()
	var buf bytes.Buffer
	if err := g.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := back.Encode(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Fatalf("round trip changed the JSON:\n%s\n---\n%s", buf.String(), again.String())
	}
	for _, want := range []string{`"documents"`, `"aliases": []`, `"mentions": []`, `"status": "negated"`, `"action": ""`, `"rule": "met-with/verb"`, "Türkiye"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("JSON has null: %s", buf.String())
	}
}

func TestDecodeRejectsBadEdges(t *testing.T) {
	for _, in := range []string{`{"edges":[{"type":"met-with","source":"a"}]}`, `{"nodes":[`, `[]`} {
		if _, err := Decode(strings.NewReader(in)); err == nil {
			t.Errorf("Decode(%q) gave no error", in)
		}
	}
}

func TestLookupAndNeighbourhood(t *testing.T) {
	g := sampleGraph()
	tests := []struct {
		name string
		want []string
	}{
		{"qatar", []string{"country:qatar"}},
		{"TÜRKIYE", []string{"country:turkey"}},
		{"Roe", []string{"person:jane-roe"}},
		{"person:jane-roe", []string{"person:jane-roe"}},
		{"Nobody", nil},
	}
	for _, tc := range tests {
		if got := g.Lookup(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	asserted := func(e Edge) bool { return e.Asserted() }
	got, err := g.Neighbourhood("country:qatar", 1, asserted)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"country:qatar", "country:turkey"}; !slices.Equal(got, want) {
		t.Errorf("depth 1 = %v, want %v", got, want)
	}
	got, _ = g.Neighbourhood("country:qatar", 2, nil)
	if want := []string{"country:qatar", "country:turkey", "person:jane-roe"}; !slices.Equal(got, want) {
		t.Errorf("depth 2 all edges = %v, want %v", got, want)
	}
	got, _ = g.Neighbourhood("country:qatar", 2, asserted)
	if want := []string{"country:qatar", "country:turkey"}; !slices.Equal(got, want) {
		t.Errorf("depth 2 asserted = %v, want %v", got, want)
	}
	if _, err := g.Neighbourhood("nope", 1, nil); err == nil {
		t.Error("unknown node gave no error")
	}
	sub := g.Subgraph(got, asserted)
	if len(sub.Nodes) != 2 || len(sub.Edges) != 1 || len(sub.Documents) != 1 {
		t.Errorf("subgraph = %d nodes, %d edges, %d docs", len(sub.Nodes), len(sub.Edges), len(sub.Documents))
	}
}

func TestTopologyKeepsEveryTypedEdgeOfAPair(t *testing.T) {
	g := sampleGraph()
	g.Edges = append(g.Edges, Edge{Type: Sanctioned, Source: "country:turkey", Target: "country:qatar", Status: Asserted, Action: Imposed})
	topo, err := g.Topology(nil)
	if err != nil {
		t.Fatal(err)
	}
	e, err := topo.Edge("country:qatar", "country:turkey")
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Properties.Data.(pairEdges).idx; len(got) != 2 {
		t.Errorf("pair holds %v, want two typed edges", got)
	}
}

func TestWriteFileAtomicLeavesNoTempFiles(t *testing.T) {
	dir := t.TempDir()
	g := sampleGraph()
	path := dir + "/sub/graph.json"
	if err := g.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Nodes) != len(g.Nodes) {
		t.Errorf("read %d nodes, wrote %d", len(back.Nodes), len(g.Nodes))
	}
	if _, err := ReadFile(dir + "/missing.json"); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file error %v does not name the file", err)
	}
}

func TestBuildIsDeterministicAcrossWorkers(t *testing.T) {
	var docs []Document
	for i, text := range []string{
		"Kenya and Uganda held talks in Nairobi on Monday. The President of Kenya met officials from Uganda, Rwanda and Tanzania.",
		"Fighting broke out between the army and rebels near Goma. Rwanda denied sending troops.",
		"The European Union imposed sanctions on Belarus. Canada lifted sanctions on Cuba last year.",
	} {
		docs = append(docs, Document{ID: string(rune('a'+i)) + ".txt", Text: text})
	}
	var outs []string
	for _, w := range []int{1, 2, 4} {
		g, err := Build(context.Background(), docs, WithWorkers(w))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.String())
		if len(g.Documents) != len(docs) {
			t.Fatalf("workers %d: %d documents, want %d", w, len(g.Documents), len(docs))
		}
	}
	for i := 1; i < len(outs); i++ {
		if outs[i] != outs[0] {
			t.Errorf("output with a different number of workers differs")
		}
	}
}

func TestBuildRejectsDuplicateIDs(t *testing.T) {
	docs := []Document{{ID: "x", Path: "p1", Text: "Kenya."}, {ID: "x", Path: "p2", Text: "Uganda."}}
	if _, err := Build(context.Background(), docs); err == nil || !strings.Contains(err.Error(), "p2") {
		t.Errorf("duplicate id error = %v, want one naming p2", err)
	}
}

func TestExplainLogsRelationsAndMerges(t *testing.T) {
	var log strings.Builder
	docs := []Document{{ID: "d1", Text: "Kenya imposed sanctions on Uganda on Monday, officials said.\n\nPresident Samia Suluhu Hassan of Tanzania met Kenyan officials in Nairobi. Hassan said the talks went well."}}
	g, err := Build(context.Background(), docs, WithExplain(&log))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) == 0 {
		t.Fatal("no edges: the test proves nothing")
	}
	if !strings.Contains(log.String(), "relation: sanctioned/") || !strings.Contains(log.String(), "d1:") {
		t.Errorf("explain log lacks the sanction relation:\n%s", log.String())
	}
}
