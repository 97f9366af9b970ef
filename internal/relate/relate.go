// Package relate reads typed relations between entities out of sentences,
// with their status (asserted, negated, hypothetical) and, for sanctions,
// their action (imposed, lifted).
package relate

import (
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Relation is one relation read from one sentence. Source and Target index
// the document's entities.
type Relation struct {
	Type           string
	Source, Target int
	Status         string // asserted | negated | hypothetical
	Action         string // sanctioned: imposed | lifted
	Confidence     float64
	Sentence       int
	Start, End     int // the evidence span, usually the sentence
	Rule           string
}

// Input is what the relater sees of one document.
type Input struct {
	Text          string
	Sentences     []segment.Sentence
	Mentions      []mention.Mention
	MentionEntity []int // entity index of each mention, -1 if none
	EntityTypes   []mention.Type
}

// Relater reads the relations of one document.
type Relater interface {
	Relate(in Input) []Relation
}

// None is a placeholder relater that finds nothing.
type None struct{}

// Relate implements Relater.
func (None) Relate(Input) []Relation { return nil }
