package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/newsgraph/newsgraph/internal/benchcorpus"
)

// wholeEncode is Encode as it was: the whole graph through one indenting
// encoder. The streaming Encode must write the same bytes.
func wholeEncode(t *testing.T, g *Graph) []byte {
	t.Helper()
	out := *g
	if out.Documents == nil {
		out.Documents = []Document{}
	}
	out.Nodes = make([]Node, len(g.Nodes))
	for i, n := range g.Nodes {
		if n.Aliases == nil {
			n.Aliases = []string{}
		}
		if n.Mentions == nil {
			n.Mentions = []Mention{}
		}
		out.Nodes[i] = n
	}
	out.Edges = make([]Edge, len(g.Edges))
	for i, e := range g.Edges {
		if e.Evidence == nil {
			e.Evidence = []Evidence{}
		}
		out.Edges[i] = e
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(struct {
		Documents []Document `json:"documents"`
		Nodes     []Node     `json:"nodes"`
		Edges     []Edge     `json:"edges"`
	}{out.Documents, out.Nodes, out.Edges}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestEncodeStreamsSameBytes(t *testing.T) {
	full := &Graph{
		Documents: []Document{{ID: "a.txt", Path: "in/a.txt", Title: "<b>A & B</b>", Date: "2025-01-02"}, {ID: "b.txt"}},
		Nodes: []Node{
			{ID: "person:x", Type: Person, Name: "X \"Y\"", Aliases: []string{"Ẋ"}, Attributes: map[string]string{"title": "President", "a": "b"},
				Mentions: []Mention{{Doc: "a.txt", Start: 1, End: 2, Text: "X\n\t\u2028"}}},
			{ID: "place:z", Type: Place, Name: "Z"}, // nil aliases and mentions
		},
		Edges: []Edge{
			{Type: MetWith, Source: "person:x", Target: "place:z", Status: Asserted, Confidence: 0.875, EvidenceCount: 2,
				Evidence: []Evidence{{Doc: "a.txt", Start: 0, End: 9, Text: "X met Z.", Rule: "met-with/r"}}},
			{Type: "sanctioned", Source: "place:z", Target: "person:x", Status: Negated, Action: "lifted", Confidence: 1e-7},
		},
	}
	tests := []struct {
		name string
		g    *Graph
	}{
		{"empty", &Graph{}},
		{"empty slices", &Graph{Documents: []Document{}, Nodes: []Node{}, Edges: []Edge{}}},
		{"full", full},
		{"documents only", &Graph{Documents: full.Documents}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.g.Encode(&got); err != nil {
				t.Fatal(err)
			}
			if want := wholeEncode(t, tc.g); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("Encode wrote\n%s\nwant\n%s", got.Bytes(), want)
			}
		})
	}
}

// Mentions are written by hand; any text must come out as encoding/json
// writes it.
func FuzzEncodeMention(f *testing.F) {
	for _, s := range []string{"Abdel Fattah al-Burhan", "<a&b>", "quote \" back \\ slash", "\x00\x1f\x7f", "Türkiye\u2028\u2029", "\xff\xfe", ""} {
		f.Add(s, s+"x", 3)
	}
	f.Fuzz(func(t *testing.T, doc, text string, start int) {
		g := &Graph{Nodes: []Node{
			{ID: "a", Type: Person, Name: text, Mentions: []Mention{{Doc: doc, Start: start, End: -start, Text: text}, {Doc: "d", Text: doc}}},
			{ID: "b", Type: Place, Name: "b", Aliases: []string{text}, Attributes: map[string]string{text: doc}},
		}}
		var got bytes.Buffer
		if err := g.Encode(&got); err != nil {
			t.Fatal(err)
		}
		if want := wholeEncode(t, g); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("Encode wrote\n%s\nwant\n%s", got.Bytes(), want)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	gen, err := benchcorpus.New(benchcorpus.FromGazetteer())
	if err != nil {
		b.Fatal(err)
	}
	var docs []Document
	for i := range 500 {
		a := gen.Article(5, i)
		docs = append(docs, Document{ID: a.ID, Text: a.Text})
	}
	g, err := Build(context.Background(), docs)
	if err != nil {
		b.Fatal(err)
	}
	var n countingWriter
	if err := g.Encode(&n); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		if err := g.Encode(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
