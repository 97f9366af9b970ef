package graphviz

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Limits that keep tooltips and labels readable; the full text stays in
// graph.json.
const (
	maxSentence = 400 // runes of one evidence sentence in a tooltip
	maxAliases  = 8   // aliases listed in a node tooltip
	wrapAt      = 22  // runes per line of a node label
)

// legendID is the DOT name of the legend node; its SVG group has the class
// "legend" besides "node", which tells it from the entities.
const legendID = "legend"

// WriteDOT writes the part of g that o selects (see Select) as a DOT graph
// with the newsgraph look, and returns what it drew. Output is
// deterministic: nodes sorted by id, edges by type, source, target and
// status, every string escaped by Quote.
func WriteDOT(w io.Writer, g *graph.Graph, o Options) (Summary, error) {
	sub, sum, err := Select(g, o)
	if err != nil {
		return sum, err
	}
	bw := bufio.NewWriter(w)
	writeDOT(bw, sub, sum, o)
	if err := bw.Flush(); err != nil {
		return sum, fmt.Errorf("write dot: %w", err)
	}
	return sum, nil
}

func writeDOT(w *bufio.Writer, g *graph.Graph, sum Summary, o Options) {
	nodes := slices.Clone(g.Nodes)
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	edges := slices.Clone(g.Edges)
	slices.SortStableFunc(edges, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Source, b.Source),
			cmp.Compare(a.Target, b.Target), cmp.Compare(a.Status, b.Status), cmp.Compare(a.Action, b.Action))
	})
	names := make(map[string]string, len(nodes))
	for _, n := range nodes {
		names[n.ID] = cmp.Or(n.Name, n.ID)
	}

	w.WriteString("digraph newsgraph {\n")
	caption := sum.String()
	if o.Title != "" {
		caption = o.Title + "\n" + caption
	}
	attrs(w, "graph", []kv{
		{"layout", string(sum.Layout)},
		{"label", caption},
		{"labelloc", "b"},
		{"labeljust", "l"},
		{"fontname", fontname},
		{"fontsize", "10"},
		{"fontcolor", "#555555"},
		{"bgcolor", "white"},
		{"pad", "0.3"},
		{"tooltip", "newsgraph"},
		// Edges under nodes, so a line never hides a name.
		{"outputorder", "edgesfirst"},
	}, layoutAttrs(sum.Layout, sum.Nodes, sum.Edges))
	attrs(w, "node", []kv{{"fontname", fontname}, {"fontsize", "12"}, {"margin", "0.1,0.04"}, {"penwidth", "1.2"}})
	attrs(w, "edge", []kv{{"fontname", fontname}, {"fontsize", "10"}, {"arrowsize", "0.8"}})

	looks := edgeLooksOf(g)
	if !o.NoLegend {
		fmt.Fprintf(w, "  %s [shape=plaintext, margin=0, class=%s, tooltip=%s, label=%s];\n",
			Quote(legendID), Quote("legend"), QuoteTooltip("legend"), legend(g, looks))
	}
	for _, n := range nodes {
		l := lookOfNode(n.Type)
		fmt.Fprintf(w, "  %s", Quote(n.ID))
		attrs(w, "", []kv{
			{"label", wrap(cmp.Or(n.Name, n.ID))},
			{"shape", l.shape},
			{"style", l.style},
			{"fillcolor", l.fill},
			{"color", l.line},
			{"class", string(n.Type)},
			{"tooltip", nodeTooltip(n)},
		})
	}
	for _, e := range edges {
		l := looks[relationKey(e)]
		fmt.Fprintf(w, "  %s -> %s", Quote(e.Source), Quote(e.Target))
		a := []kv{
			{"color", l.color},
			{"penwidth", strconv.FormatFloat(penwidth(e), 'f', 2, 64)},
			{"style", styleOfStatus(e.Status)},
			{"class", strings.Join(slices.DeleteFunc([]string{e.Type, e.Action, string(e.Status)}, func(s string) bool { return s == "" }), " ")},
			{"tooltip", edgeTooltip(e, names)},
		}
		if l.symmetric {
			a = append(a, kv{"dir", "none"})
		} else {
			a = append(a, kv{"arrowhead", l.arrowhead})
		}
		attrs(w, "", a)
	}
	w.WriteString("}\n")
}

type kv struct{ k, v string }

// attrs writes "  stmt [k=v, ...];" with every value quoted.
func attrs(w *bufio.Writer, stmt string, lists ...[]kv) {
	if stmt != "" {
		w.WriteString("  " + stmt)
	}
	w.WriteString(" [")
	sep := ""
	for _, list := range lists {
		for _, a := range list {
			q := Quote
			if strings.HasSuffix(a.k, "tooltip") {
				q = QuoteTooltip
			}
			w.WriteString(sep + a.k + "=" + q(a.v))
			sep = ", "
		}
	}
	w.WriteString("];\n")
}

// layoutAttrs tunes each engine for quality on small drawings and for time
// on large ones, where the WebAssembly Graphviz spends its time in three
// places (measured at 200 nodes, 400 edges): curved edge routing (splines,
// 5-30 s), dot's network simplex (nslimit, ~10 s) and overlap removal by
// prism (over two minutes at 1,000 nodes; scaling takes half a second).
func layoutAttrs(l Layout, nodes, edges int) []kv {
	small := nodes <= 50 && edges <= 80
	overlap := "prism"
	if nodes > 200 {
		overlap = "scale"
	}
	var a []kv
	switch l {
	case Dot:
		// Left to right suits wide, shallow relation graphs; news graphs
		// fall apart in many small components, which packing tiles into a
		// near-square picture rather than one tall column.
		a = []kv{{"rankdir", "LR"}, {"nodesep", "0.12"}, {"ranksep", "0.6"}, {"pack", "true"}, {"packmode", "graph"}}
		if !small {
			a = append(a, kv{"nslimit", "2"}, kv{"nslimit1", "2"}, kv{"mclimit", "0.3"})
		}
		if edges > 150 {
			a = append(a, kv{"splines", "line"})
		}
		return a
	case SFDP:
		a = []kv{{"overlap", overlap}, {"K", "1.2"}, {"repulsiveforce", "1.5"}}
	case Neato, FDP:
		a = []kv{{"overlap", overlap}, {"sep", "+8"}}
	case Twopi, Circo:
		a = []kv{{"overlap", overlap}}
	}
	if small {
		a = append(a, kv{"splines", "true"})
	}
	return a
}

// wrap breaks a long name at spaces into lines of about wrapAt runes.
func wrap(s string) string {
	if utf8.RuneCountInString(s) <= wrapAt {
		return s
	}
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > wrapAt {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return strings.Join(append(lines, line), "\n")
}

func nodeTooltip(n graph.Node) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)", cmp.Or(n.Name, n.ID), n.Type)
	if len(n.Aliases) > 0 {
		al := n.Aliases
		more := ""
		if len(al) > maxAliases {
			al, more = al[:maxAliases], fmt.Sprintf(" and %d more", len(n.Aliases)-maxAliases)
		}
		fmt.Fprintf(&b, "\nalso: %s%s", strings.Join(al, "; "), more)
	}
	keys := make([]string, 0, len(n.Attributes))
	for k := range n.Attributes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "\n%s: %s", k, n.Attributes[k])
	}
	if len(n.Mentions) > 0 {
		docs := map[string]bool{}
		for _, m := range n.Mentions {
			docs[m.Doc] = true
		}
		fmt.Fprintf(&b, "\nmentioned %d time%s in %d article%s", len(n.Mentions), plural(len(n.Mentions)), len(docs), plural(len(docs)))
	}
	fmt.Fprintf(&b, "\nid: %s", n.ID)
	return b.String()
}

// edgeTooltip says who, what and why: the relation, then each evidence
// sentence with its article, so hovering a line shows why it is there.
func edgeTooltip(e graph.Edge, names map[string]string) string {
	var b strings.Builder
	rel := e.Type
	if e.Action != "" {
		rel += " (" + e.Action + ")"
	}
	fmt.Fprintf(&b, "%s %s %s", cmp.Or(names[e.Source], e.Source), rel, cmp.Or(names[e.Target], e.Target))
	n := evidenceCount(e)
	fmt.Fprintf(&b, "\n%s, %d sentence%s, confidence %.2f", e.Status, n, plural(n), e.Confidence)
	for _, ev := range e.Evidence {
		text := strings.Join(strings.Fields(ev.Text), " ")
		if utf8.RuneCountInString(text) > maxSentence {
			r := []rune(text)
			text = string(r[:maxSentence]) + "…"
		}
		fmt.Fprintf(&b, "\n\n“%s” [%s]", text, ev.Doc)
	}
	if more := n - len(e.Evidence); more > 0 && len(e.Evidence) > 0 {
		fmt.Fprintf(&b, "\n\n(and %d more in graph.json)", more)
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
