// Package resolve turns mentions into entities: first within one document,
// then across documents, so that every real entity is one node.
package resolve

import (
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Entity is one entity of a document.
type Entity struct {
	Key     string // canonical identity if known, else derived from the name
	Type    mention.Type
	Name    string
	Aliases []string
	Attrs   map[string]string
}

// DocEntities is the outcome of resolving one document: its entities and,
// for each mention, the index of its entity (or -1 when dropped).
type DocEntities struct {
	Entities      []Entity
	MentionEntity []int
}

// Resolver resolves the mentions of one document.
type Resolver interface {
	Resolve(text string, sents []segment.Sentence, mentions []mention.Mention) DocEntities
}
