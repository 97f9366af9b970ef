package tagger

import "fmt"

// Tag is a BIO tag over the four entity types. The zero value is O.
type Tag uint8

// The tag set. Its order is part of the model format: weights are stored
// per tag in this order, so a change here needs a new format version.
const (
	O Tag = iota
	BPer
	IPer
	BGrp
	IGrp
	BCtry
	ICtry
	BPlace
	IPlace
	numTags
)

// NumTags is the size of the tag set.
const NumTags = int(numTags)

// Entity types as they appear in CoNLL files.
const (
	PER   = "PER"
	GRP   = "GRP"
	CTRY  = "CTRY"
	PLACE = "PLACE"
)

// Types lists the entity types in report order.
var Types = []string{PER, GRP, CTRY, PLACE}

var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-GRP", "I-GRP", "B-CTRY", "I-CTRY", "B-PLACE", "I-PLACE"}

// String returns the CoNLL spelling ("B-PER").
func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return fmt.Sprintf("Tag(%d)", uint8(t))
}

// ParseTag reads a CoNLL tag.
func ParseTag(s string) (Tag, error) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), nil
		}
	}
	return O, fmt.Errorf("unknown tag %q", s)
}

// Begin reports whether t opens a span.
func (t Tag) Begin() bool { return t != O && t%2 == 1 }

// Inside reports whether t continues a span.
func (t Tag) Inside() bool { return t != O && t%2 == 0 }

// Type returns the entity type of t, "" for O.
func (t Tag) Type() string {
	switch t {
	case BPer, IPer:
		return PER
	case BGrp, IGrp:
		return GRP
	case BCtry, ICtry:
		return CTRY
	case BPlace, IPlace:
		return PLACE
	}
	return ""
}

// Span is a typed run of words [Start, End) in word indices.
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes BIO tags into spans the way conlleval does: a span starts at
// a B- tag, or at an I- tag whose type differs from the previous tag's (an
// I- after O starts a span too, so that no tagged word is lost), and runs
// while I- tags of its type follow.
func Spans(tags []Tag) []Span {
	var out []Span
	start, typ := -1, ""
	for i, t := range tags {
		ty := t.Type()
		if start >= 0 && (t == O || t.Begin() || ty != typ) {
			out = append(out, Span{start, i, typ})
			start = -1
		}
		if t != O && start < 0 {
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(tags), typ})
	}
	return out
}
