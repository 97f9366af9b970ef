package mention

import (
	"math"
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

// ScoreTagger is a Tagger that also gives the score of every tag at each
// word (*tagger.Model is one), which says how sure it is.
type ScoreTagger interface {
	Tagger
	TagScores(words []string) ([]tagger.Tag, [][tagger.NumTags]int32)
}

// tgTypeOf maps a tagger type to a mention type.
var tgTypeOf = map[string]Type{tagger.PER: Person, tagger.GRP: Group, tagger.CTRY: Country, tagger.PLACE: Place}

// DefaultMinMargin is the least margin at which the tagger may overrule the
// base or add a one-word name. It was chosen on GMB and CrossNER dev (never
// on the held-out article sets): the tagger's own decisions (spans added,
// retyped, joined) are right 87 times in 112 there (0.78), against 114 in
// 154 at 25, 102 in 136 at 50, 70 in 90 at 150 and 53 in 70 at 200, while
// mention F1 moves by 0.002 from 25 to 100.
const DefaultMinMargin = 100

// Learned adds a learned tagger's spans to those of a base finder
// (gazetteers and rules), and lets it correct the base where the base's
// evidence is weak and the tagger is sure. The base is precise on the
// names it knows and the patterns it has rules for, and it already offers
// every capitalised word of the text to the resolver; the tagger
// generalises to names no table or rule covers (long names with lower-case
// links: "Institute for the Study of War"), but it is trained on noisy data
// whose conventions are not ours (GMB calls the White House a group), so
// the base wins unless one of these holds. How sure the tagger is comes
// from its scores (ScoreTagger): a span's margin is the least, over its
// words, of the chosen tag's score minus the best other; its name margin
// ignores the type (the tag against O, and against opening a new span).
// Only prose sentences are tagged (headlines, bylines and page furniture
// are Title Case noise to a tagger).
//
//  1. Add: a tagger span that overlaps no base mention is added when, once
//     trimmed of punctuation, a possessive and a trailing day or month name
//     ("Congress Monday", a habit of the training data), it starts and ends
//     with a capitalised word, and it has two words or more, or one word
//     with margin >= MinMargin that does not open its sentence and is in
//     none of the rules' lists of words that are no names alone ("West",
//     "AP"). It must not be a short capitalised phrase of common words
//     ("National Dialogue", "Transitional Justice": one or two content
//     words, all in the gazetteer's stop list); nor the name of an event,
//     document or campaign, by its head word ("... Festival", "... Report",
//     "Battle of ..."); nor a title of office ("Treasury Secretary"); nor a
//     demonym phrase; nor a direction and an adjective before a noun ("the
//     West Darfuri capital").
//  2. Retype to person: a base mention the tagger spans exactly as a
//     person with margin >= MinMargin becomes a person when only a head
//     word or the context typed it ("Christopher Hill" is no hill). Other
//     retypes were measured and dropped: to group or place they follow the
//     training data's conventions, and typing the rules' untyped single
//     words changed no graph (the resolver joins lone surnames already) or
//     made false nodes of news agencies.
//  3. Join: a tagger span made exactly of two or more base mentions side by
//     side, with no word between them, replaces them when its name margin
//     is >= MinMargin ("Srpska" and "Lista" of "the Srpska Lista party"),
//     unless it holds a title of office or a titled or known person. The
//     type of its last piece holds for the whole when a cue or head word
//     gave it ("... party"); else it is the tagger's.
//
// An added or joined span takes the gazetteer's type when the gazetteer
// knows the whole span as a country, organisation, group or person (then
// Key and Canonical come with it; place names match too loosely across
// spellings to take their identity from a tagger's span). The tagger's
// "country" for a name no country table holds becomes a place. Sources say
// what the tagger did: "tagger" (added), "tagger:join", "tagger:<rule>"
// (retyped; the rule's name after the colon).
//
// Measured on GMB dev (mention level, exact span and type, see
// learned_eval_test.go): rules alone P 0.611 R 0.739, with the tagger P
// 0.618 R 0.749; and no entity figure of the six article sets falls.
//
// Learned is safe for concurrent use if its parts are.
type Learned struct {
	Base   Finder
	Tagger Tagger
	Gaz    *gazetteer.Gazetteer // for types and the stop list; nil for none
	// MinMargin is the least margin at which the tagger may retype or join
	// base mentions or add a one-word name; 0 for DefaultMinMargin.
	MinMargin int32
	tagAll    bool // tag every prose sentence (tests check that work skips nothing)
}

// NewLearned combines base with the tagger m, typing names with g.
func NewLearned(base Finder, m Tagger, g *gazetteer.Gazetteer) *Learned {
	return &Learned{Base: base, Tagger: m, Gaz: g}
}

// SourceTagger is the Source of the mentions the tagger adds; retyped and
// joined ones have sources that start with it.
const SourceTagger = "tagger"

// SourceTaggerJoin is the Source of a tagger span that replaced pieces.
const SourceTaggerJoin = SourceTagger + ":join"

func (l *Learned) minMargin() int32 {
	if l.MinMargin > 0 {
		return l.MinMargin
	}
	return DefaultMinMargin
}

// Find implements Finder.
func (l *Learned) Find(text string, sents []segment.Sentence) []Mention {
	var base []Mention
	if l.Base != nil {
		base = l.Base.Find(text, sents)
	}
	if l.Tagger == nil {
		return base
	}
	out := slices.Clone(base) // retyping writes into it
	bySent := make(map[int][]int)
	for k, m := range out {
		bySent[m.Sentence] = append(bySent[m.Sentence], k)
	}
	var added []Mention
	drop := map[int]bool{} // base pieces a joined span replaces
	var words []string
	var taken [][2]int
	for si, s := range sents {
		if !s.Prose || len(s.Tokens) < 2 {
			continue
		}
		taken = taken[:0]
		for _, k := range bySent[si] {
			taken = append(taken, [2]int{out[k].Start, out[k].End})
		}
		if !l.tagAll && !l.work(s.Tokens, out, bySent[si], taken) {
			continue
		}
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		tags, scores := l.tag(words)
		var margins []int32
		if scores != nil {
			margins = tagger.Margins(tags, scores)
		}
		for _, sp := range tagger.Spans(tags) {
			i, j, ok := tgTrim(words, sp.Start, sp.End)
			if !ok {
				continue
			}
			sc := tgScored{tags: tags, scores: scores}
			if margins != nil {
				sc.conf = tagger.SpanMargin(margins, tagger.Span{Start: i, End: j})
			}
			st, en := s.Tokens[i].Start, s.Tokens[j-1].End
			if tgOverlaps(taken, st, en) {
				if m, ok := l.override(out, bySent[si], drop, text, words, s.Tokens, sc, i, j, sp.Type); ok {
					m.Sentence = si
					added = append(added, m)
				}
				continue
			}
			if j-i < 2 && !(sc.conf >= l.minMargin() && l.single(words, i)) {
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
	if len(added) == 0 && len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for k, m := range out {
		if !drop[k] {
			kept = append(kept, m)
		}
	}
	kept = append(kept, added...)
	slices.SortStableFunc(kept, func(a, b Mention) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		return a.Start - b.Start
	})
	return kept
}

// tgScored is what the tagger said of a sentence, and how sure it is of
// the span at hand (its margin; 0 when the tagger gives no scores).
type tgScored struct {
	tags   []tagger.Tag
	scores [][tagger.NumTags]int32
	conf   int32
}

// tag tags one sentence, with scores when the tagger gives them.
func (l *Learned) tag(words []string) ([]tagger.Tag, [][tagger.NumTags]int32) {
	if st, ok := l.Tagger.(ScoreTagger); ok {
		return st.TagScores(words)
	}
	return l.Tagger.Tag(words), nil
}

// override handles a tagger span words[i:j] that overlaps base mentions
// (out[idx] are the sentence's): it retypes the one it matches exactly
// (policy 2), or returns the span that replaces the pieces it is made of
// (policy 3), marking them in drop.
func (l *Learned) override(out []Mention, idx []int, drop map[int]bool, text string, words []string, toks []segment.Token,
	sc tgScored, i, j int, typ string) (Mention, bool) {
	st, en := toks[i].Start, toks[j-1].End
	var inside []int
	for _, k := range idx {
		m := &out[k]
		if m.Start == st && m.End == en {
			if sc.conf >= l.minMargin() {
				retype(m, typ)
			}
			return Mention{}, false
		}
		if m.Start < en && st < m.End {
			if m.Start < st || m.End > en {
				return Mention{}, false // crosses the span's edge: the base drew other bounds
			}
			inside = append(inside, k)
		}
	}
	if len(inside) < 2 || out[inside[0]].Start != st || out[inside[len(inside)-1]].End != en ||
		tgNameMargin(sc, i, j) < l.minMargin() {
		return Mention{}, false
	}
	// Every word of the span is in a piece: the tagger only joins pieces
	// that stand side by side ("Srpska" "Lista"); a word between them
	// ("and", "in", "'s", "of") is the base's reason to keep them apart.
	pieces := make([][2]int, len(inside))
	for n, k := range inside {
		pieces[n] = [2]int{out[k].Start, out[k].End}
		if out[k].Source == SrcTitle || out[k].Type == Person && out[k].Key != "" {
			return Mention{}, false // "Trade Commissioner Jan Novak": a titled person is no piece of a body
		}
	}
	for k := i; k < j; k++ {
		if !tgOverlaps(pieces, toks[k].Start, toks[k].End) {
			return Mention{}, false
		}
		if l.Gaz != nil {
			if _, n := l.Gaz.Title(words, k); n > 0 {
				return Mention{}, false // a person's office inside
			}
		}
	}
	m, ok := l.mention(words, i, j, typ)
	if !ok {
		return Mention{}, false
	}
	last := out[inside[len(inside)-1]]
	if joinTypeFrom[last.Source] && last.Type != "" && m.Key == "" {
		m.Type = last.Type // "X Y party": the cue after the name types it all
	}
	if a := last.Attrs[AttrAcronym]; a != "" {
		m.Attrs = map[string]string{AttrAcronym: a} // "X Y (XY)": the acronym after it names the whole
	}
	m.Source = SourceTaggerJoin
	m.Start, m.End, m.Text = st, en, text[st:en]
	for _, k := range inside {
		drop[k] = true
	}
	return m, true
}

// joinTypeFrom lists the rules whose type for the last piece of a name
// holds for the whole: a head word or a cue after it.
var joinTypeFrom = map[string]bool{SrcCue: true, SrcOrgHead: true, SrcPlaceHead: true, SrcPlaceCue: true}

// tgNameMargin is how sure the tagger is that words[i:j] is one name,
// whatever its type: the least, over its words, of the tag's score minus
// the score of O, and for every word after the first, minus the best score
// of opening a new span there.
func tgNameMargin(sc tgScored, i, j int) int32 {
	if sc.scores == nil {
		return 0
	}
	least := int32(math.MaxInt32)
	for k := i; k < j; k++ {
		s := sc.scores[k]
		least = min(least, s[sc.tags[k]]-s[tagger.O])
		if k > i {
			for t := tagger.Tag(1); int(t) < tagger.NumTags; t++ {
				if t.Begin() {
					least = min(least, s[sc.tags[k]]-s[t])
				}
			}
		}
	}
	return least
}

// toPerson lists the rules whose type is a guess from weak evidence (a
// head word, the words around) that a tagger sure of a person overrules.
var toPerson = map[string]bool{SrcPlaceHead: true, SrcContext: true, SrcCue: true}

// retype makes m a person when the tagger is sure of it (typ) and only
// weak evidence typed it otherwise.
func retype(m *Mention, typ string) {
	if typ != tagger.PER || m.Type == Person || m.Type == "" || m.Key != "" || !toPerson[m.Source] {
		return
	}
	m.Type = Person
	m.Source = SourceTagger + ":" + strings.TrimPrefix(m.Source, "rule:")
}

// single says whether a one-word tagger span at ws[i] may stand: not the
// first word of its sentence, where capitals say nothing, nor a word the
// rules list as no name on its own.
func (l *Learned) single(ws []string, i int) bool {
	lw := strings.ToLower(ws[i])
	if words().notName[lw] || words().notAcronym[strings.ReplaceAll(lw, ".", "")] {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if tgHasLetter(ws[k]) {
			return true
		}
	}
	return false
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

// work reports whether tagging a sentence could change anything:
// tagging is the most costly step of Find, so sentences where no policy
// could apply are not tagged (the output is the same). The tagger can add
// a name only over two capitalised tokens no base mention covers, with
// none between them, or over one such token that may stand alone (single);
// retype only a mention typed by weak evidence; and join only base
// mentions side by side (out[idx] are the sentence's, taken their byte
// ranges).
func (l *Learned) work(toks []segment.Token, out []Mention, idx []int, taken [][2]int) bool {
	first := -1 // the last capitalised token no base mention covers
	for k, t := range toks {
		if !tgCapitalised(t.Text) || tgOverlaps(taken, t.Start, t.End) {
			continue
		}
		if first >= 0 && !tgOverlaps(taken, toks[first].Start, t.End) {
			return true
		}
		first = k
		if l.singleAt(toks, k) {
			return true
		}
	}
	for n, k := range idx {
		if out[k].Type != "" && out[k].Type != Person && toPerson[out[k].Source] {
			return true
		}
		if n > 0 {
			prev := out[idx[n-1]]
			for ti, t := range toks {
				if t.Start == out[k].Start && ti > 0 && toks[ti-1].End == prev.End {
					return true
				}
			}
		}
	}
	return false
}

// singleAt is single over tokens.
func (l *Learned) singleAt(toks []segment.Token, i int) bool {
	ws := make([]string, i+1)
	for k := range ws {
		ws[k] = toks[k].Text
	}
	return l.single(ws, i)
}

func tgOverlaps(spans [][2]int, st, en int) bool {
	for _, s := range spans {
		if st < s[1] && s[0] < en {
			return true
		}
	}
	return false
}
