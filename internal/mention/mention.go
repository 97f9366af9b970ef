// Package mention finds typed spans (person, group, country, place) in
// segmented text, from gazetteers, rules and a learned tagger.
package mention

import (
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Type is an entity type.
type Type string

// Entity types.
const (
	Person  Type = "person"
	Group   Type = "group"
	Country Type = "country"
	Place   Type = "place"
)

// Mention is a typed span text[Start:End] in sentence Sentence.
type Mention struct {
	Start, End int
	Text       string
	Type       Type
	Sentence   int
	// Key is a canonical identity when a table knows the entity
	// ("country:syria"), empty otherwise.
	Key string
	// Canonical is the preferred name when a table knows it.
	Canonical string
	// Source names what found the span: "gazetteer", "rule:<name>", "tagger".
	Source string
	// Attrs holds what the context says of it, e.g. "title".
	Attrs map[string]string
}

// Finder finds mentions in a segmented document.
type Finder interface {
	Find(text string, sents []segment.Sentence) []Mention
}
