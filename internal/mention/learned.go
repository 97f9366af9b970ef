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
// patterns it has rules for, and it already offers every capitalised word
// of the text to the resolver; the tagger generalises to names no table or
// rule covers (long names with lower-case links: "Institute for the Study of
// War"), but it is trained on noisy data and types unseen names poorly. So
// every base mention is kept as it is, and a tagger span is added only when
//
//   - it lies in a prose sentence (headlines, bylines and page furniture are
//     Title Case noise to a tagger),
//   - it overlaps no base mention: the base wins wherever both spoke, type
//     included (letting the tagger retype the rules' guesses, or lone
//     surnames, split entities the resolver would have joined),
//   - once trimmed of punctuation, a possessive and a trailing day or month
//     name ("Congress Monday", a habit of the training data), it has two
//     words or more
//     (the rules saw every capitalised word alone and kept those that are
//     names), starting and ending with a capitalised word, and
//   - it is not a short capitalised phrase of common words ("National
//     Dialogue", "Transitional Justice"): one or two content words, all in
//     the gazetteer's stop list; nor the name of an event, document or
//     campaign, by its head word ("... Festival", "... Report", "Battle
//     of ..."); nor a title of office ("Treasury Secretary"); nor a
//     demonym phrase; nor a direction and an adjective before a noun ("the
//     West Darfuri capital").
//
// Its type is the tagger's, or the gazetteer's when the gazetteer knows the
// whole span as a country, organisation, group or person (then Key and
// Canonical come with it; place names match too loosely across spellings
// to take their identity from a tagger's span). The tagger's "country" for
// a name no country table holds becomes a place.
//
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

// SourceTagger is the Source of the mentions the tagger adds.
const SourceTagger = "tagger"

// Find implements Finder.
func (l *Learned) Find(text string, sents []segment.Sentence) []Mention {
	var base []Mention
	if l.Base != nil {
		base = l.Base.Find(text, sents)
	}
	if l.Tagger == nil {
		return base
	}
	taken := make(map[int][][2]int) // byte ranges of the base, per sentence
	for _, m := range base {
		taken[m.Sentence] = append(taken[m.Sentence], [2]int{m.Start, m.End})
	}
	var added []Mention
	var words []string
	for si, s := range sents {
		if !s.Prose || len(s.Tokens) < 2 || !tgRoom(s.Tokens, taken[si]) {
			continue
		}
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		for _, sp := range tagger.Spans(l.Tagger.Tag(words)) {
			i, j, ok := tgTrim(words, sp.Start, sp.End)
			if !ok || j-i < 2 {
				continue
			}
			st, en := s.Tokens[i].Start, s.Tokens[j-1].End
			if tgOverlaps(taken[si], st, en) {
				continue
			}
			m, ok := l.mention(words, i, j, sp.Type)
			if !ok {
				continue
			}
			m.Start, m.End, m.Text, m.Sentence = st, en, text[st:en], si
			added = append(added, m)
		}
	}
	if len(added) == 0 {
		return base
	}
	out := append(slices.Clip(base), added...)
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
	if ents, n := l.Gaz.LongestMatch(words, i); n == j-i && len(ents) > 0 {
		switch e := ents[0]; e.Kind {
		case gazetteer.KindDemonym:
			return m, false // the rules map demonyms to their country
		case gazetteer.KindCountry, gazetteer.KindOrg, gazetteer.KindGroup, gazetteer.KindCommunity, gazetteer.KindPerson:
			if t := Type(e.Type); t == Person || t == Group || t == Country || t == Place {
				m.Type, m.Key, m.Canonical = t, e.Key, e.Name
				return m, true
			}
		}
	}
	if l.commonPhrase(words[i:j]) || tgEventHead[strings.ToLower(tgHead(words[i:j]))] {
		return m, false
	}
	if placeAdjective(words, i, j) {
		return m, false // "the South Kordofani capital": an adjective, no name
	}
	if notEntityFirst(words[i]) || slices.ContainsFunc(words[i:j], adverb) {
		return m, false // "Operation Thunderbolt", "Specially Designated ..."
	}
	for k := i; k < j; k++ {
		if _, n := l.Gaz.Title(words, k); n > 0 && k+n == j {
			return m, false // "Treasury Secretary": an office, not a name
		}
	}
	if m.Type == Country {
		m.Type = Place
	}
	return m, true
}

// commonPhrase says whether ws is one or two content words, all common
// English words, with function words between them.
func (l *Learned) commonPhrase(ws []string) bool {
	content := 0
	for _, w := range ws {
		if tgFunction[strings.ToLower(w)] || !tgHasLetter(w) {
			continue
		}
		if !l.Gaz.IsStopword(w) {
			return false
		}
		content++
	}
	return content <= 2
}

// tgEventHead lists the head words of names of events, documents and
// campaigns, which are none of the four types.
var tgEventHead = tgSetOf("war", "wars", "campaign", "festival", "report", "convention", "conference", "games", "summit",
	"olympics", "cup", "championship", "election", "elections", "agreement", "accord", "accords", "treaty", "declaration",
	"act", "resolution", "talks", "process", "offensive", "operation", "revolution", "uprising", "crisis", "protests",
	"massacre", "battle", "siege", "award", "prize", "day", "week", "year", "doctrine", "plan", "initiative", "programme", "program")

// tgHead is the head word of a name: the last word before its first "of"
// or "for" ("Institute" in "Institute for the Study of War"), else the
// last word.
func tgHead(ws []string) string {
	for k := 1; k < len(ws); k++ {
		if w := strings.ToLower(ws[k]); w == "of" || w == "for" {
			return ws[k-1]
		}
	}
	return ws[len(ws)-1]
}

// tgTime lists words the training data often leaves at the end of a name
// ("Congress Monday").
var tgTime = tgSetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "july", "september", "october", "november", "december")

func tgSetOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// tgFunction lists the lower-case links inside names.
var tgFunction = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "in": true, "de": true, "al": true, "el": true}

// tgTrim narrows words[i:j] to its name: no leading or trailing
// punctuation, symbols, possessive or day or month name, and capitalised
// words at both ends.
func tgTrim(words []string, i, j int) (int, int, bool) {
	for i < j && !tgHasLetter(words[i]) {
		i++
	}
	for j > i && (!tgHasLetter(words[j-1]) || tgPossessive(words[j-1]) || j-i > 1 && tgTime[strings.ToLower(words[j-1])]) {
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
// particles ("al-Burhan") count by the letter after the hyphen.
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

// tgRoom reports whether a tagger span could be kept in a sentence: two
// capitalised tokens with no base mention on or between them. Every kept
// span starts and ends on such tokens (tgTrim, tgOverlaps), and tagging is
// the most costly step of Find, so sentences without room are not tagged:
// the output is the same.
func tgRoom(toks []segment.Token, taken [][2]int) bool {
	first := -1 // the last capitalised token no base mention covers
	for k, t := range toks {
		if !tgCapitalised(t.Text) || tgOverlaps(taken, t.Start, t.End) {
			continue
		}
		if first >= 0 && !tgOverlaps(taken, toks[first].Start, t.End) {
			return true
		}
		first = k
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
