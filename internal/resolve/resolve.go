// Package resolve turns mentions into entities: first within one document,
// then across documents, so that every real entity is one node.
//
// Within a document (Rules) mentions are joined by gazetteer key, by
// transliteration key (Muhammad Hamdan Daglo = Mohamed Hamdan Dagalo), by
// surname (Dagalo -> the person whose name ends so, the most recent one when two
// share it), by acronym (defined in parentheses, or the initials of a
// multiword name) and by the gazetteer's spellings (Kiev -> Kyiv).
// Across documents (Index) entities are joined by the same keys through
// blocking indexes, so that each document costs a few map look-ups however
// many came before. Types are voted: each mention weighs by the evidence
// that typed it (a table, a title, a cue word, a bare capital).
package resolve

import (
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Entity is one entity of a document, or a global entity after the merge.
type Entity struct {
	Key     string // canonical identity if known ("country:sudan"), else "~" and the name's transliteration key
	Type    mention.Type
	Name    string
	Aliases []string
	Attrs   map[string]string

	// Votes weighs the evidence for each type (see SourceWeight).
	Votes map[mention.Type]int
	// Forms counts the written names that may serve as the entity's name.
	Forms map[string]int
	// Acronyms are the acronyms defined for the entity or read as its
	// initials.
	Acronyms []string
	// Bare are a group's names without the country that opens them
	// ("Treasury Department", "Treasury" for "U.S. Treasury Department"),
	// for the bare names other documents write.
	Bare []string
	// Explain holds the document's merge log ("merge: <rule>: a = b"); the
	// merger writes it out in document order.
	Explain []string
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

// SourceWeight is how much a mention's source says about its type.
func SourceWeight(src string) int {
	switch src {
	case mention.SrcGazetteer:
		return 10
	case mention.SrcTitle, mention.SrcAcronymDef, mention.SrcGovernment, mention.SrcArmy, mention.SrcLoyalists, mention.SrcMetonymy:
		return 8
	case mention.SrcOrgHead, mention.SrcPlaceHead, mention.SrcDemonymOrg:
		return 6
	case mention.SrcCue, mention.SrcPlaceCue:
		return 5
	case mention.SrcContext, mention.SrcAcronym:
		return 2
	case mention.SrcName, mention.SrcSubject:
		return 1
	case mention.SrcSingle, "":
		return 0
	}
	return 3 // other finders (the tagger)
}

// typeOrder breaks ties between equal votes.
var typeOrder = []mention.Type{mention.Country, mention.Person, mention.Group, mention.Place}

// votedType returns the type with the most weight, "" when none has any.
func votedType(v map[mention.Type]int) mention.Type {
	var best mention.Type
	for _, t := range typeOrder {
		if v[t] > 0 && (best == "" || v[t] > v[best]) {
			best = t
		}
	}
	return best
}

// strongType returns the type that has strong evidence (a table, a title,
// a definition, an organisation's head word), "" when none has.
func strongType(v map[mention.Type]int) mention.Type {
	t := votedType(v)
	if v[t] >= 5 {
		return t
	}
	return ""
}
