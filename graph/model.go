// Package graph is newsgraph's public library: the knowledge-graph model
// (documents, nodes, edges and their evidence), the one-call builder Build,
// JSON encoding exactly as the graph.json contract, and simple queries.
//
// The pipeline stages live under internal/ with their own small types; Build
// converts their output into this model. Keeping the builder here (rather
// than in a package above the stages) means the stages never import graph,
// so there is no cycle between the model and the code that produces it.
package graph

// NodeType is the kind of entity a node stands for.
type NodeType string

// The four entity types.
const (
	Person  NodeType = "person"
	Group   NodeType = "group"
	Country NodeType = "country"
	Place   NodeType = "place"
)

// NodeTypes lists every node type in a fixed order.
var NodeTypes = []NodeType{Person, Group, Country, Place}

// Status says whether the text asserts a relation, denies it or only supposes it.
type Status string

// Relation statuses.
const (
	Asserted     Status = "asserted"
	Negated      Status = "negated"
	Hypothetical Status = "hypothetical"
)

// Relation types of the core set; the relate stage's data may define more.
const (
	MetWith     = "met-with"
	ClashedWith = "clashed-with"
	Sanctioned  = "sanctioned"
)

// Sanction actions.
const (
	Imposed = "imposed"
	Lifted  = "lifted"
)

// Document is one article as loaded. Text is what offsets point into; it is
// not written to graph.json.
type Document struct {
	ID     string `json:"id"`
	Path   string `json:"path,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	URL    string `json:"url,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
	Text   string `json:"-"`
	// Warnings from the loader ("FILE: invalid UTF-8 ... replaced"): the
	// document was read, but not exactly as the source stood.
	Warnings []string `json:"-"`
}

// Mention is one place in a document where an entity is named: a half-open
// byte range [Start, End) into Document.Text.
type Mention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Node is one real-world entity, whatever it was called in the articles.
type Node struct {
	ID         string            `json:"id"`
	Type       NodeType          `json:"type"`
	Name       string            `json:"name"`
	Aliases    []string          `json:"aliases"`
	Attributes map[string]string `json:"attributes,omitempty"`
	Mentions   []Mention         `json:"mentions"`
}

// Evidence is the sentence that supports an edge and the rule that read it.
type Evidence struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Rule  string `json:"rule"`
}

// Edge is one typed relation between two nodes. Symmetric types (met-with,
// clashed-with) are stored once with Source < Target; sanctioned runs from
// sanctioner to target. Evidence is bounded (see WithMaxEvidence);
// EvidenceCount keeps the full count.
type Edge struct {
	Type          string     `json:"type"`
	Source        string     `json:"source"`
	Target        string     `json:"target"`
	Status        Status     `json:"status"`
	Action        string     `json:"action"`
	Confidence    float64    `json:"confidence"`
	EvidenceCount int        `json:"evidence_count"`
	Evidence      []Evidence `json:"evidence"`
}

// Asserted reports whether the edge is stated as a fact.
func (e Edge) Asserted() bool { return e.Status == Asserted }
