package relate

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// defaultPatterns is the embedded pattern file; its header documents the
// format that user files share.
//
//go:embed data/patterns.yaml
var defaultPatterns []byte

// FormatVersion is the pattern-file format this package reads.
const FormatVersion = 1

// Forms of a pattern: how a trigger's participants are found.
const (
	FormVerb       = "verb"       // SUBJECT trigger OBJECTS
	FormNoun       = "noun"       // trigger LINK LIST ("clashes between A and B")
	FormApposition = "apposition" // PERSON, trigger LIST ("X, leader of Y")
	FormTitle      = "title"      // ACTOR trigger PERSON ("Y leader X")
)

// Word classes and cue lists a pattern file may fill; any other name is an
// error, so that a typo does not silently disable a rule.
var (
	classNames = []string{"separator", "filler", "proxy", "role", "apposition", "preposition", "partitive",
		"passive", "boundary", "subordinator", "speech", "title-word", "people", "nonstate", "adverb", "coref-country", "light", "frame", "copula", "time", "adjunct",
		"aux", "head-noun", "people-plural", "actor-plural", "host", "delegation", "state-force", "leader-title", "org-noun", "speech-weak", "own-force", "trade-noun", "crowd", "ground", "target-noun"}
	cueNames = []string{"negated", "hypothetical", "negated-after", "hypothetical-after", "negated-next", "ignore"}
)

// Error is a pattern-file error at a line (0 when unknown).
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("patterns %s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("patterns %s: %s", e.File, e.Msg)
}

// Patterns is a compiled set of pattern files. It is read-only once built
// and safe for concurrent use.
type Patterns struct {
	classes   map[string]*phraseSet
	cues      map[string]*phraseSet
	relations []*relType
	byType    map[string]*relType
	// triggers by their first word, so a sentence is not matched against
	// every trigger; wild holds those whose first word has a * alternative
	first map[string][]trigRef
	wild  []trigRef
}

type trigRef struct {
	pt *pattern
	ph phrase
}

// index rebuilds the first-word index of the triggers.
func (p *Patterns) index() {
	p.first, p.wild = map[string][]trigRef{}, nil
	for _, rt := range p.relations {
		for _, pt := range rt.patterns {
			for _, ph := range pt.triggers {
				ref := trigRef{pt, ph}
				lit := true
				for _, a := range ph[0].alts {
					lit = lit && !a.prefix && !a.suffix
				}
				if !lit {
					p.wild = append(p.wild, ref)
					continue
				}
				for _, a := range ph[0].alts {
					p.first[a.s] = append(p.first[a.s], ref)
				}
			}
		}
	}
}

type relType struct {
	name      string
	symmetric bool
	targets   map[mention.Type]bool // endpoint types (targets; sources too unless sources is set)
	sources   map[mention.Type]bool
	patterns  []*pattern
}

type pattern struct {
	rel      *relType
	rule     string
	form     string
	action   string
	conf     float64
	links    *phraseSet
	objPreps *phraseSet
	requires *phraseSet            // one of these must follow the trigger in its clause
	passive  bool                  // "sanctions imposed by X on Y": agent after "by"
	state    bool                  // "ambushed an army convoy": the country's army
	inverse  bool                  // "X, under US sanctions": the subject is the target
	titled   bool                  // "called Foreign Minister X": only titled people as objects
	objTypes map[mention.Type]bool // when set, the only entity types an object may have
	subTypes map[mention.Type]bool // when set, the only entity types a subject may have
	triggers []phrase
}

// LoadPatterns compiles the embedded patterns and then each user file in
// order; a user file adds words to the classes and cues and patterns to the
// relation types.
func LoadPatterns(files ...string) (*Patterns, error) {
	p := newPatterns()
	if err := p.Parse("embedded:data/patterns.yaml", defaultPatterns); err != nil {
		return nil, err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("patterns %s: %w", f, err)
		}
		if err := p.Parse(f, data); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func newPatterns() *Patterns {
	p := &Patterns{classes: map[string]*phraseSet{}, cues: map[string]*phraseSet{}, byType: map[string]*relType{}}
	for _, n := range classNames {
		p.classes[n] = &phraseSet{}
	}
	for _, n := range cueNames {
		p.cues[n] = &phraseSet{}
	}
	return p
}

// The file as written. Each struct records its line for error messages.
type fileSpec struct {
	Version   int                 `yaml:"version"`
	Classes   map[string][]string `yaml:"classes"`
	Cues      map[string][]string `yaml:"cues"`
	Relations []relationSpec      `yaml:"relations"`
}

type relationSpec struct {
	Type      string        `yaml:"type"`
	Symmetric *bool         `yaml:"symmetric"`
	Endpoints []string      `yaml:"endpoints"`
	Sources   []string      `yaml:"sources"`
	Patterns  []patternSpec `yaml:"patterns"`
	line      int
}

type patternSpec struct {
	Rule         string   `yaml:"rule"`
	Form         string   `yaml:"form"`
	Action       string   `yaml:"action"`
	Confidence   float64  `yaml:"confidence"`
	Links        []string `yaml:"links"`
	ObjectPreps  []string `yaml:"object-preps"`
	Requires     []string `yaml:"requires"`
	Passive      bool     `yaml:"passive"`
	StateObject  bool     `yaml:"state-object"`
	Inverse      bool     `yaml:"inverse"`
	TitledObj    bool     `yaml:"titled-object"`
	ObjectTypes  []string `yaml:"object-types"`
	SubjectTypes []string `yaml:"subject-types"`
	Triggers     []string `yaml:"triggers"`
	line         int
}

// UnmarshalYAML keeps the line and rejects unknown keys (yaml.v3 does not
// pass KnownFields down to nested decoders).
func (r *relationSpec) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "type", "symmetric", "endpoints", "sources", "patterns"); err != nil {
		return err
	}
	type plain relationSpec
	if err := n.Decode((*plain)(r)); err != nil {
		return err
	}
	r.line = n.Line
	return nil
}

// UnmarshalYAML keeps the line and rejects unknown keys.
func (p *patternSpec) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "rule", "form", "action", "confidence", "links", "object-preps", "requires", "passive", "state-object", "inverse", "titled-object", "object-types", "subject-types", "triggers"); err != nil {
		return err
	}
	type plain patternSpec
	if err := n.Decode((*plain)(p)); err != nil {
		return err
	}
	p.line = n.Line
	return nil
}

// lineError carries a line out of the YAML decoder to Parse.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func checkKeys(n *yaml.Node, allowed ...string) error {
	if n.Kind != yaml.MappingNode {
		return &lineError{n.Line, "expected a mapping"}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) {
			return &lineError{k.Line, fmt.Sprintf("unknown key %q (known: %s)", k.Value, strings.Join(allowed, ", "))}
		}
	}
	return nil
}

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Parse compiles one pattern file into p; name is used in errors. On error p
// may hold part of the file.
func (p *Patterns) Parse(name string, data []byte) error {
	fail := func(line int, format string, args ...any) error {
		return &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file adds nothing
		}
		return fail(0, "%v", err)
	}
	if len(root.Content) == 0 {
		return nil
	}
	top := root.Content[0]
	if err := checkKeys(top, "version", "classes", "cues", "relations"); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return fail(le.line, "%s", le.msg)
		}
		return fail(0, "%v", err)
	}
	var f fileSpec
	if err := top.Decode(&f); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return fail(le.line, "%s", le.msg)
		}
		return fail(0, "%v", err)
	}
	if f.Version != 0 && f.Version != FormatVersion {
		return fail(keyLine(top, "version"), "format version %d, want %d", f.Version, FormatVersion)
	}
	for _, k := range sortedKeys(f.Classes) {
		set, ok := p.classes[k]
		if !ok {
			return fail(keyLine(valueNode(top, "classes"), k), "unknown word class %q", k)
		}
		if err := set.add(f.Classes[k]); err != nil {
			return fail(keyLine(valueNode(top, "classes"), k), "class %s: %v", k, err)
		}
	}
	for _, k := range sortedKeys(f.Cues) {
		set, ok := p.cues[k]
		if !ok {
			return fail(keyLine(valueNode(top, "cues"), k), "unknown cue list %q", k)
		}
		if err := set.add(f.Cues[k]); err != nil {
			return fail(keyLine(valueNode(top, "cues"), k), "cues %s: %v", k, err)
		}
	}
	for _, rs := range f.Relations {
		if !kebab.MatchString(rs.Type) {
			return fail(rs.line, "relation type %q is not kebab-case", rs.Type)
		}
		rt := p.byType[rs.Type]
		if rt == nil {
			rt = &relType{name: rs.Type, targets: types(nil), sources: nil}
			p.byType[rs.Type] = rt
			p.relations = append(p.relations, rt)
		} else if rs.Symmetric != nil && *rs.Symmetric != rt.symmetric {
			return fail(rs.line, "relation %s: symmetric is %v elsewhere", rs.Type, rt.symmetric)
		}
		if rs.Symmetric != nil {
			rt.symmetric = *rs.Symmetric
		}
		if rs.Endpoints != nil {
			t, err := parseTypes(rs.Endpoints)
			if err != nil {
				return fail(rs.line, "relation %s endpoints: %v", rs.Type, err)
			}
			rt.targets = t
		}
		if rs.Sources != nil {
			t, err := parseTypes(rs.Sources)
			if err != nil {
				return fail(rs.line, "relation %s sources: %v", rs.Type, err)
			}
			rt.sources = t
		}
		for _, ps := range rs.Patterns {
			pt, err := compilePattern(rt, ps)
			if err != nil {
				return fail(ps.line, "relation %s: %v", rs.Type, err)
			}
			rt.patterns = append(rt.patterns, pt)
		}
	}
	p.index()
	return nil
}

func compilePattern(rt *relType, ps patternSpec) (*pattern, error) {
	if !kebab.MatchString(ps.Rule) {
		return nil, fmt.Errorf("rule name %q is not kebab-case", ps.Rule)
	}
	switch ps.Form {
	case FormVerb, FormNoun, FormApposition, FormTitle:
	default:
		return nil, fmt.Errorf("rule %s: unknown form %q (verb, noun, apposition, title)", ps.Rule, ps.Form)
	}
	switch ps.Action {
	case "", "imposed", "lifted":
	default:
		return nil, fmt.Errorf("rule %s: unknown action %q (imposed, lifted)", ps.Rule, ps.Action)
	}
	if ps.Confidence < 0 || ps.Confidence > 1 {
		return nil, fmt.Errorf("rule %s: confidence %v not in [0, 1]", ps.Rule, ps.Confidence)
	}
	if ps.Confidence == 0 {
		ps.Confidence = 0.7
	}
	if ps.Form == FormNoun && len(ps.Links) == 0 {
		return nil, fmt.Errorf("rule %s: a noun pattern needs links", ps.Rule)
	}
	if len(ps.Triggers) == 0 {
		return nil, fmt.Errorf("rule %s: no triggers", ps.Rule)
	}
	if ps.TitledObj && ps.Form != FormVerb {
		return nil, fmt.Errorf("rule %s: titled-object needs form verb", ps.Rule)
	}
	if ps.Passive && (ps.Form != FormVerb || len(ps.ObjectPreps) == 0) {
		return nil, fmt.Errorf("rule %s: passive needs form verb and object-preps", ps.Rule)
	}
	pt := &pattern{rel: rt, rule: ps.Rule, form: ps.Form, action: ps.Action, conf: ps.Confidence, passive: ps.Passive, state: ps.StateObject, inverse: ps.Inverse, titled: ps.TitledObj}
	if len(ps.ObjectTypes) > 0 {
		if ps.Form != FormVerb {
			return nil, fmt.Errorf("rule %s: object-types needs form verb", ps.Rule)
		}
		ot, err := parseTypes(ps.ObjectTypes)
		if err != nil {
			return nil, fmt.Errorf("rule %s: object-types: %v", ps.Rule, err)
		}
		pt.objTypes = ot
	}
	if len(ps.SubjectTypes) > 0 {
		if ps.Form != FormVerb {
			return nil, fmt.Errorf("rule %s: subject-types needs form verb", ps.Rule)
		}
		st, err := parseTypes(ps.SubjectTypes)
		if err != nil {
			return nil, fmt.Errorf("rule %s: subject-types: %v", ps.Rule, err)
		}
		pt.subTypes = st
	}
	for _, t := range ps.Triggers {
		ph, err := compilePhrase(t)
		if err != nil {
			return nil, fmt.Errorf("rule %s: trigger %q: %v", ps.Rule, t, err)
		}
		pt.triggers = append(pt.triggers, ph)
	}
	if len(ps.Links) > 0 {
		pt.links = &phraseSet{}
		if err := pt.links.add(ps.Links); err != nil {
			return nil, fmt.Errorf("rule %s: links: %v", ps.Rule, err)
		}
	}
	if len(ps.Requires) > 0 {
		pt.requires = &phraseSet{}
		if err := pt.requires.add(ps.Requires); err != nil {
			return nil, fmt.Errorf("rule %s: requires: %v", ps.Rule, err)
		}
	}
	if len(ps.ObjectPreps) > 0 {
		pt.objPreps = &phraseSet{}
		if err := pt.objPreps.add(ps.ObjectPreps); err != nil {
			return nil, fmt.Errorf("rule %s: object-preps: %v", ps.Rule, err)
		}
	}
	return pt, nil
}

func types(ts []mention.Type) map[mention.Type]bool {
	if ts == nil {
		ts = []mention.Type{mention.Person, mention.Group, mention.Country}
	}
	m := map[mention.Type]bool{}
	for _, t := range ts {
		m[t] = true
	}
	return m
}

func parseTypes(ss []string) (map[mention.Type]bool, error) {
	var ts []mention.Type
	for _, s := range ss {
		t := mention.Type(s)
		switch t {
		case mention.Person, mention.Group, mention.Country, mention.Place:
		default:
			return nil, fmt.Errorf("unknown entity type %q (person, group, country, place)", s)
		}
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		return nil, errors.New("empty type list")
	}
	return types(ts), nil
}

func sortedKeys(m map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func valueNode(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return m
}

func keyLine(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return m.Line
}
