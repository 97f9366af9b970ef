package graphviz

import (
	"bytes"
	"context"
	"io"
	"testing"
)

func benchmarkSVG(b *testing.B, nodes, edges int, layout Layout) {
	g := large(nodes, edges)
	o := Options{Layout: layout, MaxNodes: -1}
	var dot bytes.Buffer
	sum, err := WriteDOT(&dot, g, o)
	if err != nil {
		b.Fatal(err)
	}
	if sum.Nodes != nodes || sum.Edges != edges {
		b.Fatalf("drew %v, want %d nodes and %d edges", sum, nodes, edges)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderSVG(context.Background(), io.Discard, dot.Bytes(), layout); err != nil {
			b.Fatal(err)
		}
	}
}

// Targets (issue 6): under 2 s and under 5 s.
func BenchmarkSVGDot200x400(b *testing.B) { benchmarkSVG(b, 200, 400, Dot) }

// The largest drawing that keeps curved edges (see layoutAttrs).
func BenchmarkSVGDot100x150(b *testing.B)    { benchmarkSVG(b, 100, 150, Dot) }
func BenchmarkSVGSFDP1000x3000(b *testing.B) { benchmarkSVG(b, 1000, 3000, SFDP) }

func BenchmarkWriteDOT1000x3000(b *testing.B) {
	g := large(1000, 3000)
	for b.Loop() {
		if _, err := WriteDOT(io.Discard, g, Options{MaxNodes: -1}); err != nil {
			b.Fatal(err)
		}
	}
}
