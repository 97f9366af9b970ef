package neo4jexport

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Marks of what newsgraph created: a label on nodes, a property on
// relationships (relationships have one type, so no second label).
const (
	MarkerLabel = "Newsgraph"
	SourceValue = "newsgraph"
)

// Fixed labels of the model.
const (
	EntityLabel      = "Entity"
	DocumentLabel    = "Document"
	MentionedInType  = "MENTIONED_IN"
	maxRelTypeLength = 48
)

// nodeLabels is the closed set of entity labels; nothing else becomes a label.
var nodeLabels = map[graph.NodeType]string{
	graph.Person:  "Person",
	graph.Group:   "Group",
	graph.Country: "Country",
	graph.Place:   "Place",
}

// Label returns the Neo4j label of a node type ("person" -> "Person"), or ""
// for a type outside the model; such nodes are loaded as :Entity only.
func Label(t graph.NodeType) string { return nodeLabels[t] }

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$`)

// RelType turns a kebab-case relation type into a Neo4j relationship type
// ("met-with" -> "MET_WITH"). It reports false for anything that is not
// strict kebab-case of at most 48 bytes, or that would collide with the
// model's own MENTIONED_IN: the result is written into Cypher text (types
// cannot be parameters), so it must never carry arbitrary text.
func RelType(t string) (string, bool) {
	if len(t) > maxRelTypeLength || !kebab.MatchString(t) {
		return "", false
	}
	r := strings.ToUpper(strings.ReplaceAll(t, "-", "_"))
	if r == MentionedInType {
		return "", false
	}
	return r, true
}

var attrKey = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)

// reservedProps are node properties of the model that an attribute may not
// overwrite.
var reservedProps = map[string]bool{"id": true, "name": true, "type": true, "aliases": true, "mentions": true, "source": true}

// propKey maps a node attribute name to a property name ("Date of birth" ->
// "date_of_birth"), or "" when it cannot be one safely.
func propKey(attr string) string {
	k := strings.ToLower(strings.TrimSpace(attr))
	k = strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return '_'
		}
		return r
	}, k)
	if !attrKey.MatchString(k) || reservedProps[k] {
		return ""
	}
	return k
}

// The properties of each element, in the order they are written.
var (
	docProps  = []string{"title", "date", "path", "url", "sha256"}
	nodeProps = []string{"name", "type", "aliases", "mentions"} // then the attributes
	relProps  = []string{"confidence", "evidence", "docs", "rules", "evidence_count", "source"}
)

// prop is one property; Val is a string, int, float64, []string or nil
// (nil removes the property when a load updates an existing element).
type prop struct {
	Key string
	Val any
}

// row is one element to write: its key fields, then its properties in a
// fixed order, so that the script and CSV outputs are deterministic.
type row struct {
	Keys  []prop
	Props []prop
}

// group is a batch family: rows that share one query (one label or one
// relationship type).
type group struct {
	Name string // label or relationship type
	Rows []row
}

// plan is the graph in the shape of the Neo4j model, shared by the three
// writers so they cannot drift apart.
type plan struct {
	Docs       []row
	Nodes      []group // by label, in the order of graph.NodeTypes, then unlabelled
	Mentions   []row
	Rels       []group // by relationship type, sorted
	AttrKeys   []string
	Unasserted int // relations left out because they are not asserted
}

func (p *plan) nodeCount() int {
	n := len(p.Docs)
	for _, g := range p.Nodes {
		n += len(g.Rows)
	}
	return n
}

func (p *plan) relCount() int {
	n := len(p.Mentions)
	for _, g := range p.Rels {
		n += len(g.Rows)
	}
	return n
}

func nilIfEmpty[T any](s []T) any {
	if len(s) == 0 {
		return nil
	}
	return s
}

func nilIfBlank(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// newPlan maps g onto the model. It fails on what would load a different
// graph than g says: duplicate ids, edges to unknown nodes, relation types
// that cannot be relationship types.
func newPlan(g *graph.Graph, unasserted bool) (*plan, error) {
	p := &plan{}
	docIndex := make(map[string]int, len(g.Documents))
	for i, d := range g.Documents {
		if d.ID == "" {
			return nil, fmt.Errorf("document %d has no id", i)
		}
		if _, dup := docIndex[d.ID]; dup {
			return nil, fmt.Errorf("document id %q appears twice", d.ID)
		}
		docIndex[d.ID] = i
		p.Docs = append(p.Docs, row{
			Keys: []prop{{"id", d.ID}},
			Props: []prop{{"title", nilIfBlank(d.Title)}, {"date", nilIfBlank(d.Date)}, {"path", nilIfBlank(d.Path)},
				{"url", nilIfBlank(d.URL)}, {"sha256", nilIfBlank(d.SHA256)}},
		})
	}

	attrSet := map[string]bool{}
	for _, n := range g.Nodes {
		for k := range n.Attributes {
			if pk := propKey(k); pk != "" {
				attrSet[pk] = true
			}
		}
	}
	for k := range attrSet {
		p.AttrKeys = append(p.AttrKeys, k)
	}
	slices.Sort(p.AttrKeys)

	byLabel := map[string]*group{}
	var order []string
	for _, t := range graph.NodeTypes {
		order = append(order, Label(t))
	}
	order = append(order, "")
	nodes := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		if n.ID == "" {
			return nil, fmt.Errorf("node %d has no id", i)
		}
		if nodes[n.ID] {
			return nil, fmt.Errorf("node id %q appears twice", n.ID)
		}
		nodes[n.ID] = true
		props := []prop{{"name", n.Name}, {"type", string(n.Type)}, {"aliases", nilIfEmpty(n.Aliases)}, {"mentions", len(n.Mentions)}}
		// Attributes sorted by property name; when two spellings map to
		// one name, the first in sorted attribute order wins.
		attrs := make([]string, 0, len(n.Attributes))
		for k := range n.Attributes {
			attrs = append(attrs, k)
		}
		slices.Sort(attrs)
		seen := map[string]bool{}
		var extra []prop
		for _, k := range attrs {
			pk := propKey(k)
			if pk == "" || seen[pk] {
				continue
			}
			seen[pk] = true
			extra = append(extra, prop{pk, nilIfBlank(n.Attributes[k])})
		}
		slices.SortFunc(extra, func(a, b prop) int { return cmp.Compare(a.Key, b.Key) })
		props = append(props, extra...)
		label := Label(n.Type)
		gr := byLabel[label]
		if gr == nil {
			gr = &group{Name: label}
			byLabel[label] = gr
		}
		gr.Rows = append(gr.Rows, row{Keys: []prop{{"id", n.ID}}, Props: props})

		counts := map[string]int{}
		var docs []string
		for _, m := range n.Mentions {
			if _, ok := docIndex[m.Doc]; !ok {
				continue
			}
			if counts[m.Doc] == 0 {
				docs = append(docs, m.Doc)
			}
			counts[m.Doc]++
		}
		slices.SortFunc(docs, func(a, b string) int { return docIndex[a] - docIndex[b] })
		for _, d := range docs {
			p.Mentions = append(p.Mentions, row{Keys: []prop{{"entity", n.ID}, {"doc", d}}, Props: []prop{{"count", counts[d]}}})
		}
	}
	for _, l := range order {
		if gr := byLabel[l]; gr != nil {
			p.Nodes = append(p.Nodes, *gr)
		}
	}

	rels := map[string]*group{}
	type ident struct{ typ, src, tgt, status, action string }
	seen := make(map[ident]bool, len(g.Edges))
	relTypes := map[string]string{} // RelType of each relation type met, "" if none
	for i, e := range g.Edges {
		if !e.Asserted() && !unasserted {
			p.Unasserted++
			continue
		}
		// A graph has a handful of relation types and many edges: check
		// each type once (the regexp was a tenth of a 100k-edge plan).
		rt, ok := relTypes[e.Type]
		if !ok {
			rt, _ = RelType(e.Type)
			relTypes[e.Type] = rt
		}
		if rt == "" {
			return nil, fmt.Errorf("edge %d: relation type %q is not a kebab-case name that can be a relationship type", i, e.Type)
		}
		if !nodes[e.Source] || !nodes[e.Target] {
			return nil, fmt.Errorf("edge %d (%s %s -> %s): unknown node", i, e.Type, e.Source, e.Target)
		}
		src, tgt := e.Source, e.Target
		if graph.IsSymmetric(e.Type) && tgt < src {
			src, tgt = tgt, src
		}
		id := ident{rt, src, tgt, string(e.Status), e.Action}
		if seen[id] {
			continue
		}
		seen[id] = true
		var sentences, docs, rules []string
		for _, ev := range e.Evidence {
			sentences = append(sentences, ev.Text)
			if !slices.Contains(docs, ev.Doc) {
				docs = append(docs, ev.Doc)
			}
			if ev.Rule != "" && !slices.Contains(rules, ev.Rule) {
				rules = append(rules, ev.Rule)
			}
		}
		count := e.EvidenceCount
		if count < len(e.Evidence) {
			count = len(e.Evidence)
		}
		gr := rels[rt]
		if gr == nil {
			gr = &group{Name: rt}
			rels[rt] = gr
		}
		gr.Rows = append(gr.Rows, row{
			Keys: []prop{{"src", src}, {"tgt", tgt}, {"status", string(e.Status)}, {"action", e.Action}},
			Props: []prop{{"confidence", e.Confidence}, {"evidence", nilIfEmpty(sentences)}, {"docs", nilIfEmpty(docs)},
				{"rules", nilIfEmpty(rules)}, {"evidence_count", count}, {"source", SourceValue}},
		})
	}
	types := make([]string, 0, len(rels))
	for t := range rels {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		p.Rels = append(p.Rels, *rels[t])
	}
	return p, nil
}
