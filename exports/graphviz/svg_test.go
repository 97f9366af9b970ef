package graphviz

import (
	"bytes"
	"context"
	"encoding/xml"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// xnode is any SVG element, kept whole for walking.
type xnode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xnode    `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n *xnode) attr(space, local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local && (space == "" || a.Name.Space == space) {
			return a.Value
		}
	}
	return ""
}

func (n *xnode) walk(f func(*xnode)) {
	f(n)
	for i := range n.Children {
		n.Children[i].walk(f)
	}
}

const xlinkNS = "http://www.w3.org/1999/xlink"

// svgGroup is what a test needs of one <g class="node"> or <g class="edge">.
type svgGroup struct {
	classes []string
	title   string // the <title>: node name, or "tail->head"
	tooltip string // xlink:title of the link inside
	text    string // every <text> in the group, joined by spaces
}

// parseSVG parses an SVG with encoding/xml and returns its node groups
// (legend left out, and counted) and edge groups.
func parseSVG(t *testing.T, svg []byte) (nodes, edges []svgGroup, legends int) {
	t.Helper()
	var root xnode
	if err := xml.Unmarshal(svg, &root); err != nil {
		t.Fatalf("SVG does not parse: %v", err)
	}
	if root.XMLName.Local != "svg" {
		t.Fatalf("root element %q, want svg", root.XMLName.Local)
	}
	root.walk(func(n *xnode) {
		classes := strings.Fields(n.attr("", "class"))
		if n.XMLName.Local != "g" || len(classes) == 0 || (classes[0] != "node" && classes[0] != "edge") {
			return
		}
		gr := svgGroup{classes: classes}
		var texts []string
		n.walk(func(c *xnode) {
			switch c.XMLName.Local {
			case "title":
				if gr.title == "" {
					gr.title = c.Text
				}
			case "a":
				if gr.tooltip == "" {
					gr.tooltip = c.attr(xlinkNS, "title")
				}
			case "text":
				texts = append(texts, c.Text)
			}
		})
		gr.text = strings.Join(texts, " ")
		switch {
		case slices.Contains(classes, "legend"):
			legends++
		case classes[0] == "node":
			nodes = append(nodes, gr)
		default:
			edges = append(edges, gr)
		}
	})
	return nodes, edges, legends
}

func renderSVG(t *testing.T, g *graph.Graph, o Options) ([]byte, Summary) {
	t.Helper()
	var buf bytes.Buffer
	sum, err := WriteSVG(context.Background(), &buf, g, o)
	if err != nil {
		t.Fatalf("WriteSVG: %v", err)
	}
	return buf.Bytes(), sum
}

// TestSVG renders the small graph under several selections and layouts and
// checks, in the SVG as a browser reads it, that every selected node and
// edge is drawn once, that names survive in labels and tooltips, and that
// every edge's tooltip holds its evidence.
func TestSVG(t *testing.T) {
	tests := []struct {
		name string
		o    Options
	}{
		{"default", Options{}},
		{"all", Options{IncludeUnasserted: true, Isolated: true}},
		{"focus", Options{Focus: []string{"O'Neil"}, Depth: 2, IncludeUnasserted: true, Layout: Neato}},
		{"types", Options{Types: []string{graph.Sanctioned}, Layout: SFDP}},
		{"min evidence", Options{MinEvidence: 2, Layout: FDP}},
		{"capped", Options{MaxNodes: 3, Layout: Circo}},
		{"no legend", Options{NoLegend: true, Layout: Twopi}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := small()
			sel, sum, err := Select(g, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			svg, _ := renderSVG(t, g, tt.o)
			nodes, edges, legends := parseSVG(t, svg)
			if len(nodes) != len(sel.Nodes) || len(edges) != len(sel.Edges) {
				t.Errorf("SVG has %d nodes and %d edges, selection %d and %d", len(nodes), len(edges), len(sel.Nodes), len(sel.Edges))
			}
			if len(nodes) != sum.Nodes || len(edges) != sum.Edges {
				t.Errorf("SVG has %d nodes and %d edges, summary says %v", len(nodes), len(edges), sum)
			}
			if want := map[bool]int{true: 0, false: 1}[tt.o.NoLegend]; legends != want {
				t.Errorf("%d legends, want %d", legends, want)
			}
			byID := map[string]svgGroup{}
			for _, n := range nodes {
				byID[n.title] = n
			}
			for _, n := range sel.Nodes {
				got, ok := byID[n.ID]
				if !ok {
					t.Errorf("node %s not drawn", n.ID)
					continue
				}
				if got.text != n.Name {
					t.Errorf("node %s label %q, want %q", n.ID, got.text, n.Name)
				}
				if !strings.HasPrefix(got.tooltip, n.Name+" ("+string(n.Type)+")") {
					t.Errorf("node %s tooltip %q does not start with its name", n.ID, got.tooltip)
				}
				if !slices.Contains(got.classes, string(n.Type)) {
					t.Errorf("node %s classes %v lack its type", n.ID, got.classes)
				}
			}
			byKey := map[string]svgGroup{}
			for _, e := range edges {
				k := e.title + " " + strings.Join(e.classes[1:], " ")
				if _, dup := byKey[k]; dup {
					t.Errorf("edge %s drawn twice", k)
				}
				byKey[k] = e
			}
			names := map[string]string{}
			for _, n := range g.Nodes {
				names[n.ID] = n.Name
			}
			for _, e := range sel.Edges {
				k := e.Source + "->" + e.Target + " " + strings.Join(slices.DeleteFunc([]string{e.Type, e.Action, string(e.Status)}, func(s string) bool { return s == "" }), " ")
				got, ok := byKey[k]
				if !ok {
					t.Errorf("edge %s not drawn", k)
					continue
				}
				if !strings.HasPrefix(got.tooltip, names[e.Source]+" "+e.Type) || !strings.Contains(got.tooltip, names[e.Target]) {
					t.Errorf("edge %s tooltip %q lacks its ends' names", k, got.tooltip)
				}
				for _, ev := range e.Evidence {
					if !strings.Contains(got.tooltip, ev.Text) {
						t.Errorf("edge %s tooltip %q lacks evidence %q", k, got.tooltip, ev.Text)
					}
				}
			}
		})
	}
}

// TestSVGConcurrent renders from several goroutines at once: the renderer
// must serialise them (the WebAssembly module crashes otherwise).
func TestSVGConcurrent(t *testing.T) {
	want, _ := renderSVG(t, small(), Options{})
	errs := make(chan error, 4)
	outs := make(chan []byte, 4)
	for range 4 {
		go func() {
			var buf bytes.Buffer
			_, err := WriteSVG(context.Background(), &buf, small(), Options{})
			errs <- err
			outs <- buf.Bytes()
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		if got := <-outs; !bytes.Equal(got, want) {
			t.Error("concurrent render differs from a lone one")
		}
	}
}

// TestRenderCancelled: a cancelled context stops the render before it
// starts, and the renderer still works afterwards.
func TestRenderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	if _, err := WriteSVG(ctx, &buf, small(), Options{}); err == nil || buf.Len() > 0 {
		t.Fatalf("cancelled render: err %v, %d bytes", err, buf.Len())
	}
	svg, _ := renderSVG(t, small(), Options{})
	if nodes, _, _ := parseSVG(t, svg); len(nodes) == 0 {
		t.Fatal("no nodes after a cancelled render")
	}
}
