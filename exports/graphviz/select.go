package graphviz

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Layout names a Graphviz layout engine.
type Layout string

// The layout engines offered. The empty Layout lets ChooseLayout pick one
// by the size of the drawing.
const (
	Dot   Layout = "dot"
	Neato Layout = "neato"
	FDP   Layout = "fdp"
	SFDP  Layout = "sfdp"
	Circo Layout = "circo"
	Twopi Layout = "twopi"
)

// Layouts lists the layout engines in the order the CLI shows them.
var Layouts = []Layout{Dot, Neato, FDP, SFDP, Circo, Twopi}

// DefaultMaxNodes caps the drawing when Options.MaxNodes is 0: past a few
// hundred nodes a picture is unreadable and sfdp's time grows.
const DefaultMaxNodes = 300

// Options choose what is drawn and how. The zero value draws every asserted
// relation of every type, at most DefaultMaxNodes nodes, with a layout
// chosen by size.
type Options struct {
	// Layout is the engine; "" picks one by size (see ChooseLayout).
	Layout Layout
	// Focus names entities (any name, alias or id; see graph.Graph.Lookup)
	// to draw with their neighbours up to Depth hops; empty draws all.
	Focus []string
	// Depth is the number of hops around Focus; 0 or less means 1.
	Depth int
	// Types keeps only these relation types; empty keeps all.
	Types []string
	// MinEvidence drops edges with fewer evidence sentences.
	MinEvidence int
	// MaxNodes keeps the top nodes by degree, then evidence, then id; 0
	// means DefaultMaxNodes and a negative value no cap. Focus entities are
	// always kept.
	MaxNodes int
	// IncludeUnasserted also draws negated (dashed) and hypothetical
	// (dotted) relations; by default only asserted ones are drawn.
	IncludeUnasserted bool
	// Isolated keeps nodes that have no drawn edge; by default they are left
	// out, as a picture of relations has nothing to say about them.
	Isolated bool
	// Title is written above the summary line at the foot of the picture.
	Title string
	// NoLegend leaves the legend node out.
	NoLegend bool
}

// Summary says what a drawing holds compared with the whole graph.
type Summary struct {
	Nodes, Edges           int    // drawn, legend excluded
	TotalNodes, TotalEdges int    // in the graph given
	Candidates             int    // nodes that passed the filters, before the MaxNodes cap
	Capped                 bool   // MaxNodes left nodes out
	MaxNodes               int    // the cap in force (0: none)
	Layout                 Layout // the engine used or to use
	Focus                  []string
}

// String is a one-line account of the drawing, fit for a log or a caption.
func (s Summary) String() string {
	msg := fmt.Sprintf("%d of %d nodes, %d of %d edges, layout %s", s.Nodes, s.TotalNodes, s.Edges, s.TotalEdges, s.Layout)
	if s.Capped {
		msg += fmt.Sprintf(", capped to the top %d of %d nodes by degree", s.MaxNodes, s.Candidates)
	}
	return msg
}

// ChooseLayout picks an engine by size: dot's layered layout up to 200
// nodes and 400 edges (about a second), sfdp's multilevel force layout
// beyond, where dot's time grows too fast.
func ChooseLayout(nodes, edges int) Layout {
	if nodes <= 200 && edges <= 400 {
		return Dot
	}
	return SFDP
}

func (o Options) validate() error {
	if o.Layout != "" && !slices.Contains(Layouts, o.Layout) {
		return fmt.Errorf("unknown layout %q (want one of %v)", o.Layout, Layouts)
	}
	if o.MinEvidence < 0 {
		return fmt.Errorf("negative minimum evidence %d", o.MinEvidence)
	}
	return nil
}

// keep reports whether an edge passes the relation filters of o.
func (o Options) keep() func(graph.Edge) bool {
	types := map[string]bool{}
	for _, t := range o.Types {
		types[t] = true
	}
	return func(e graph.Edge) bool {
		return (o.IncludeUnasserted || e.Asserted()) &&
			(len(types) == 0 || types[e.Type]) &&
			evidenceCount(e) >= o.MinEvidence
	}
}

// Select returns the part of g that o draws, with nodes and edges in g's
// order, and a summary. It fails on an unknown layout or a Focus name that
// names no entity. g is not modified beyond its lookup index.
func Select(g *graph.Graph, o Options) (*graph.Graph, Summary, error) {
	sum := Summary{TotalNodes: len(g.Nodes), TotalEdges: len(g.Edges), Focus: o.Focus}
	if err := o.validate(); err != nil {
		return nil, sum, err
	}
	keep := o.keep()

	// Candidates: every node, or the neighbourhoods of the focus entities.
	roots := map[string]bool{}
	var cand []string
	if len(o.Focus) == 0 {
		for _, n := range g.Nodes {
			cand = append(cand, n.ID)
		}
	} else {
		depth := max(o.Depth, 1)
		seen := map[string]bool{}
		for _, name := range o.Focus {
			ids := g.Lookup(name)
			if len(ids) == 0 {
				return nil, sum, fmt.Errorf("focus: no entity named %q (use a name, alias or id from graph.json)", name)
			}
			for _, id := range ids {
				roots[id] = true
				near, err := g.Neighbourhood(id, depth, keep)
				if err != nil {
					return nil, sum, fmt.Errorf("focus %q: %w", name, err)
				}
				for _, v := range near {
					if !seen[v] {
						seen[v] = true
						cand = append(cand, v)
					}
				}
			}
		}
	}
	if !o.Isolated {
		cand = connected(g, cand, keep, roots)
	}
	sum.Candidates = len(cand)

	limit := o.MaxNodes
	if limit == 0 {
		limit = DefaultMaxNodes
	}
	if limit > 0 && len(cand) > limit {
		cand = top(g, cand, keep, roots, limit)
		sum.Capped, sum.MaxNodes = true, limit
		if !o.Isolated {
			cand = connected(g, cand, keep, roots)
		}
	}
	sub := g.Subgraph(cand, keep)
	sum.Nodes, sum.Edges = len(sub.Nodes), len(sub.Edges)
	sum.Layout = o.Layout
	if sum.Layout == "" {
		sum.Layout = ChooseLayout(sum.Nodes, sum.Edges)
	}
	return sub, sum, nil
}

// degrees counts, for the nodes in set, the kept edges among them and the
// evidence those carry.
func degrees(g *graph.Graph, set map[string]bool, keep func(graph.Edge) bool) (deg, ev map[string]int) {
	deg, ev = map[string]int{}, map[string]int{}
	for _, e := range g.Edges {
		if !set[e.Source] || !set[e.Target] || !keep(e) {
			continue
		}
		for _, id := range []string{e.Source, e.Target} {
			deg[id]++
			ev[id] += evidenceCount(e)
		}
	}
	return deg, ev
}

func asSet(ids []string) map[string]bool {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// connected drops the ids without a kept edge inside ids, except roots.
func connected(g *graph.Graph, ids []string, keep func(graph.Edge) bool, roots map[string]bool) []string {
	deg, _ := degrees(g, asSet(ids), keep)
	return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return deg[id] == 0 && !roots[id] })
}

// top keeps the roots and the best of the others by degree, then evidence,
// then id (so ties break the same way every run), up to limit nodes.
func top(g *graph.Graph, ids []string, keep func(graph.Edge) bool, roots map[string]bool, limit int) []string {
	deg, ev := degrees(g, asSet(ids), keep)
	ranked := slices.Clone(ids)
	slices.SortFunc(ranked, func(a, b string) int {
		if roots[a] != roots[b] {
			if roots[a] {
				return -1
			}
			return 1
		}
		return cmp.Or(deg[b]-deg[a], ev[b]-ev[a], cmp.Compare(a, b))
	})
	return ranked[:max(limit, len(roots))]
}
