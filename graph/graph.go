package graph

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	dgraph "github.com/dominikbraun/graph"
)

// Graph is the knowledge graph: documents, nodes and typed edges. The typed
// relations of a pair live in Edges; the topology (who is adjacent to whom)
// is held by github.com/dominikbraun/graph, built on demand, for traversal.
type Graph struct {
	Documents []Document `json:"documents"`
	Nodes     []Node     `json:"nodes"`
	Edges     []Edge     `json:"edges"`

	byID  map[string]int
	topo  dgraph.Graph[string, string]
	names map[string][]string
}

// pairEdges is the data kept on a topology edge: the indexes into Graph.Edges
// of every typed relation between the pair.
type pairEdges struct{ idx []int }

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	g.index()
	i, ok := g.byID[id]
	if !ok {
		return Node{}, false
	}
	return g.Nodes[i], true
}

// index (re)builds the lookup tables after the node or edge slices changed.
func (g *Graph) index() {
	if g.byID != nil && len(g.byID) == len(g.Nodes) {
		return
	}
	g.byID = make(map[string]int, len(g.Nodes))
	g.names = make(map[string][]string)
	for i, n := range g.Nodes {
		g.byID[n.ID] = i
		for _, name := range append([]string{n.Name, n.ID}, n.Aliases...) {
			k := lookupKey(name)
			if !slices.Contains(g.names[k], n.ID) {
				g.names[k] = append(g.names[k], n.ID)
			}
		}
	}
	g.topo = nil
}

func lookupKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Lookup finds the ids of the nodes whose id, name or alias is name
// (case-insensitive), in graph order.
func (g *Graph) Lookup(name string) []string {
	g.index()
	ids := slices.Clone(g.names[lookupKey(name)])
	slices.SortFunc(ids, func(a, b string) int { return g.byID[a] - g.byID[b] })
	return ids
}

// Topology returns the undirected adjacency of the graph as a
// dominikbraun/graph value whose edge data indexes Edges. Only edges that
// keep(e) are included; nil keeps all.
func (g *Graph) Topology(keep func(Edge) bool) (dgraph.Graph[string, string], error) {
	g.index()
	t := dgraph.New(dgraph.StringHash)
	for _, n := range g.Nodes {
		if err := t.AddVertex(n.ID); err != nil {
			return nil, fmt.Errorf("topology: add %s: %w", n.ID, err)
		}
	}
	for i, e := range g.Edges {
		if keep != nil && !keep(e) {
			continue
		}
		if e.Source == e.Target {
			continue
		}
		err := t.AddEdge(e.Source, e.Target, dgraph.EdgeData(pairEdges{idx: []int{i}}))
		if errors.Is(err, dgraph.ErrEdgeAlreadyExists) {
			old, _ := t.Edge(e.Source, e.Target)
			pe := old.Properties.Data.(pairEdges)
			pe.idx = append(pe.idx, i)
			err = t.UpdateEdge(e.Source, e.Target, dgraph.EdgeData(pe))
		}
		if err != nil {
			return nil, fmt.Errorf("topology: edge %s-%s: %w", e.Source, e.Target, err)
		}
	}
	return t, nil
}

// Neighbourhood returns the ids of the nodes within depth hops of id (id
// first, then by distance and graph order), following edges that keep(e).
func (g *Graph) Neighbourhood(id string, depth int, keep func(Edge) bool) ([]string, error) {
	t, err := g.Topology(keep)
	if err != nil {
		return nil, err
	}
	if _, ok := g.byID[id]; !ok {
		return nil, fmt.Errorf("neighbourhood: no node %q", id)
	}
	// Level by level over the library's adjacency map: its BFSWithDepth
	// counts visited vertices, not hops, so it cannot bound the depth.
	adj, err := t.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("neighbourhood of %s: %w", id, err)
	}
	dist := map[string]int{id: 0}
	frontier := []string{id}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, v := range frontier {
			for w := range adj[v] {
				if _, seen := dist[w]; !seen {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	ids := make([]string, 0, len(dist))
	for v := range dist {
		ids = append(ids, v)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if dist[a] != dist[b] {
			return dist[a] - dist[b]
		}
		return g.byID[a] - g.byID[b]
	})
	return ids, nil
}

// Subgraph returns a new graph with only the given nodes, the edges among
// them that keep(e), and the documents those cite.
func (g *Graph) Subgraph(ids []string, keep func(Edge) bool) *Graph {
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	sub := &Graph{}
	for _, n := range g.Nodes {
		if in[n.ID] {
			sub.Nodes = append(sub.Nodes, n)
		}
	}
	docs := map[string]bool{}
	for _, e := range g.Edges {
		if in[e.Source] && in[e.Target] && (keep == nil || keep(e)) {
			sub.Edges = append(sub.Edges, e)
			for _, ev := range e.Evidence {
				docs[ev.Doc] = true
			}
		}
	}
	for _, n := range sub.Nodes {
		for _, m := range n.Mentions {
			docs[m.Doc] = true
		}
	}
	for _, d := range g.Documents {
		if docs[d.ID] {
			sub.Documents = append(sub.Documents, d)
		}
	}
	return sub
}
