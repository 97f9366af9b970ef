package graphviz

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	gv "github.com/goccy/go-graphviz"

	"github.com/newsgraph/newsgraph/graph"
)

// The WebAssembly Graphviz is one module per process, and it is not safe
// for concurrent use (concurrent renders crash it), so every call into it
// goes through mu, and one renderer is created on first use and reused.
var (
	mu       sync.Mutex
	renderer *gv.Graphviz
)

// RenderSVG lays out the DOT source with the given engine (the "layout"
// attribute of the source when layout is "") and writes the SVG to w. It is
// safe for concurrent use; calls run one at a time.
//
// ctx is checked before the render starts, never during it: interrupting
// the WebAssembly module half-way leaves it unusable for the rest of the
// process. A render of a few hundred nodes takes about a second.
func RenderSVG(ctx context.Context, w io.Writer, dot []byte, layout Layout) error {
	svg, err := render(ctx, dot, layout)
	if err != nil {
		return err
	}
	if _, err := w.Write(svg); err != nil {
		return fmt.Errorf("write svg: %w", err)
	}
	return nil
}

func render(ctx context.Context, dot []byte, layout Layout) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render svg: %w", err)
	}
	mu.Lock()
	defer mu.Unlock()
	// The wait for the lock may have been long.
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render svg: %w", err)
	}
	run := context.WithoutCancel(ctx)
	if renderer == nil {
		r, err := gv.New(run)
		if err != nil {
			return nil, fmt.Errorf("start graphviz: %w", err)
		}
		renderer = r
	}
	g, err := gv.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("render svg: parse dot: %w", err)
	}
	defer g.Close()
	if layout == "" {
		layout = Layout(g.GetStr("layout"))
	}
	renderer.SetLayout(gv.Layout(cmpOr(layout, Dot)))
	var buf bytes.Buffer
	if err := renderer.Render(run, g, gv.SVG, &buf); err != nil {
		return nil, fmt.Errorf("render svg (%s): %w", layout, err)
	}
	return buf.Bytes(), nil
}

func cmpOr(l, def Layout) Layout {
	if l == "" {
		return def
	}
	return l
}

// WriteSVG draws the part of g that o selects as SVG: WriteDOT, then
// RenderSVG with the chosen layout. It returns what it drew.
func WriteSVG(ctx context.Context, w io.Writer, g *graph.Graph, o Options) (Summary, error) {
	var dot bytes.Buffer
	sum, err := WriteDOT(&dot, g, o)
	if err != nil {
		return sum, err
	}
	return sum, RenderSVG(ctx, w, dot.Bytes(), sum.Layout)
}

// parseDOT reports whether Graphviz reads src as a graph, and returns the
// value of one node's attribute; the escaper's fuzz test uses it.
func parseDOT(src []byte, node, attr string) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	g, err := gv.ParseBytes(src)
	if err != nil {
		return "", err
	}
	defer g.Close()
	n, err := g.NodeByName(node)
	if err != nil {
		return "", err
	}
	if n == nil {
		return "", fmt.Errorf("no node %q", node)
	}
	return n.GetStr(attr), nil
}
