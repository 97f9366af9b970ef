// Package eval scores a system graph against a hand-made gold graph. It is a
// faithful port of ../shared/eval/score.py (same name normalisation, same
// matching, same numbers, same summary line), so that `newsgraph eval` and
// the quality tests report exactly what the shared scorer reports.
//
// # Gold schema (YAML or JSON)
//
//	documents: {"01": 01_article.txt}        # informational
//	entities:
//	  - id: abdel-fattah-al-burhan           # unique, referenced by relations
//	    type: person                         # person | group | country | place
//	    name: Abdel Fattah al-Burhan
//	    aliases: [Burhan, Abdul Fattah Burhan]
//	    optional: false                      # true: never counted for or against recall
//	relations:                               # asserted facts the system should find
//	  - type: met-with                       # met-with | clashed-with | sanctioned
//	    a: ramtane-lamamra                   # sanctioned: sanctioner
//	    b: abdel-fattah-al-burhan            # sanctioned: target
//	    alt_a: [united-nations]              # other ids accepted for a (and alt_b for b)
//	    action: imposed                      # sanctioned only: imposed | lifted
//	    optional: false
//	    doc: "03"
//	    evidence: "UN envoy Ramtane Lamamra met Burhan in Port Sudan"
//	forbidden:                               # negated or hypothetical: asserting them is an error
//	  - {type: met-with, a: x, b: y, action: "", doc: "03", why: "has not met"}
//
// A system node matches a gold entity when its normalised name (or, failing
// that, one of its aliases) equals a normalised name or alias of the entity;
// among candidates the one of the node's type wins. Two nodes on one gold
// entity are a split. Asserted edges of the three core types are matched by
// their mapped endpoints (either order for the symmetric types) and, for
// sanctions with a gold action, by action.
package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Gold is a hand-made gold graph.
type Gold struct {
	Documents any        `json:"documents,omitempty" yaml:"documents,omitempty"`
	Entities  []Entity   `json:"entities" yaml:"entities"`
	Relations []Relation `json:"relations" yaml:"relations"`
	Forbidden []Relation `json:"forbidden,omitempty" yaml:"forbidden,omitempty"`
}

// Entity is one gold entity.
type Entity struct {
	ID       string   `json:"id" yaml:"id"`
	Type     string   `json:"type" yaml:"type"`
	Name     string   `json:"name" yaml:"name"`
	Aliases  []string `json:"aliases" yaml:"aliases"`
	Optional bool     `json:"optional,omitempty" yaml:"optional,omitempty"`
}

// Relation is one gold relation, or one forbidden relation (then Why says
// which words negate or suppose it).
type Relation struct {
	Type     string   `json:"type" yaml:"type"`
	A        string   `json:"a" yaml:"a"`
	B        string   `json:"b" yaml:"b"`
	AltA     []string `json:"alt_a,omitempty" yaml:"alt_a,omitempty"`
	AltB     []string `json:"alt_b,omitempty" yaml:"alt_b,omitempty"`
	Action   string   `json:"action,omitempty" yaml:"action,omitempty"`
	Optional bool     `json:"optional,omitempty" yaml:"optional,omitempty"`
	Doc      string   `json:"doc,omitempty" yaml:"doc,omitempty"`
	Evidence string   `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	Why      string   `json:"why,omitempty" yaml:"why,omitempty"`
}

// ReadGold reads a gold file: YAML when the name ends in .yaml or .yml (as
// score.py decides), JSON otherwise.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	yamlFile := strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")
	g, err := ParseGold(data, yamlFile)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// ParseGold decodes a gold graph from YAML (isYAML) or JSON and checks that
// every relation names known entities and a core type, since a typo there
// would silently lower the scores instead of failing.
func ParseGold(data []byte, isYAML bool) (*Gold, error) {
	var g Gold
	if isYAML {
		if err := yaml.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("decode gold: %w", err)
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("decode gold: %w", err)
		}
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

// Validate reports a gold without entities, the first entity without id or
// type, required relation of a type other than the core ones, or relation
// naming an unknown entity.
func (g *Gold) Validate() error {
	if len(g.Entities) == 0 {
		// Most likely not a gold file at all (a graph.json has "nodes").
		return fmt.Errorf("gold has no entities")
	}
	ids := map[string]bool{}
	for i, e := range g.Entities {
		if e.ID == "" || e.Type == "" {
			return fmt.Errorf("gold entity %d (%q): id and type are required", i, e.Name)
		}
		ids[e.ID] = true
	}
	check := func(kind string, i int, r Relation) error {
		// score.py fails on a required relation of another type and never
		// matches an optional or forbidden one; an error says so earlier.
		if !isCore(r.Type) && kind == "relation" && !r.Optional {
			return fmt.Errorf("gold %s %d: type %q is not one of %s", kind, i, r.Type, strings.Join(Core[:], ", "))
		}
		for _, id := range append(append([]string{r.A, r.B}, r.AltA...), r.AltB...) {
			if !ids[id] {
				return fmt.Errorf("gold %s %d (%s %s %s): unknown entity %q", kind, i, r.Type, r.A, r.B, id)
			}
		}
		return nil
	}
	for i, r := range g.Relations {
		if err := check("relation", i, r); err != nil {
			return err
		}
	}
	for i, r := range g.Forbidden {
		if err := check("forbidden relation", i, r); err != nil {
			return err
		}
	}
	return nil
}
