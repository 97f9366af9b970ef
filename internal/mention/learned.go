package mention

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// Tagger tags the words of one sentence with BIO tags; *tagger.Model is one.
type Tagger interface {
	Tag(words []string) []tagger.Tag
}

// Learned adds a learned tagger's spans to those of a base finder
// (gazetteers and rules). The base is precise on the names it knows and the
// patterns it has rules for; the tagger generalises to names no table
// holds, but it is trained on noisy data and types names less reliably. So
// the policy is: every base mention is kept with its span, and a tagger
// span is added only when
//
//   - it lies in a prose sentence (headlines, bylines and page furniture are
//     Title Case noise to a tagger),
//   - it overlaps no base mention (the base wins wherever both spoke),
//     except that when it covers exactly the words of a name the rules
//     found but could only guess the type of (a lone capitalised word, a
//     capitalised run taken for a person), it gives that name its type,
//   - once trimmed of punctuation and a possessive, it starts and ends with
//     a capitalised word (so it is a name, not a tagging slip on "the
//     regime"), and
//   - it is not a single common word (Government, Loading, Scroll): the
//     gazetteer's stop list names them, unless the gazetteer knows the word
//     as a name; nor a demonym (Syrian), which the rules map to its country.
//
// Its type is the gazetteer's when the gazetteer knows the whole span (then
// Key and Canonical come with it), else the tagger's, except that the
// tagger's "country" for a name no country table holds becomes a place.
// Learned is safe for concurrent use if its parts are.
type Learned struct {
	Base   Finder
	Tagger Tagger
	Gaz    *gazetteer.Gazetteer // for types and the stop list; nil for none
}

// NewLearned combines base with the tagger m, typing names with g.
func NewLearned(base Finder, m Tagger, g *gazetteer.Gazetteer) *Learned {
	return &Learned{Base: base, Tagger: m, Gaz: g}
}

// SourceTagger is the Source of the mentions the tagger adds or types.
const SourceTagger = "tagger"

// weakSource names the base rules that find a capitalised name but only
// guess its type (or leave it empty): a tagger span over exactly the same
// words types it instead. (The constants live with the rules: SrcSingle,
// SrcName, SrcContext.)
var weakSource = map[string]bool{"rule:single": true, "rule:name": true, "rule:context": true}

// Find implements Finder.
func (l *Learned) Find(text string, sents []segment.Sentence) []Mention {
	var base []Mention
	if l.Base != nil {
		base = l.Base.Find(text, sents)
	}
	if l.Tagger == nil {
		return base
	}
	out := slices.Clone(base)
	// The base mentions of each sentence, by index into out.
	bySent := make(map[int][]int)
	for k, m := range out {
		bySent[m.Sentence] = append(bySent[m.Sentence], k)
	}
	var added []Mention
	var words []string
	for si, s := range sents {
		if !s.Prose || len(s.Tokens) == 0 {
			continue
		}
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		tags := l.Tagger.Tag(words)
		for _, sp := range tagger.Spans(tags) {
			i, j, ok := tgTrim(words, sp.Start, sp.End)
			if !ok {
				continue
			}
			st, en := s.Tokens[i].Start, s.Tokens[j-1].End
			over := -1 // the base mention it overlaps, -2 for several
			for _, k := range bySent[si] {
				if st < out[k].End && out[k].Start < en {
					if over == -1 {
						over = k
					} else {
						over = -2
					}
				}
			}
			if over == -2 || over >= 0 && !(weakSource[out[over].Source] && out[over].Start == st && out[over].End == en) {
				continue
			}
			m, ok := l.mention(words, i, j, sp.Type)
			if !ok {
				continue
			}
			if over >= 0 {
				// Same span as a name the rules found but could only
				// guess the type of: the tagger's type is better evidence.
				b := &out[over]
				b.Type, b.Source = m.Type, SourceTagger
				if m.Key != "" {
					b.Key, b.Canonical = m.Key, m.Canonical
				}
				continue
			}
			m.Start, m.End, m.Text, m.Sentence = st, en, text[st:en], si
			added = append(added, m)
		}
	}
	if len(added) == 0 {
		return out
	}
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b Mention) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		return a.Start - b.Start
	})
	return out
}

// mention types a tagger span words[i:j], or rejects it.
func (l *Learned) mention(words []string, i, j int, typ string) (Mention, bool) {
	m := Mention{Source: SourceTagger}
	switch typ {
	case tagger.PER:
		m.Type = Person
	case tagger.GRP:
		m.Type = Group
	case tagger.CTRY:
		m.Type = Country
	default:
		m.Type = Place
	}
	if l.Gaz == nil {
		return m, true
	}
	ents, n := l.Gaz.LongestMatch(words, i)
	if n == j-i && len(ents) > 0 {
		e := ents[0]
		if e.Kind == gazetteer.KindDemonym {
			return m, false // "Syrian" stands for a country; the rules map it
		}
		if t, ok := tgGazType(e); ok {
			m.Type, m.Key, m.Canonical = t, e.Key, e.Name
			return m, true
		}
	}
	if j-i == 1 && l.Gaz.IsStopword(words[i]) {
		return m, false
	}
	if m.Type == Country {
		m.Type = Place
	}
	return m, true
}

// tgGazType maps a gazetteer entry to a mention type.
func tgGazType(e gazetteer.Entry) (Type, bool) {
	switch Type(e.Type) {
	case Person, Group, Country, Place:
		return Type(e.Type), true
	}
	return "", false
}

// tgTrim narrows words[i:j] to its name: no leading or trailing
// punctuation, symbols or possessive, and capitalised words at both ends.
func tgTrim(words []string, i, j int) (int, int, bool) {
	for i < j && !tgHasLetter(words[i]) {
		i++
	}
	for j > i && (!tgHasLetter(words[j-1]) || tgPossessive(words[j-1])) {
		j--
	}
	if i == j || !tgCapitalised(words[i]) || !tgCapitalised(words[j-1]) {
		return i, j, false
	}
	return i, j, true
}

func tgHasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func tgPossessive(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	return w == "'s" || w == "'" || w == "s"
}

// tgCapitalised reports whether the first letter of w is upper case; name
// particles ("al-Sharaa") count by the letter after the hyphen.
func tgCapitalised(w string) bool {
	if p, rest, ok := strings.Cut(w, "-"); ok && len(p) <= 3 && rest != "" {
		w = rest
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsTitle(r)
		}
	}
	return false
}

func tgOverlaps(spans [][2]int, st, en int) bool {
	for _, s := range spans {
		if st < s[1] && s[0] < en {
			return true
		}
	}
	return false
}
