package graph_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/benchcorpus"
)

// The same articles must give byte-identical graph.json whatever the number
// of workers: the merge is ordered by input, never by completion.
func TestWorkersGiveIdenticalBytes(t *testing.T) {
	gen, err := benchcorpus.New(benchcorpus.FromGazetteer())
	if err != nil {
		t.Fatal(err)
	}
	var docs []graph.Document
	for i := range 150 {
		a := gen.Article(3, i)
		docs = append(docs, graph.Document{ID: a.ID, Title: a.Title, Date: a.Date, Text: a.Text})
	}
	var want []byte
	for _, workers := range []int{1, 4, 7} {
		g, err := graph.Build(context.Background(), docs, graph.WithWorkers(workers), graph.WithMaxEvidence(3))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) == 0 {
			t.Fatal("no nodes: the test proves nothing")
		}
		if want == nil {
			want = buf.Bytes()
			continue
		}
		if !bytes.Equal(want, buf.Bytes()) {
			t.Fatalf("workers=%d gave different bytes than workers=1", workers)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	gen, err := benchcorpus.New(benchcorpus.FromGazetteer())
	if err != nil {
		b.Fatal(err)
	}
	var docs []graph.Document
	var bytesIn int64
	for i := range 2000 {
		a := gen.Article(5, i)
		docs = append(docs, graph.Document{ID: a.ID, Text: a.Text})
		bytesIn += int64(len(a.Text))
	}
	b.SetBytes(bytesIn)
	for b.Loop() {
		if _, err := graph.Build(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}
