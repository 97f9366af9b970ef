package graphviz

import (
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// fontname lists Helvetica first: the WebAssembly Graphviz has no font files
// and sizes text from built-in Helvetica metrics, which Arial and Liberation
// Sans (what browsers substitute) match.
const fontname = "Helvetica"

// nodeLook is how one node type is drawn.
type nodeLook struct {
	shape, fill, line, style string
	// word names the shape in the legend, which cannot draw shapes.
	word string
}

var nodeLooks = map[graph.NodeType]nodeLook{
	graph.Person:  {shape: "ellipse", fill: "#dbe9f6", line: "#3d85c6", style: "filled", word: "ellipse"},
	graph.Group:   {shape: "box", fill: "#fde9d1", line: "#e69138", style: "rounded,filled", word: "rounded box"},
	graph.Country: {shape: "hexagon", fill: "#d9ead3", line: "#6aa84f", style: "filled", word: "hexagon"},
	graph.Place:   {shape: "house", fill: "#eeeeee", line: "#888888", style: "filled", word: "house"},
}

// otherNode draws a node type the model may gain later.
var otherNode = nodeLook{shape: "octagon", fill: "#ffffff", line: "#444444", style: "filled", word: "octagon"}

func lookOfNode(t graph.NodeType) nodeLook {
	if l, ok := nodeLooks[t]; ok {
		return l
	}
	return otherNode
}

// edgeLook is how one relation (type and, for sanctions, action) is drawn.
type edgeLook struct {
	color     string
	symmetric bool   // drawn without an arrow head
	arrowhead string // for directed relations
}

var edgeLooks = map[string]edgeLook{
	graph.MetWith:                         {color: "#1f77b4", symmetric: true},
	graph.ClashedWith:                     {color: "#d62728", symmetric: true},
	graph.Sanctioned:                      {color: "#e6550d", arrowhead: "normal"},
	graph.Sanctioned + "/" + graph.Lifted: {color: "#31a354", arrowhead: "empty"},
}

// palette colours the relation types beyond the core ones (defined by the
// pattern data or by users): each type has a home colour by a hash of its
// name, so it keeps its colour from one drawing to the next, and moves to
// the next free one only when two types in a drawing collide.
var palette = []string{"#8c564b", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#7f7f7f", "#b8860b", "#637939"}

// relationKey names a relation look: the type, and the action where it
// changes the look (a lifted sanction is not an imposed one).
func relationKey(e graph.Edge) string {
	if e.Type == graph.Sanctioned && e.Action == graph.Lifted {
		return graph.Sanctioned + "/" + graph.Lifted
	}
	return e.Type
}

// edgeLooksOf returns the look of every relation in g.
func edgeLooksOf(g *graph.Graph) map[string]edgeLook {
	looks := map[string]edgeLook{}
	var extra []string
	for _, e := range g.Edges {
		k := relationKey(e)
		if _, done := looks[k]; done {
			continue
		}
		if l, ok := edgeLooks[k]; ok {
			looks[k] = l
		} else {
			looks[k] = edgeLook{}
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	used := map[int]bool{}
	for _, k := range extra {
		h := fnv.New32a()
		h.Write([]byte(k))
		slot := int(h.Sum32() % uint32(len(palette)))
		for i := 0; i < len(palette) && used[slot]; i++ {
			slot = (slot + 1) % len(palette)
		}
		used[slot] = true
		l := edgeLook{color: palette[slot], symmetric: graph.IsSymmetric(k), arrowhead: "normal"}
		looks[k] = l
	}
	return looks
}

// styleOfStatus: facts solid; denied relations dashed, supposed ones dotted.
func styleOfStatus(s graph.Status) string {
	switch s {
	case graph.Negated:
		return "dashed"
	case graph.Hypothetical:
		return "dotted"
	}
	return "solid"
}

// evidenceCount is the number of sentences behind an edge, at least 1.
func evidenceCount(e graph.Edge) int {
	return max(e.EvidenceCount, len(e.Evidence), 1)
}

// penwidth grows with the log of the evidence count so that a pair named in
// fifty sentences stands out without hiding everything else.
func penwidth(e graph.Edge) float64 {
	return min(1+1.5*math.Log2(float64(evidenceCount(e))), 6)
}

// legend returns the HTML-like label of the legend node: only the node
// types, relations and statuses present in g, so it never explains what is
// not drawn.
func legend(g *graph.Graph, looks map[string]edgeLook) string {
	types := map[graph.NodeType]bool{}
	for _, n := range g.Nodes {
		types[n.Type] = true
	}
	rels := map[string]bool{}
	statuses := map[graph.Status]bool{}
	for _, e := range g.Edges {
		rels[relationKey(e)] = true
		statuses[e.Status] = true
	}
	var b strings.Builder
	b.WriteString(`<<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="1" CELLPADDING="3" BGCOLOR="#ffffff">`)
	b.WriteString(`<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>`)
	var extra []string
	for t := range types {
		if _, ok := nodeLooks[t]; !ok {
			extra = append(extra, string(t))
		}
	}
	slices.Sort(extra)
	nodeTypes := slices.Clone(graph.NodeTypes)
	for _, t := range extra {
		nodeTypes = append(nodeTypes, graph.NodeType(t))
	}
	for _, t := range nodeTypes {
		if !types[t] {
			continue
		}
		l := lookOfNode(t)
		fmt.Fprintf(&b, `<TR><TD BGCOLOR="%s" COLOR="%s" BORDER="1" WIDTH="30"%s> </TD><TD ALIGN="LEFT">%s (%s)</TD></TR>`,
			l.fill, l.line, roundedAttr(l), htmlEscape(string(t)), l.word)
	}
	keys := make([]string, 0, len(rels))
	for k := range rels {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return strings.Compare(relationOrder(a), relationOrder(b)) })
	for _, k := range keys {
		l := looks[k]
		line := "&#8212;&#8212;"
		if !l.symmetric {
			line = "&#8212;&#9654;"
			if l.arrowhead == "empty" {
				line = "&#8212;&#9655;"
			}
		}
		fmt.Fprintf(&b, `<TR><TD><FONT COLOR="%s"><B>%s</B></FONT></TD><TD ALIGN="LEFT">%s</TD></TR>`, l.color, line, htmlEscape(relationName(k)))
	}
	if statuses[graph.Negated] {
		b.WriteString(`<TR><TD>- - -</TD><TD ALIGN="LEFT">negated (said not to happen)</TD></TR>`)
	}
	if statuses[graph.Hypothetical] {
		b.WriteString(`<TR><TD>&#183; &#183; &#183;</TD><TD ALIGN="LEFT">hypothetical (may, would, plans to)</TD></TR>`)
	}
	if len(g.Edges) > 0 {
		b.WriteString(`<TR><TD COLSPAN="2" ALIGN="LEFT"><FONT POINT-SIZE="9">thicker line: more sentences; hover a line to read them</FONT></TD></TR>`)
	}
	b.WriteString(`</TABLE>>`)
	return b.String()
}

func roundedAttr(l nodeLook) string {
	if strings.Contains(l.style, "rounded") || l.shape == "ellipse" {
		return ` STYLE="rounded"`
	}
	return ""
}

// relationName is how the legend names a relation look.
func relationName(k string) string {
	switch k {
	case graph.Sanctioned:
		return "sanctioned (imposed)"
	case graph.Sanctioned + "/" + graph.Lifted:
		return "sanctioned (lifted)"
	}
	return k
}

// relationOrder puts the core relations first, in the model's order, then
// the others by name.
func relationOrder(k string) string {
	switch k {
	case graph.MetWith:
		return "0"
	case graph.ClashedWith:
		return "1"
	case graph.Sanctioned:
		return "2"
	case graph.Sanctioned + "/" + graph.Lifted:
		return "3"
	}
	return "9" + k
}
