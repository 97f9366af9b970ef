// Package relate reads typed relations between entities out of sentences,
// with their status (asserted, negated, hypothetical) and, for sanctions,
// their action (imposed, lifted).
//
// The knowledge is data: data/patterns.yaml (embedded) holds the relation
// types, their trigger patterns, the word classes that read lists and
// appositions, and the negation and modality cues; users add files of the
// same format (LoadPatterns, New). Its header documents the format.
//
// Structure decides the pairs, never mere co-occurrence: a verb trigger
// joins its subject (the nearest mention before it in the clause that is
// not a prepositional object, a possessor, a demonym before a title, an
// aside or an apposition) to each member of its coordinated object list; a
// noun trigger with "between" or "involving" joins every pair of its list;
// "X, leader of Y" and "Y leader X" join the person to the actor. Cues in
// the trigger's clause set the status. A sanction whose target is only
// "its" or "the country" goes to the document's topic country (topic.go).
// Each relation's evidence is its sentence.
//
// Beyond the plain clause it reads: passives whose "by" agent follows an
// adjunct ("was received in Lusaka in May by X") and participle patterns
// ("sanctions imposed on Monday by X on Y"); subjects past relative clauses
// and asides; hyphened attributes ("the Nairobi-based X", "the Russia-backed
// group" is not Russia) and pairs ("the US-Iran talks"); a host's guests who
// meet at a named meeting; an attack on an unnamed army ("ambushed an army
// convoy"). References across sentences (refer.go) let a pronoun, "its
// fighters", "the rebels", "the three men" or "both leaders" take part
// when what they stand for is certain enough; otherwise nothing is read.
//
// Guards: a "but" clause that cancels or postpones the event negates it
// ("had been due to meet Y, but the meeting was cancelled"); a clash
// between a country and a group named as its own forces is dropped, and
// "the group" never refers back to a state's forces; "sanctions on its
// leader, X, a Ruritanian national" targets X, neither the topic country
// nor the nationality.
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
