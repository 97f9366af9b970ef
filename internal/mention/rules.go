package mention

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// Rules finds mentions with the gazetteer and context rules: titles of
// office before names, name particles, cue words that type a name, acronyms
// defined in parentheses, demonyms, governments and armies of countries,
// capitals that stand for their government, followers of a person. It is
// safe for concurrent use.
//
// Long names run on through of/for/in/and when a parenthesised acronym
// after them spells them, letters in any order ("U.N. Assistance Mission
// in Afghanistan (UNAMA)"), and an acronym the text defines wins over the
// table's body of those letters. Cue words type unknown names ("the X
// crossing", "the armed wing of X", "X, a town in ..."), and names of
// operations, legal labels, religions, adjective phrases and a title's
// domain are no mentions. The word lists are in data/rules.txt.
//
// A mention with an empty Type is a capitalised name that nothing has typed
// yet (a lone surname, say); the resolver types it from the other mentions
// of its entity or drops it.
type Rules struct {
	Gaz *gazetteer.Gazetteer
}

// NewRules returns a finder over the gazetteer g.
func NewRules(g *gazetteer.Gazetteer) *Rules { return &Rules{Gaz: g} }

// Sources of mentions, from strongest evidence of type to weakest; the
// resolver weighs types by them (see resolve.SourceWeight).
const (
	SrcGazetteer  = "gazetteer"
	SrcTitle      = "rule:title"       // "Foreign Minister X"
	SrcAcronymDef = "rule:acronym-def" // "Long Name (LN)"
	SrcOrgHead    = "rule:org-head"    // "... Forces", "... Ministry"
	SrcPlaceHead  = "rule:place-head"  // "... Mountains", "Mount ..."
	SrcDemonymOrg = "rule:demonym-org" // "Ukrainian Volunteer Corps"
	SrcGovernment = "rule:government"  // "the Ethiopian government"
	SrcArmy       = "rule:army"        // "the Colombian army"
	SrcLoyalists  = "rule:loyalists"   // "Haftar loyalists"
	SrcMetonymy   = "rule:metonymy"    // "Moscow criticised"
	SrcCue        = "rule:cue"         // "X fighters"
	SrcPlaceCue   = "rule:place-cue"   // "X province", "the X region"
	SrcContext    = "rule:context"     // "the X", "in X", coordinated with typed names
	SrcAcronym    = "rule:acronym"     // an undefined acronym
	SrcName       = "rule:name"        // a multiword capitalised name
	SrcSubject    = "rule:subject"     // one word, the subject of "said", "told"
	SrcSingle     = "rule:single"      // one capitalised word, untyped
)

// Attribute keys of mentions.
const (
	AttrTitle   = "title"   // person: title of office
	AttrRole    = "role"    // "modifier": a demonym that only qualifies a title or name
	AttrAcronym = "acronym" // the acronym defined after this name
	AttrExpands = "expands" // acronym: the name it was defined for
	AttrLoyalTo = "loyal-to"
	AttrProse   = "nonprose" // "true" when found in a headline or other non-prose line
	AttrInitial = "initial"  // "true" for an untyped word that opens its sentence
)

// RoleModifier marks a demonym or country that only qualifies a title
// ("Russian Foreign Minister X"): it names the country but does not make
// the country a party to the sentence's relation.
const RoleModifier = "modifier"

type doc struct {
	r         *Rules
	text      string
	sents     []segment.Sentence
	lowerSeen map[string]bool // words seen in lower case
	proseRuns map[string]bool // folded capitalised runs found in prose
	defined   map[string]bool // acronyms defined in parentheses
	out       []Mention
}

type sent struct {
	si    int
	toks  []segment.Token
	words []string
	prose bool
	lm    []lmMemo // LongestMatch at each word, filled as asked
}

type lmMemo struct {
	ents []gazetteer.Entry
	n    int
	done bool
}

// longest is Gaz.LongestMatch(c.words, i), computed once per word: titled,
// known and nameRun ask about the same words. Callers must not modify the
// entries.
func (d *doc) longest(c *sent, i int) ([]gazetteer.Entry, int) {
	if i < 0 || i >= len(c.words) {
		return d.r.Gaz.LongestMatch(c.words, i)
	}
	if c.lm == nil {
		c.lm = make([]lmMemo, len(c.words))
	}
	m := &c.lm[i]
	if !m.done {
		m.ents, m.n = d.r.Gaz.LongestMatch(c.words, i)
		m.done = true
	}
	return m.ents, m.n
}

// Find implements Finder.
func (r *Rules) Find(text string, sents []segment.Sentence) []Mention {
	d := &doc{r: r, text: text, sents: sents, lowerSeen: map[string]bool{}, proseRuns: map[string]bool{}, defined: map[string]bool{}}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if startsLower(t.Text) && t.Text == strings.ToLower(t.Text) {
				d.lowerSeen[t.Text] = true
			}
		}
	}
	// Prose first, so that headlines may reuse the names prose has shown.
	for _, prose := range []bool{true, false} {
		for si, s := range sents {
			if s.Prose != prose {
				continue
			}
			c := &sent{si: si, toks: s.Tokens, prose: s.Prose}
			for _, t := range s.Tokens {
				c.words = append(c.words, t.Text)
			}
			d.sentence(c)
		}
	}
	d.definedAcronyms()
	d.loyalists()
	d.generic()
	d.context()
	d.governmentNames()
	d.appositives()
	slices.SortStableFunc(d.out, func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	// Rules run in several passes; keep the first of overlapping spans.
	out := d.out[:0]
	end := -1
	dubbedEnd := -1 // end of the last name dropped as a code name
	for _, m := range d.out {
		if m.Start < end {
			continue
		}
		end = m.End
		if strings.HasSuffix(m.Text, "-") {
			continue // a broken compound ("Muslim-")
		}
		if codeNamed(text[:m.Start]) || dubbedEnd >= 0 && listGap(text[dubbedEnd:m.Start]) {
			// "operations dubbed Claw-Eagle and Claw-Tiger": names of
			// operations, no parties
			dubbedEnd = m.End
			continue
		}
		dubbedEnd = -1
		out = append(out, m)
	}
	return out
}

func (d *doc) emit(c *sent, i, j int, typ Type, src string) *Mention {
	st, en := c.toks[i].Start, c.toks[j-1].End
	m := Mention{Start: st, End: en, Text: d.text[st:en], Type: typ, Sentence: c.si, Source: src}
	if !c.prose {
		m.Attrs = map[string]string{AttrProse: "true"}
	}
	d.out = append(d.out, m)
	return &d.out[len(d.out)-1]
}

func setAttr(m *Mention, k, v string) {
	if m.Attrs == nil {
		m.Attrs = map[string]string{}
	}
	m.Attrs[k] = v
}

func (d *doc) sentence(c *sent) {
	for i := 0; i < len(c.toks); {
		if !isWord(c.words[i]) {
			i++
			continue
		}
		n := 0
		for _, find := range wordFinders {
			if n = find(d, c, i); n > 0 {
				break
			}
		}
		i += max(n, 1)
	}
}

// wordFinders are tried in this order at each word; the first that claims
// words wins, so the more specific shapes come before the plain run of
// capitalised words.
var wordFinders = []func(*doc, *sent, int) int{
	(*doc).hyphenAcronym,
	(*doc).hyphenPair,
	(*doc).numberedUnit,
	(*doc).orgFirst,
	(*doc).titled,
	(*doc).known,
	(*doc).run,
}

// numberedUnit matches an armed unit named by its number: "the 444
// Brigade", "the 5th Mechanised Division", "101st Airborne Division". A
// number alone says nothing, so the name must end in a unit's head word.
func (d *doc) numberedUnit(c *sent, i int) int {
	w := c.words[i]
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 4 || !(digits == len(w) || isOrdinal(w)) || i+1 >= len(c.words) {
		return 0
	}
	if c.toks[i+1].Start == c.toks[i].End {
		return 0 // "444-strong"
	}
	if digits == 4 && digits == len(w) && (w[:2] == "19" || w[:2] == "20") {
		return 0 // "In 2014 Brigade commanders met": a year
	}
	rn := d.orgRunAny(c, i+1)
	if rn == 0 || rn > 4 {
		return 0
	}
	if !words().unitHead[strings.ToLower(c.words[i+rn])] {
		return 0
	}
	d.emit(c, i, i+1+rn, Group, SrcOrgHead)
	return 1 + rn
}

// orgFirst matches an organisation whose name opens with a word such as
// "Bank" before names the table may know as a country or a town ("Bank
// Rossiya", "Bank Melli Iran"): the words are the bank's name, not the
// country.
func (d *doc) orgFirst(c *sent, i int) int {
	if !c.prose || !words().orgFirst[strings.ToLower(c.words[i])] || !upper(c.words[i]) {
		return 0
	}
	j := i + 1
	for j < len(c.words) && j-i <= 3 && nameWord(c.words[j]) && !isAcronym(c.words[j]) &&
		c.toks[j].Start > c.toks[j-1].End {
		j++
	}
	if j == i+1 {
		return 0
	}
	d.emit(c, i, j, Group, SrcOrgHead)
	return j - i
}

// acronymLed matches an undefined acronym that opens a longer name of
// capitalised words no table knows ("JW Marriott", "BRT Holdings"): the
// acronym is no body of its own. A title after the acronym ("AFRICOM
// Commander X") ends it. The name is a place before a building's noun
// ("the JW Marriott hotel"), else a group.
func (d *doc) acronymLed(c *sent, i int) int {
	if d.defined[c.words[i]] || d.knownAt(c, i) {
		return 0
	}
	if _, tn := d.r.Gaz.Title(c.words, i); tn > 0 {
		return 0 // "MP Jane Doe": a title, then a person
	}
	j := i + 1
	for j < len(c.words) && j-i <= 3 && nameWord(c.words[j]) && !isAcronym(c.words[j]) &&
		c.toks[j].Start > c.toks[j-1].End && !d.knownAt(c, j) && !words().leadWord[strings.ToLower(c.words[j])] {
		if _, tn := d.r.Gaz.Title(c.words, j); tn > 0 {
			break
		}
		j++
	}
	if j == i+1 || j < len(c.words) && isPoss(c.words[j]) {
		return 0
	}
	typ := Group
	if j < len(c.words) && words().building[strings.ToLower(c.words[j])] {
		typ = Place
	}
	d.emit(c, i, j, typ, SrcName)
	return j - i
}

// republicOf matches a state's long name the table does not know:
// "[Federal|Socialist ...] Republic of <Name>" ("the Federal Republic of
// Yugoslavia"). It returns the tokens taken, 0 when none.
func (d *doc) republicOf(c *sent, i int) int {
	r := i
	for r < len(c.words) && r-i < 3 && upper(c.words[r]) && c.words[r] != "Republic" {
		r++
	}
	if !c.prose || r >= len(c.words)-2 || c.words[r] != "Republic" || !strings.EqualFold(c.words[r+1], "of") {
		return 0
	}
	k := r + 2
	if strings.EqualFold(c.words[k], "the") && k+1 < len(c.words) {
		k++
	}
	n := 0
	for k+n < len(c.words) && n < 3 && upper(c.words[k+n]) && nameWord(c.words[k+n]) && !isAcronym(c.words[k+n]) {
		n++
	}
	if n == 0 {
		return 0
	}
	m := d.emit(c, i, k+n, Country, SrcCue)
	for _, e := range d.r.Gaz.Lookup(strings.Join(c.words[k:k+n], " ")) {
		if e.Kind == gazetteer.KindCountry {
			m.Key, m.Canonical = e.Key, e.Name // "the Republic of Kosovo"
			break
		}
	}
	return k + n - i
}

// orgSuffixed says whether the one word w is an organisation's name by its
// ending ("Sberbank").
func orgSuffixed(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range words().orgSuffix {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// initial says whether token i opens its sentence (or a quotation in it),
// where capitals say nothing.
func (c *sent) initial(i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := c.words[k]
		if isWord(w) {
			return false
		}
		switch w {
		case "“", "\"", "‘", ":", "—", "–", "(":
			return true
		}
	}
	return true
}

// common says whether a capitalised word at the start of a sentence is
// just an ordinary word.
func (d *doc) common(w string) bool {
	lw := strings.ToLower(w)
	return d.lowerSeen[lw] || words().notName[lw] || functionWord[lw] || d.r.Gaz.IsStopword(w)
}

// titled matches "[Demonym|Country's] Title Name": a person with a title
// of office, the demonym only qualifying the title.
func (d *doc) titled(c *sent, i int) int {
	j := i
	var adj gazetteer.Entry
	adjEnd := i
	if upper(c.words[i]) {
		ents, n := d.longest(c, i)
		if n == 1 {
			if ce, ok := d.stanCountry(c, i, ents[0]); ok {
				ents = []gazetteer.Entry{ce} // "Kazakh President X"
			}
		}
		if n > 0 && (ents[0].Kind == gazetteer.KindDemonym || ents[0].Kind == gazetteer.KindCountry) &&
			!(i > 0 && strings.EqualFold(c.words[i-1], "ethnic")) { // "ethnic Serb mayors": the people
			k := i + n
			if k < len(c.words) && isPoss(c.words[k]) {
				k++
			}
			if _, tn := d.title(c.words, k); tn > 0 {
				adj, adjEnd, j = ents[0], i+n, k
			}
		}
	}
	if j == i && partyAdjective[c.words[i]] && i+1 < len(c.words) {
		// "Republican Senator X", "Labour MP X": the party only qualifies
		// the title.
		if _, tn := d.title(c.words, i+1); tn > 0 {
			if n := d.titled(c, i+1); n > 0 {
				return n + 1
			}
		}
	}
	title, tn := d.title(c.words, j)
	if tn == 0 && words().honorific[strings.ToLower(c.words[j])] && upper(c.words[j]) {
		title, tn = c.words[j], 1
	}
	if tn == 0 {
		return 0
	}
	if tn == 1 && words().nameTitle[strings.ToLower(c.words[j])] && !d.nameTitleIsTitle(c, j, adj.Key != "") {
		return 0 // "Amir Hossein X" is a given name
	}
	if !c.prose && adj.Key == "" {
		return 0
	}
	k := j + tn
	nr := d.nameRun(c, k)
	lowerTitle := startsLower(c.words[j])
	if nr > 0 && (lowerTitle && nr < 2 || !personLike(c.words[k:k+nr])) {
		nr = 0
	}
	if nr == 0 {
		if adj.Key == "" {
			return 0
		}
		m := d.emit(c, i, adjEnd, Country, SrcGazetteer)
		m.Key, m.Canonical = adj.Key, adj.Name
		setAttr(m, AttrRole, RoleModifier)
		if k < len(c.words) && upper(c.words[k]) && words().orgHead[strings.ToLower(c.words[k])] {
			return j - i // "Nicaragua's General Directorate of Mines": the title word opens a body's name
		}
		return k - i
	}
	if adj.Key != "" {
		m := d.emit(c, i, adjEnd, Country, SrcGazetteer)
		m.Key, m.Canonical = adj.Key, adj.Name
		setAttr(m, AttrRole, RoleModifier)
	}
	if !c.prose && !d.proseRuns[textnorm.Fold(strings.Join(c.words[k:k+nr], " "))] {
		return 0
	}
	m := d.emit(c, k, k+nr, Person, SrcTitle)
	if !words().honorific[strings.ToLower(strings.TrimSuffix(title, "."))] {
		setAttr(m, AttrTitle, title)
	}
	d.proseRuns[textnorm.Fold(strings.Join(c.words[k:k+nr], " "))] = true
	return k + nr - i
}

// title is the gazetteer's title of office at i, or a junior office the
// tables lack, its portfolio before it ("Foreign Undersecretary",
// "Permanent Secretary").
func (d *doc) title(ws []string, i int) (string, int) {
	if t, n := d.r.Gaz.Title(ws, i); n > 0 {
		return t, n
	}
	j := i
	for j < len(ws) && j-i < 2 && portfolioWord[ws[j]] {
		j++
	}
	if j < len(ws) && juniorTitle[ws[j]] {
		return strings.Join(ws[i:j+1], " "), j + 1 - i
	}
	return "", 0
}

// portfolioWord and juniorTitle make the offices of title.
var (
	portfolioWord = map[string]bool{"Foreign": true, "Defence": true, "Defense": true, "Interior": true, "Finance": true,
		"Trade": true, "Justice": true, "Permanent": true, "Deputy": true, "Assistant": true, "Senior": true, "Political": true}
	juniorTitle = map[string]bool{"Undersecretary": true, "Under-Secretary": true, "Subsecretary": true, "Secretary": true}
)

// nameTitleIsTitle says whether a title that is also a given name (Amir,
// Emir, Malik, Sultan) at j is used as a title: written in lower case,
// after a country or "the", before another title or honorific, or before
// "of" ("the Emir of Kuwait").
func (d *doc) nameTitleIsTitle(c *sent, j int, afterCountry bool) bool {
	if afterCountry || startsLower(c.words[j]) {
		return true
	}
	if j > 0 && (strings.EqualFold(c.words[j-1], "the") || isPoss(c.words[j-1])) {
		return true
	}
	if k := j + 1; k < len(c.words) {
		if strings.EqualFold(c.words[k], "of") || words().honorific[strings.ToLower(c.words[k])] {
			return true
		}
		if _, tn := d.r.Gaz.Title(c.words, k); tn > 0 {
			return true
		}
	}
	return false
}

// izafe says whether token k is a small word joining the parts of a
// hyphenated name, hyphens on both sides ("Tehrik-e-Insaf").
func (c *sent) izafe(k int) bool {
	if k < 1 || k+2 >= len(c.words) || !words().hyphenParticle[strings.ToLower(c.words[k])] || !startsLower(c.words[k]) {
		return false
	}
	hy := func(w string) bool { return w == "-" || w == "‐" }
	return hy(c.words[k-1]) && hy(c.words[k+1]) && c.toks[k].Start == c.toks[k-1].End &&
		c.toks[k+1].Start == c.toks[k].End && c.toks[k+2].Start == c.toks[k+1].End && nameWord(c.words[k+2])
}

// personLike says whether a name run can be a person's name: it does not
// end in the head word of an organisation, place or event.
func personLike(ws []string) bool {
	last := strings.ToLower(ws[len(ws)-1])
	l := words()
	return !l.orgHead[last] && !l.placeHead[last] && !l.notEntityHead[last]
}

// nameRun returns the length of the run of name words at i: capitalised
// words, particles before them (al-, bin, van) and hyphens between them
// (Jean-Pierre). It stops before a country or demonym.
func (d *doc) nameRun(c *sent, i int) int {
	j := i
	for j < len(c.words) {
		w := c.words[j]
		switch {
		case j > i && regnal(w) && c.toks[j].Start > c.toks[j-1].End && !isAcronym(c.words[j-1]):
			return j + 1 - i // "King Abdullah II": the numeral ends the name
		case nameWord(w):
		case words().particle[strings.ToLower(w)] && j+1 < len(c.words) && nameWord(c.words[j+1]):
		case (w == "-" || w == "‐") && j > i && j+1 < len(c.words) && c.toks[j].Start == c.toks[j-1].End &&
			c.toks[j+1].Start == c.toks[j].End && (nameWord(c.words[j+1]) || c.izafe(j+1)):
		case c.izafe(j) && j > i:
		case j > i+1 && c.syllableHyphen(j):
			return j + 2 - i // "Lee Jae-myung": a hyphenated given name
		default:
			return j - i
		}
		if ents, n := d.longest(c, j); n > 0 && upper(w) {
			k := ents[0].Kind
			ofParticle := j > i && romanceOf[strings.ToLower(c.words[j-1])]
			if (k == gazetteer.KindDemonym || k == gazetteer.KindCountry) && !ofParticle {
				if j > i+1 && (c.words[j-1] == "-" || c.words[j-1] == "‐") {
					return j - 1 - i // "Muslim-Croat": the hyphen ends no name
				}
				return j - i
			}
		}
		if isAcronym(w) && j > i {
			return j - i
		}
		j++
		if j-i >= 6 {
			break
		}
	}
	for j > i && words().particle[strings.ToLower(c.words[j-1])] {
		j-- // "Petróleos de" before a country: the particle is no name's end
	}
	return j - i
}

// adjectivePhrase says whether the unknown capitalised run i..j is an
// adjective of place before a common noun: one word shaped like an
// adjective (-ic, -ian, -ean, -ese, -ish) after a determiner ("the Andean
// states"), or a direction and such a word ("a West African bloc", "the
// North Ossetian capital"). A noun that makes its name a group's or a
// place's ("Tigrayan fighters", "the Rift province") keeps it.
func (d *doc) adjectivePhrase(c *sent, i, j int, next string) bool {
	l := words()
	if j >= len(c.words) || !startsLower(c.words[j]) || !isWord(next) || functionWord[next] ||
		l.cueAfter[next] || l.placeAfter[next] || l.personVerb[next] || strings.HasSuffix(next, "ed") {
		return false
	}
	last := strings.ToLower(c.words[j-1])
	adjShape := func(suffixes ...string) bool {
		for _, s := range suffixes {
			if len(last) > len(s)+2 && strings.HasSuffix(last, s) {
				return true
			}
		}
		return false
	}
	switch n := j - i; {
	case n == 1:
		prev := ""
		if i > 0 {
			prev = strings.ToLower(c.words[i-1])
		}
		return (prev == "the" || prev == "a" || prev == "an") && adjShape("ic", "ian", "ean", "ese", "ish", "phone")
	case n == 2:
		return l.direction[strings.ToLower(c.words[i])] && adjShape("an", "ic", "ese", "ish")
	}
	return false
}

// partyAdjective are the capitalised party labels written before a title
// of office.
var partyAdjective = map[string]bool{"Republican": true, "Democratic": true, "Democrat": true, "Conservative": true,
	"Labour": true, "Labor": true, "Liberal": true, "Socialist": true, "Communist": true, "Green": true, "Independent": true}

// placeAdjective says whether words[i:j] is a direction and a word shaped
// like an adjective of place before a lower-case word ("a West African
// bloc", "the North Ossetian capital").
func placeAdjective(ws []string, i, j int) bool {
	if j-i != 2 || j >= len(ws) || !startsLower(ws[j]) || !isWord(ws[j]) ||
		!words().direction[strings.ToLower(ws[i])] {
		return false
	}
	last := strings.ToLower(ws[j-1])
	for _, s := range []string{"an", "ic", "ese", "ish"} {
		if len(last) > len(s)+2 && strings.HasSuffix(last, s) {
			return true
		}
	}
	return false
}

// forcesNoun are the nouns after "<demonym> government" that make the
// phrase the country's armed forces.
var forcesNoun = map[string]bool{"forces": true, "troops": true, "soldiers": true, "army": true, "militias": true, "units": true}

// describingAdverb are the adverbs before a community's adjective that
// make it a description ("mostly Christian", "predominantly Kurdish").
var describingAdverb = map[string]bool{"mostly": true, "predominantly": true, "largely": true, "mainly": true,
	"overwhelmingly": true, "majority": true, "heavily": true, "mixed": true, "historically": true, "traditionally": true}

// seaName says whether a capitalised word has the form of the adjective
// seas and oceans are named by ("Adriatic", "Caspian", "Aegean").
func seaName(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 5 && (strings.HasSuffix(lw, "ean") || strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "ian"))
}

// motionPrep are the prepositions before "the <sea>".
var motionPrep = map[string]bool{"to": true, "into": true, "across": true, "in": true, "from": true,
	"toward": true, "towards": true, "through": true, "on": true, "off": true, "over": true, "reach": true}

// regnal matches the Roman numeral of a monarch or pope after a name
// ("Letsie III", "Carl XVI"); a lone I is the pronoun.
func regnal(w string) bool {
	if len(w) < 2 && w != "V" && w != "X" {
		return false
	}
	switch w {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// syllableHyphen says whether the hyphen at j joins a short capitalised
// syllable to a lower-case one inside a given name, the way Korean names
// are written ("Kim Jong-un", "Moon Jae-in"): at least one name word before
// the syllable, the parts at most four and five letters, the second no English word
// a hyphen builds adjectives with ("Iran-led").
func (c *sent) syllableHyphen(j int) bool {
	if j+1 >= len(c.words) || (c.words[j] != "-" && c.words[j] != "‐") ||
		c.toks[j].Start != c.toks[j-1].End || c.toks[j+1].Start != c.toks[j].End {
		return false
	}
	left, right := c.words[j-1], c.words[j+1]
	if utf8.RuneCountInString(left) > 4 || utf8.RuneCountInString(right) > 5 || isAcronym(left) || !upper(left) {
		return false
	}
	for _, r := range right {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if j+2 < len(c.words) && c.toks[j+2].Start == c.toks[j+1].End && (c.words[j+2] == "-" || c.words[j+2] == "‐") {
		return false // "Ki-style-..." runs on: a compound, no syllable
	}
	return !hyphenSuffix[right]
}

// hyphenSuffix are the short English words that follow a name and a hyphen
// in compound adjectives ("Iran-led", "Gaza-born").
var hyphenSuffix = map[string]bool{
	"led": true, "run": true, "era": true, "born": true, "held": true, "made": true, "type": true,
	"wide": true, "free": true, "like": true, "bred": true, "bound": true, "area": true, "zone": true,
	"day": true, "week": true, "year": true, "old": true, "long": true, "man": true, "size": true,
	"ward": true, "west": true, "east": true, "side": true, "only": true, "less": true, "hit": true,
	"based": true, "style": true, "owned": true, "armed": true, "proof": true, "level": true, "scale": true,
	"class": true, "state": true, "wing": true, "party": true, "north": true, "south": true, "month": true,
	"hour": true, "mile": true, "plus": true, "sized": true, "ruled": true, "mined": true, "up": true, "out": true,
}

// romanceOf are the particles meaning "of" after which a country's name
// stays inside a name ("Petróleos de Venezuela").
var romanceOf = map[string]bool{"de": true, "del": true, "da": true, "do": true, "di": true}

// nameWord says whether w can be part of a name: capitalised, or a particle
// joined to a capitalised name (al-Haq, el-Burhan).
func nameWord(w string) bool {
	if upper(w) {
		return !functionWord[strings.ToLower(w)] || isAcronym(w)
	}
	if i := strings.IndexAny(w, "-‐"); i > 0 && words().particlePrefix[strings.ToLower(w[:i])] {
		return upper(w[i+1:])
	}
	return false
}

// known matches a gazetteer name at i, with what its context makes of it.
func (d *doc) known(c *sent, i int) int {
	g := d.r.Gaz
	ents, n := d.longest(c, i)
	if n == 0 || !(upper(c.words[i]) || nameWord(c.words[i])) {
		return 0
	}
	lw := strings.ToLower(c.words[i])
	if n == 1 && c.initial(i) && (d.lowerSeen[lw] || functionWord[lw]) {
		return 0
	}
	if n == 1 && words().religion[lw] {
		return 1 // "Islam" is a faith, not a group of people
	}
	if n == 1 && isAcronym(c.words[i]) && words().notAcronym[lw] {
		return 1 // "(AFP)": a news agency's credit, not the party of that name
	}
	if k := i + 1; n == 1 && isAcronym(c.words[i]) && k < len(c.words) && mediaNoun[strings.ToLower(c.words[k])] && !d.defined[c.words[i]] {
		// "the SPS news agency": an outlet the text names by its letters,
		// not whatever body the table knows by them
		d.emit(c, i, k, Group, SrcCue)
		return 1
	}
	if n == 1 && isAcronym(c.words[i]) && !dateline(c, i) {
		// "UN" is no town called Un: an acronym must be written so in the
		// table.
		keep := make([]gazetteer.Entry, 0, len(ents)) // ents is shared
		for _, x := range ents {
			if x.Type != string(Place) || isAcronym(x.Name) {
				keep = append(keep, x)
			}
		}
		if ents = keep; len(ents) == 0 {
			return 0
		}
	}
	if n == 1 && words().notName[lw] && ents[0].Type == string(Place) {
		return 0 // "West", "Western": directions, not towns
	}
	if k := i + n; n == 1 && ents[0].Type == string(Place) && k+1 < len(c.words) && (c.words[k] == "-" || c.words[k] == "‐") &&
		c.toks[k].Start == c.toks[k-1].End && c.toks[k+1].Start == c.toks[k].End && upper(c.words[k+1]) && !d.knownAt(c, k+1) {
		return 0 // "Wright-Patterson Air Force Base": a town's name that opens a hyphenated name
	}
	if k := i + n; n == 1 && ents[0].Type == string(Place) && !ents[0].Capital && k+1 < len(c.words) &&
		words().particle[c.words[k]] && upper(c.words[k+1]) && !d.knownAt(c, k+1) {
		return 0 // "Adrar des Ifoghas": the town's name opens a longer one
	}
	if ents[0].Type == string(Place) && !ents[0].Capital {
		// "Vladimir Medinsky", "Kim Jong Un", "Aung San Suu Kyi": a
		// town's name that opens a longer name is a person's or a group's.
		if k := i + n; k < len(c.words) && nameWord(c.words[k]) && !d.knownAt(c, k) && !isAcronym(c.words[k]) &&
			!(words().placeAfter[strings.ToLower(c.words[k])] && !words().featureAfter[strings.ToLower(c.words[k])]) {
			if _, tn := d.r.Gaz.Title(c.words, k); tn == 0 {
				return 0
			}
		}
		// "Fano militia": a small town's name before a group noun is
		// the group's.
		if k := i + 1; k < len(c.words) && words().cueAfter[strings.ToLower(c.words[k])] && ents[0].Population < 1000000 {
			if !slices.ContainsFunc(ents, func(x gazetteer.Entry) bool { return x.Type != string(Place) }) {
				return 0
			}
		}
	}
	e := ents[0]
	// Of entries of one kind, the one the text names by its own name
	// ("Houthis" is the entry named so, not one that lists it as an alias).
	written := gazetteer.FoldName(strings.Join(c.words[i:i+n], " "))
	for _, x := range ents[1:] {
		if x.Kind == e.Kind && gazetteer.FoldName(x.Name) == written && gazetteer.FoldName(e.Name) != written {
			e = x
			break
		}
	}
	k := i + n
	next := ""
	if k < len(c.words) {
		next = strings.ToLower(c.words[k])
	}
	if (e.Kind == gazetteer.KindCommunity || e.Kind == gazetteer.KindDemonym) && k+1 < len(c.words) &&
		(c.words[k] == "-" || c.words[k] == "‐") && c.toks[k].Start == c.toks[k-1].End &&
		c.toks[k+1].Start == c.toks[k].End && c.words[k+1] == "speaking" {
		return n + 2 // "English-speaking regions": the speakers of a language, no party
	}
	if n > 1 && words().direction[strings.ToLower(c.words[i])] && regionNoun[next] {
		return n // "the Central African nation": a country of that region, named elsewhere
	}
	if n > 1 && (e.Kind == gazetteer.KindOrg || e.Kind == gazetteer.KindGroup) && words().building[next] &&
		slices.ContainsFunc(c.words[i+1:k], startsLower) {
		return n // "a U.S. air force base": a kind of base, no body acting
	}
	if e.Kind == gazetteer.KindCommunity && next == "world" {
		return k - i + 1 // "the Hispanic world": a sphere of the world, no party to anything
	}
	if e.Kind == gazetteer.KindCommunity && n > 1 && strings.EqualFold(c.words[k-1], "world") {
		return n
	}
	if e.Kind == gazetteer.KindCommunity && n == 2 && d.adjectivePhrase(c, i, k, next) {
		return n // "a West African bloc": a region's adjective, no people
	}
	if e.Kind == gazetteer.KindCommunity && n == 1 && i > 0 {
		// "a Sunni cleric", "the mostly Christian town", "the largely
		// Hazara Fatemiyoun Brigade": the adjective describes; no group acts.
		prev := strings.ToLower(c.words[i-1])
		article := prev == "a" || prev == "an"
		adv := describingAdverb[prev]
		if (article || adv) && words().describedNoun[next] || adv && k < len(c.words) && upper(c.words[k]) {
			return n
		}
	}
	if words().cueAfter[next] {
		for _, x := range ents {
			if x.Type == string(Group) {
				e = x
				break
			}
		}
	}
	if (e.Kind == gazetteer.KindOrg || e.Kind == gazetteer.KindGroup || e.Kind == gazetteer.KindCommunity) && c.prose {
		if end := d.longForm(c, i, k); end > k {
			// "Patriotic Front for the Liberation of X (PFLX)", "Karen
			// National Liberation Army (KNLA)": the table's name only
			// opens the one the acronym spells.
			d.emit(c, i, end, Group, SrcAcronymDef)
			return end - i + d.acronymAfter(c, i, end)
		}
	}
	if e.Kind == gazetteer.KindCountry || e.Kind == gazetteer.KindDemonym {
		// "China Coast Guard" is the force "the Chinese coast guard"
		// names: one key for both spellings.
		if m := d.force(c, i, k, e); m > 0 {
			return m + d.acronymAfter(c, i, i+m)
		}
	}
	if e.Kind != gazetteer.KindCity && e.Kind != gazetteer.KindPerson {
		// "Nuba Mountains", "Tigray Defence Forces": the known word
		// opens a longer name.
		if rn := d.orgRun(c, k); rn > 0 {
			last := strings.ToLower(c.words[k+rn-1])
			switch {
			case words().placeHead[last]:
				d.emit(c, i, k+rn, Place, SrcPlaceHead)
				return k + rn - i
			case (words().orgHead[last] || words().orgHead[strings.ToLower(c.words[k])] && rn > 2) && e.Kind != gazetteer.KindDemonym && !d.genericName(c, k, rn):
				// "African Union Commission", "U.N. Office for Central Africa"
				end := d.longForm(c, i, k+rn) // "African Union Mission in Somalia (AMISOM)"
				d.emit(c, i, end, Group, SrcOrgHead)
				if d.acronymAfter(c, i, end) > 0 {
					return end + 3 - i
				}
				return end - i
			}
		}
	}
	if n == 1 {
		if ce, ok := d.stanCountry(c, i, e); ok {
			e = ce
		}
	}
	switch e.Kind {
	case gazetteer.KindCommunity:
		// "Amhara fighters", "Tuareg community", "Gulf states": the
		// community, named with its noun as the texts do.
		end := k
		if words().communityNoun[next] {
			end++
		}
		m := d.emit(c, i, end, Group, SrcGazetteer)
		m.Key, m.Canonical = e.Key, e.Name
		return end - i
	case gazetteer.KindDemonym, gazetteer.KindCountry:
		if e.Kind == gazetteer.KindDemonym && i > 0 && strings.EqualFold(c.words[i-1], "ethnic") && c.toks[i-1].End < c.toks[i].Start {
			// "ethnic Serb protesters", "ethnic Albanian mayors": the
			// people, often a minority in another state, not the country.
			m := d.emit(c, i-1, k, Group, SrcCue)
			m.Canonical = "ethnic " + strings.Join(c.words[i:k], " ")
			return n
		}
		if m := d.government(c, i, k, e.Key); m > 0 {
			return m
		}
		if k < len(c.words) && upper(c.words[k]) && words().stateBody[strings.ToLower(c.words[k])] && e.Kind == gazetteer.KindCountry {
			d.emit(c, i, k+1, Group, SrcDemonymOrg) // "the US Treasury"
			return k + 1 - i
		}
		if k+2 < len(c.words) && c.words[k] == "-" && strings.EqualFold(c.words[k+1], "led") && c.toks[k].Start == c.toks[k-1].End &&
			c.toks[k+1].Start == c.toks[k].End {
			// "the U.S.-led coalition", "a Saudi-led military alliance": a
			// body of its own, led by the country
			b := k + 2
			if b+1 < len(c.words) && startsLower(c.words[b]) && !functionWord[c.words[b]] && ledBody[strings.ToLower(c.words[b+1])] {
				b++
			}
			// "X, a Russian-led alliance, ...": an appositive describes X
			described := i > 1 && (strings.EqualFold(c.words[i-1], "a") || strings.EqualFold(c.words[i-1], "an")) && c.words[i-2] == ","
			if ledBody[strings.ToLower(c.words[b])] && !described {
				m := d.emit(c, i, b+1, Group, SrcCue)
				m.Canonical = d.text[c.toks[i].Start:c.toks[k+1].End] + " " + c.words[b]
				return b + 1 - i
			}
		}
		if k < len(c.words) && upper(c.words[k]) {
			// "Bosnian Serbs", "Kosovo Serbs", "Bosnian Serb forces": the
			// people of one nation who live in another country, a group of
			// their own whatever the noun after them
			plural := strings.HasSuffix(c.words[k], "s")
			adj := k+1 < len(c.words) && startsLower(c.words[k+1]) && !functionWord[c.words[k+1]]
			if ents2, n2 := d.longest(c, k); n2 == 1 && ents2[0].Kind == gazetteer.KindDemonym && ents2[0].Key != e.Key && (plural || adj) {
				name := strings.Join(c.words[i:k], " ") + " " + c.words[k]
				if !plural {
					name += "s"
				}
				// the adjective ("Bosnian Serb forces") is the group's when
				// the text names the people too
				if plural || strings.Contains(d.text, name) {
					m := d.emit(c, i, k+1, Group, SrcCue)
					m.Key, m.Canonical = "group:"+textnorm.Slug(name), name
					return k + 1 - i
				}
			}
		}
		if m := d.army(c, i, k, e); m > 0 {
			return m + d.acronymAfter(c, i, i+m) // "the Congolese army (FARDC)"
		}
		if m := d.force(c, i, k, e); m > 0 {
			return m // "Kazakh police": a country found through its people's word
		}
		if m := d.ministry(c, i, k, e); m > 0 {
			return m + d.acronymAfter(c, i, i+m)
		}
		if end := d.longForm(c, i, k); c.prose && end > k && d.acronymOwns(c, i, k, end) {
			// "the Sahrawi People's Liberation Army (SPLA)": the acronym's
			// first letter is the demonym's, so the demonym opens the
			// name, and the body is not the table's People's Liberation
			// Army.
			d.emit(c, i, end, Group, SrcAcronymDef)
			return end - i + d.acronymAfter(c, i, end)
		}
		if e.Kind == gazetteer.KindDemonym {
			if rn := d.orgRun(c, k); rn > 0 {
				last := strings.ToLower(c.words[k+rn-1])
				if rn >= 2 && !d.knownAt(c, k) || words().orgHead[last] {
					d.emit(c, i, k+rn, Group, SrcDemonymOrg)
					d.acronymAfter(c, i, k+rn)
					return k + rn - i
				}
				// "Nigerian Boko Haram": the demonym qualifies the name.
				m := d.emit(c, i, k, Country, SrcGazetteer)
				m.Key, m.Canonical = e.Key, e.Name
				setAttr(m, AttrRole, RoleModifier)
				return n
			}
		}
		m := d.emit(c, i, k, Country, SrcGazetteer)
		m.Key, m.Canonical = e.Key, e.Name
		return n
	case gazetteer.KindCity, gazetteer.KindAdmin1, gazetteer.KindRegion:
		if e.Capital && e.Country != "" {
			if m := d.government(c, i, k, e.Country); m > 0 {
				return m
			}
			if ce, ok := g.LookupKey(e.Country); ok {
				if m := d.ministry(c, i, k, ce); m > 0 {
					return m // "Moscow's Defence Ministry"
				}
			}
			if d.metonymy(c, i, k) {
				if body := words().capitalBody[strings.ToLower(c.words[i])]; body != "" && n == 1 {
					// "Brussels cut them off": the European Union
					for _, be := range g.Lookup(body) {
						if be.Type == string(Group) {
							m := d.emit(c, i, k, Group, SrcMetonymy)
							m.Key, m.Canonical = be.Key, be.Name
							return n
						}
					}
				}
				m := d.emit(c, i, k, Country, SrcMetonymy)
				m.Key = e.Country
				if ce, ok := g.LookupKey(e.Country); ok {
					m.Canonical = ce.Name
				}
				return n
			}
		}
		end := k
		if words().placeAfter[next] {
			end++
		}
		m := d.emit(c, i, end, Place, SrcGazetteer)
		m.Key, m.Canonical = e.Key, e.Name
		return end - i
	}
	typ := Type(e.Type)
	if typ == "" {
		typ = Group
	}
	m := d.emit(c, i, k, typ, SrcGazetteer)
	m.Key, m.Canonical = e.Key, e.Name
	if n > 1 {
		d.acronymAfter(c, i, k)
	}
	return n
}

// stanCountry finds the country a community's adjective at i names
// ("Kazakh border guards", "Turkmen President X"): the word and -stan or
// -istan is a country's name, and the word qualifies what follows, not a
// people ("ethnic Uzbeks").
func (d *doc) stanCountry(c *sent, i int, e gazetteer.Entry) (gazetteer.Entry, bool) {
	if e.Kind != gazetteer.KindCommunity || i+1 >= len(c.words) || isAcronym(c.words[i]) {
		return gazetteer.Entry{}, false
	}
	if i > 0 && strings.EqualFold(c.words[i-1], "ethnic") {
		return gazetteer.Entry{}, false
	}
	w := strings.ToLower(c.words[i])
	var country gazetteer.Entry
	found := false
	for _, suf := range []string{"stan", "istan"} {
		if x, ok := d.r.Gaz.LookupKey("country:" + textnorm.Slug(w+suf)); ok && x.Kind == gazetteer.KindCountry {
			country, found = x, true
		}
	}
	if !found {
		return gazetteer.Entry{}, false
	}
	// What follows: a lower-case noun, a title of office, or another
	// adjective joined by "and" or a comma ("Kazakh and Turkmen guards").
	next := c.words[i+1]
	switch {
	case startsLower(next) && isWord(next) && !functionWord[strings.ToLower(next)]:
	case next == "and" || next == "or" || next == ",":
	default:
		if _, tn := d.r.Gaz.Title(c.words, i+1); tn == 0 {
			return gazetteer.Entry{}, false
		}
	}
	return country, true
}

func (d *doc) knownAt(c *sent, i int) bool {
	_, n := d.longest(c, i)
	return n > 0
}

// government matches "<country|demonym|capital>['s] [new] government" from
// i, the country's words ending at k.
func (d *doc) government(c *sent, i, k int, country string) int {
	j := k
	if j < len(c.words) && isPoss(c.words[j]) {
		j++
	}
	for j < len(c.words) && words().govModifier[strings.ToLower(c.words[j])] {
		j++
	}
	if j >= len(c.words) || !words().govNoun[strings.ToLower(c.words[j])] {
		return 0
	}
	if j+1 < len(c.words) && forcesNoun[strings.ToLower(c.words[j+1])] {
		return 0 // "Malian government forces" are the country's forces, not its cabinet
	}
	m := d.emit(c, i, j+1, Group, SrcGovernment)
	m.Key = GovernmentKey(country)
	if e, ok := d.r.Gaz.Demonym(c.words[i]); ok && e.Key == country {
		m.Canonical = c.words[i] + " government"
	}
	return j + 1 - i
}

// bodyOfCountry matches "<generic body> of [the] <Country>" at i, the
// body's words ending at j: "the Armed Forces of Ukraine", "the Ministry of
// Defence of Kenya". Such a name only says what the body does; its country
// tells it apart, so it gets the key "<Demonym> army" and "<Country>'s
// Foreign Ministry" get.
func (d *doc) bodyOfCountry(c *sent, i, j int) int {
	l := words()
	if j <= i || j+2 >= len(c.words) || !strings.EqualFold(c.words[j], "of") || !d.genericName(c, i, j-i) ||
		!slices.ContainsFunc(c.words[i:j], func(w string) bool { return l.orgHead[strings.ToLower(w)] }) {
		return 0
	}
	k := j + 1
	if strings.EqualFold(c.words[k], "the") {
		k++
	}
	ents, n := d.longest(c, k)
	if n == 0 || ents[0].Kind != gazetteer.KindCountry || !upper(c.words[k]) {
		return 0
	}
	country := ents[0].Key
	var parts []string
	army := true
	for _, w := range c.words[i:j] {
		lw := strings.ToLower(w)
		parts = append(parts, lw)
		army = army && armyWord[lw]
	}
	end := k + n
	m := d.emit(c, i, end, Group, SrcDemonymOrg)
	m.Canonical = m.Text
	if army {
		m.Key = ArmyKey(country) // "Armed Forces of X" is "X's army"
	} else {
		m.Key = "group:" + textnorm.Slug(strings.TrimPrefix(country, "country:")+" "+strings.Join(parts, " "))
	}
	return end - i + d.acronymAfter(c, i, end)
}

// armyWord are the words of a name that is only "the army".
var armyWord = map[string]bool{"armed": true, "forces": true, "force": true, "army": true, "national": true,
	"military": true, "defence": true, "defense": true}

// PlaceBase splits a place's name from a place word that ends it: "Galwan
// Valley" -> ("Galwan", true), "Galwan area" -> ("Galwan", false); the
// flag says whether the word names a feature (a valley, a forest) rather
// than a vague or administrative stretch (an area, a province). It returns
// ("", false) when no place word ends the name.
func PlaceBase(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", false
	}
	w := strings.ToLower(name[i+1:])
	l := words()
	if !l.placeHead[w] && !l.placeAfter[w] {
		return "", false
	}
	return strings.TrimSpace(name[:i]), l.placeHead[w] && !l.placeAfter[w] || l.featureAfter[w]
}

// ShortName returns a group's name without a head word it may drop
// ("Wagner Group" -> "Wagner"), or "" when it has none.
func ShortName(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !words().dispensableHead[strings.ToLower(name[i+1:])] {
		return ""
	}
	return strings.TrimSpace(name[:i])
}

// GovernmentKey is the key of a country's government.
func GovernmentKey(country string) string {
	return "group:government-of-" + strings.TrimPrefix(country, "country:")
}

// ArmyKey is the key of a country's armed forces.
func ArmyKey(country string) string {
	return "group:army-of-" + strings.TrimPrefix(country, "country:")
}

// army matches "<demonym> army|military|armed forces".
func (d *doc) army(c *sent, i, k int, e gazetteer.Entry) int {
	if k < len(c.words) && isPoss(c.words[k]) {
		k++
	}
	if k >= len(c.words) {
		return 0
	}
	w := strings.ToLower(c.words[k])
	n := 1
	if w == "armed" && k+1 < len(c.words) && strings.EqualFold(c.words[k+1], "forces") {
		w, n = "armed forces", 2
	}
	if w == "military" {
		// "the Myanmar military said" names the army; "Israeli military
		// interventions" only qualifies a noun.
		if k+1 < len(c.words) && startsLower(c.words[k+1]) && !functionWord[strings.ToLower(c.words[k+1])] &&
			!words().speechVerb[strings.ToLower(c.words[k+1])] && !strings.HasSuffix(c.words[k+1], "ed") {
			return 0
		}
	} else if !words().armyNoun[w] {
		return 0
	}
	m := d.emit(c, i, k+n, Group, SrcArmy)
	m.Key = ArmyKey(e.Key)
	adj := c.words[i]
	if e.Kind != gazetteer.KindDemonym {
		adj = e.Name
	}
	m.Canonical = adj + " " + w
	// The table may know the army by name ("Sudanese Armed Forces").
	for _, name := range []string{adj + " Armed Forces", adj + " Army", "Armed Forces of " + e.Name} {
		for _, x := range d.r.Gaz.Lookup(name) {
			if x.Type == string(Group) {
				m.Key, m.Canonical = x.Key, x.Name
				return k + n - i
			}
		}
	}
	// a monarchy's armed forces ("Royal Thai Armed Forces"), whichever
	// word the text names the country by
	if x, ok := royalArmy(d.r.Gaz)[e.Key]; ok {
		m.Key, m.Canonical = x.Key, x.Name
	}
	return k + n - i
}

var royalArmies sync.Map // *gazetteer.Gazetteer -> map[string]gazetteer.Entry

// royalArmy maps a country's key to the table's "Royal <X> Armed Forces"
// of that country.
func royalArmy(g *gazetteer.Gazetteer) map[string]gazetteer.Entry {
	if v, ok := royalArmies.Load(g); ok {
		return v.(map[string]gazetteer.Entry)
	}
	out := map[string]gazetteer.Entry{}
	for _, x := range g.Entries() {
		if x.Type == string(Group) && x.Country != "" && strings.HasPrefix(x.Name, "Royal ") && strings.HasSuffix(x.Name, " Armed Forces") {
			out[x.Country] = x
		}
	}
	royalArmies.Store(g, out)
	return out
}

// force matches "<country|demonym>['s] police|coast guard|gendarmerie":
// a uniformed force other than the army, a party to clashes of its own
// ("Kosovo police fought gunmen", "the Chinese coast guard rammed a
// boat"). Its key joins the country's name and the noun, so each force of
// a country is one entity and none merges with the army.
func (d *doc) force(c *sent, i, k int, e gazetteer.Entry) int {
	j := k
	if j < len(c.words) && isPoss(c.words[j]) {
		j++
	}
	n := 0
	var noun string
	for _, l := range []int{2, 1} {
		if j+l > len(c.words) {
			continue
		}
		w := strings.ToLower(strings.Join(c.words[j:j+l], " "))
		if words().forceNoun[w] {
			n, noun = l, w
			break
		}
	}
	if n == 0 {
		return 0
	}
	if j+n < len(c.words) && strings.EqualFold(c.words[j+n], "state") {
		return 0 // "a police state" says what a country is
	}
	m := d.emit(c, i, j+n, Group, SrcArmy)
	m.Key = "group:" + textnorm.Slug(strings.TrimPrefix(e.Key, "country:")+" "+noun)
	// as written ("Uzbek police", not "Uzbekistan police"), without a
	// possessive ("China's coast guard" is "China coast guard")
	m.Canonical = d.text[c.toks[i].Start:c.toks[k-1].End] + " " + strings.Join(c.words[j:j+n], " ")
	return j + n - i
}

// ministry matches "<Country>'s|<Demonym> Foreign Ministry": a body whose
// name only says what it does needs its country to be told apart, so the
// country is part of its mention and its key.
func (d *doc) ministry(c *sent, i, k int, e gazetteer.Entry) int {
	j := k
	if j < len(c.words) && isPoss(c.words[j]) {
		j++
	}
	rn := d.orgRun(c, j)
	if rn == 0 {
		rn = lowerMinistry(c.words, j)
	}
	if rn == 0 {
		return 0
	}
	if !d.genericName(c, j, rn) {
		return 0
	}
	var parts []string
	for _, w := range c.words[j : j+rn] {
		parts = append(parts, strings.ToLower(w))
	}
	if !words().orgHead[parts[len(parts)-1]] {
		return 0
	}
	m := d.emit(c, i, j+rn, Group, SrcDemonymOrg)
	m.Key = "group:" + textnorm.Slug(strings.TrimPrefix(e.Key, "country:")+" "+strings.Join(parts, " "))
	return j + rn - i
}

// lowerMinistry is the length of a force-commanding ministry's name in
// lower case at i ("Greece's defence ministry said its jets ..."), as wire
// copy often writes it: such a ministry reports and directs operations, a
// party to clashes. A lower-case foreign or health ministry only speaks
// for its country and stays no entity; 0 when there is none.
func lowerMinistry(ws []string, i int) int {
	if i+1 < len(ws) && forceMinistry[ws[i]] && ws[i+1] == "ministry" {
		return 2
	}
	return 0
}

// venueWord are the words before "Centre|Center" that make it a venue.
var venueWord = map[string]bool{"conference": true, "convention": true, "exhibition": true, "congress": true,
	"trade": true, "shopping": true, "sports": true, "events": true, "expo": true}

// forceMinistry are the lower-case words of ministries that command armed
// or uniformed forces.
var forceMinistry = map[string]bool{"defence": true, "defense": true, "interior": true}

// genericName says whether the name words[i:i+n] only says what a body does
// ("Foreign Ministry").
func (d *doc) genericName(c *sent, i, n int) bool {
	for _, w := range c.words[i : i+n] {
		if !words().genericOrg[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// metonymy says whether a capital at i..k acts as its government: it is
// the subject of a verb, not a location after a preposition.
func (d *doc) metonymy(c *sent, i, k int) bool {
	if i > 0 {
		prev := strings.ToLower(c.words[i-1])
		// The object of a verb of dealing: "accused Kigali", "talks with
		// Moscow", "relying on Washington", "sanctions on Tehran".
		if words().objectVerb[prev] {
			return true
		}
		if prev == "on" && i > 1 && words().objectVerb[strings.ToLower(c.words[i-2])+" on"] {
			return true
		}
		if (prev == "and" || prev == ",") && i > 1 && d.capitalActs(c, i-2) {
			// "Washington and Brussels cut ...": the second of two
			// capitals that act together
			return d.verbAfter(c, k)
		}
		switch prev {
		case "in", "at", "near", "outside", "around", "into", "from", "to", "across", "toward", "towards",
			"through", "of", "between", "inside", "within", "via", "over", "under", "and", "or", ",":
			return false
		}
	}
	if dateline(c, i) {
		return false
	}
	if k+1 < len(c.words) && (c.words[k] == "and" || c.words[k] == ",") {
		// "Washington and Brussels cut ...": the first of two capitals
		// that act together
		if ents, n := d.longest(c, k+1); n > 0 && ents[0].Capital && upper(c.words[k+1]) {
			return d.verbAfter(c, k+1+n)
		}
	}
	for k < len(c.words)-1 && isQuote(c.words[k]) {
		k++ // a quotation may open before the verb
	}
	return k < len(c.words) && words().speechVerb[strings.ToLower(c.words[k])]
}

// capitalActs says whether the word at j ends a capital that opens its
// clause as a subject (not "in X and Y").
func (d *doc) capitalActs(c *sent, j int) bool {
	for n := 1; n <= 2 && j-n+1 >= 0; n++ {
		st := j - n + 1
		if ents, m := d.longest(c, st); m == n && ents[0].Capital && upper(c.words[st]) {
			if st == 0 {
				return true
			}
			switch strings.ToLower(c.words[st-1]) {
			case "-", "—", "–", "“", "\"", ";", "but", "while", "when", "as", "and":
				return true
			}
			return false
		}
	}
	return false
}

// verbAfter says whether a verb of a government's action or speech follows
// at k (a quotation may open before it).
func (d *doc) verbAfter(c *sent, k int) bool {
	for k < len(c.words)-1 && isQuote(c.words[k]) {
		k++
	}
	return k < len(c.words) && words().speechVerb[strings.ToLower(c.words[k])]
}

// orgRun is nameRun extended over connectors ("of", "for") when the name
// is an organisation's ("Ministry of Defence", "Institute for the
// Study of War"). It returns 0 at a known name.
func (d *doc) orgRun(c *sent, i int) int {
	if i >= len(c.words) || d.knownAt(c, i) {
		return 0
	}
	return d.orgRunAny(c, i)
}

// orgRunAny is orgRun that may start at a known name (a town's name that
// known has passed on).
func (d *doc) orgRunAny(c *sent, i int) int {
	if _, tn := d.r.Gaz.Title(c.words, i); tn > 0 && !(tn == 1 && words().nameTitle[strings.ToLower(c.words[i])]) &&
		!(i+tn < len(c.words) && words().orgHead[strings.ToLower(c.words[i+tn])] && upper(c.words[i+tn])) {
		return 0 // a title opens a person's name; "General Directorate" opens a body's
	}
	n := d.nameRun(c, i)
	if n == 0 {
		return 0
	}
	l := words()
	for {
		j := i + n
		hasHead := false
		for _, w := range c.words[i:j] {
			if l.orgHead[strings.ToLower(w)] {
				hasHead = true
			}
		}
		if n == 1 && j < len(c.words) && l.placeOf[strings.ToLower(c.words[i])] && strings.EqualFold(c.words[j], "of") {
			hasHead = true // "Line of Contact", "Strait of Hormuz"
		}
		if j+1 >= len(c.words) || !l.orgConnector[strings.ToLower(c.words[j])] {
			return n
		}
		k := j + 1
		if strings.EqualFold(c.words[k], "the") && k+1 < len(c.words) {
			k++
		}
		more := d.nameRun(c, k)
		if more == 0 {
			return n
		}
		// "Ministry of Defence" (head before), "Oil and Gas Enterprise"
		// (head after); "and" only joins when the head comes after.
		if strings.EqualFold(c.words[j], "and") && k > j+1 {
			return n // "X Group and the Y Corps" lists two bodies
		}
		endsHead := l.orgHead[strings.ToLower(c.words[k+more-1])]
		if and := strings.EqualFold(c.words[j], "and"); and && !endsHead || !and && !hasHead {
			return n
		}
		n = k + more - i
	}
}

// longConnector are the small words a long name may hold when an acronym
// after it vouches for it ("Mission in Afghanistan", "Group for the
// Support of ...").
var longConnector = map[string]bool{"of": true, "for": true, "in": true, "and": true, "the": true, "on": true, "to": true}

// longForm extends a name at i..j over connectors and capitalised words
// up to a parenthesised acronym that spells it: "Line of Actual Control
// (LAC)", "Assistance Mission in Afghanistan (UNAMA)". News writes such
// long names whole before their acronym; without one, "of <Country>" or
// "in <Place>" after a name is more often a phrase of the sentence. It
// returns the new end, or j.
func (d *doc) longForm(c *sent, i, j int) int {
	k := j
	hasIn := false
	for ; k < len(c.words) && k-i < 16 && c.words[k] != "("; k++ {
		w := c.words[k]
		lw := strings.ToLower(w)
		switch {
		case longConnector[lw]:
			hasIn = hasIn || lw == "in"
			if lw == "the" && strings.EqualFold(c.words[k-1], "and") {
				return j // "X and the Y (ACR)" lists two names
			}
		case nameWord(w) && !isAcronym(w):
		case isPoss(w) && k > j && nameWord(c.words[k-1]) && c.toks[k].Start == c.toks[k-1].End:
			// "People's Liberation Army"
		default:
			return j
		}
	}
	acr, _ := c.parenAcronym(k)
	if k == j || acr == "" || !nameWord(c.words[k-1]) || isAcronym(c.words[k-1]) {
		return j
	}
	if spells(acr, c.words[i:k]) {
		return k
	}
	// "Group for the Support of ... (JNIM)": an organisation's head opens
	// it, its acronym is of a name in another language.
	if words().orgHead[strings.ToLower(c.words[i])] && !hasIn && k-i <= 10 {
		return k
	}
	return j
}

// acronymOwns says whether the acronym in parentheses after i..end has a
// letter for the words i..k before the rest of the name: its first
// letter is word i's initial and it has more letters than the capitalised
// words k..end.
func (d *doc) acronymOwns(c *sent, i, k, end int) bool {
	acr, _ := c.parenAcronym(end)
	if acr == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(acr)
	head, _ := utf8.DecodeRuneInString(c.words[i])
	if unicode.ToLower(first) != unicode.ToLower(head) {
		return false
	}
	letters, caps := 0, 0
	for _, r := range acr {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	for _, w := range c.words[k:end] {
		if upper(w) {
			caps++
		}
	}
	return letters > caps
}

// spells says whether acronym acr may stand for the name words ws: the
// initials of its capitalised words are nearly all among the acronym's
// letters, the first and last included. Order is not asked for, since acronyms
// often follow the name in another language (FDLR for the Democratic
// Forces for the Liberation of Rwanda), nor every letter, since some come
// from inside words (AUSSOM, ... in SOMalia).
func spells(acr string, ws []string) bool {
	pool := map[rune]int{}
	for _, r := range acr {
		if unicode.IsLetter(r) {
			pool[unicode.ToLower(r)]++
		}
	}
	var ini []rune
	for _, w := range ws {
		if !upper(w) {
			continue
		}
		if isAcronym(w) { // "U.N. Support Mission"
			for _, r := range w {
				if unicode.IsUpper(r) {
					ini = append(ini, unicode.ToLower(r))
				}
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		ini = append(ini, unicode.ToLower(r))
	}
	if len(ini) < 2 || pool[ini[0]] == 0 || pool[ini[len(ini)-1]] == 0 {
		return false
	}
	matched := 0
	for _, r := range ini {
		if pool[r] > 0 {
			pool[r]--
			matched++
		}
	}
	return matched*4 >= len(ini)*3
}

// Spells says whether the acronym acr may stand for name, its letters in
// any order (see spells): "FARDC" for the Armed Forces of the Democratic
// Republic of the Congo.
func Spells(acr, name string) bool { return spells(acr, strings.Fields(name)) }

// acronymLike matches the acronyms defined in parentheses: all capitals
// (RSF, U.N.), or mostly capitals with a few small letters or a hyphen
// (LoC, FAMa, CSP-DPA).
func acronymLike(w string) bool {
	if isAcronym(w) {
		return true
	}
	up, low := 0, 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case r == '-' || r == '.':
		default:
			return false
		}
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return up >= 2 && up <= 10 && low < up
}

// acronymAfter records "Name (ACR)" after a name spanning i..k.
// It returns the number of tokens of "(ACR)", 0 when there is none.
func (d *doc) acronymAfter(c *sent, i, k int) int {
	acr, end := c.parenAcronym(k)
	if acr == "" {
		return 0
	}
	d.defined[acr] = true
	long := d.text[c.toks[i].Start:c.toks[k-1].End]
	for j := len(d.out) - 1; j >= 0; j-- {
		if d.out[j].Start == c.toks[i].Start && d.out[j].End == c.toks[k-1].End {
			setAttr(&d.out[j], AttrAcronym, acr)
			break
		}
	}
	m := d.emit(c, k+1, end, "", SrcAcronymDef)
	setAttr(m, AttrExpands, long)
	return end + 1 - k
}

// parenAcronym reads "(ACR)" at token k, the acronym perhaps hyphenated
// over several tokens ("(CSD-DPK)"). It returns the acronym and the index
// of ")", or "" when there is none.
func (c *sent) parenAcronym(k int) (string, int) {
	if k+2 >= len(c.words) || c.words[k] != "(" {
		return "", 0
	}
	j := k + 1
	for j < len(c.words) && j <= k+4 && c.words[j] != ")" {
		if j > k+1 && c.toks[j].Start != c.toks[j-1].End {
			return "", 0
		}
		j++
	}
	if j >= len(c.words) || c.words[j] != ")" || j == k+1 {
		return "", 0
	}
	acr := strings.Join(c.words[k+1:j], "")
	if !acronymLike(acr) {
		return "", 0
	}
	return acr, j
}

// definedAcronyms lets an acronym the text defines win over the table's
// body of that acronym: "the Government of National Salvation (GNS)" makes
// every "GNS" of the text that government, whatever else the table knows
// as GNS.
func (d *doc) definedAcronyms() {
	if len(d.defined) == 0 {
		return
	}
	long := map[string]string{} // acronym -> key of its long form ("" when none)
	for _, m := range d.out {
		if a := m.Attrs[AttrAcronym]; a != "" {
			if _, ok := long[a]; !ok {
				long[a] = m.Key
			}
		}
	}
	for i := range d.out {
		m := &d.out[i]
		lk, ok := long[m.Text]
		if !ok || m.Key == "" || m.Key == lk || !d.defined[m.Text] || m.Source != SrcGazetteer {
			continue
		}
		m.Key, m.Canonical, m.Source = "", "", SrcAcronym
		if m.Attrs[AttrExpands] != "" {
			m.Type, m.Source = "", SrcAcronymDef
		}
	}
}

// run types a run of capitalised words that no table knows.
func (d *doc) run(c *sent, i int) int {
	w := c.words[i]
	l := words()
	if isOrdinal(w) && c.prose {
		// "the 33rd Front", "the 59th Brigade": a numbered unit.
		if n := d.nameRun(c, i+1); n > 0 && l.orgHead[strings.ToLower(c.words[i+n])] {
			d.emit(c, i, i+1+n, Group, SrcOrgHead)
			return 1 + n
		}
		return 0
	}
	if upper(w) && numberWord[strings.ToLower(w)] && !c.initial(i) && i+1 < len(c.words) && nameWord(c.words[i+1]) && c.prose {
		// "the Three Brotherhood Alliance": a number opens the body's name
		if n := d.orgRun(c, i+1); n > 0 && l.orgHead[strings.ToLower(c.words[i+n])] {
			d.emit(c, i, i+1+n, Group, SrcOrgHead)
			return 1 + n
		}
	}
	if !nameWord(w) && !(l.particle[strings.ToLower(w)] && i+1 < len(c.words) && nameWord(c.words[i+1])) {
		return 0
	}
	if c.initial(i) && !isAcronym(w) && d.common(w) {
		if (i+1 >= len(c.words) || !nameWord(c.words[i+1])) && d.surnameBefore(w) {
			// "Rice, whose plane landed ...": an ordinary word opening the
			// sentence that is the surname of a person named in full
			d.emit(c, i, i+1, Person, SrcName)
		}
		return 1
	}
	if c.initial(i) && (i+1 >= len(c.words) || !nameWord(c.words[i+1])) && ordinaryForm(w) {
		return 1 // "Speaking alongside ...", "Socially, ..."
	}
	if l.leadWord[strings.ToLower(w)] && i+1 < len(c.words) && nameWord(c.words[i+1]) && c.toks[i+1].Start > c.toks[i].End {
		return 1 // "On Wednesday Foreign Minister X": the name starts after the day
	}
	if isAcronym(w) || d.defined[w] {
		if dateline(c, i) {
			return 1
		}
		if l.notAcronym[strings.ToLower(strings.ReplaceAll(w, ".", ""))] {
			return 1
		}
		if !c.prose && !d.proseRuns[textnorm.Fold(w)] {
			return 1
		}
		if n := d.acronymLed(c, i); n > 0 {
			return n
		}
		d.emit(c, i, i+1, Group, SrcAcronym)
		d.proseRuns[textnorm.Fold(w)] = true
		return 1
	}
	if l.placeFirst[strings.ToLower(w)] && upper(w) && i+1 < len(c.words) && upper(c.words[i+1]) && c.prose {
		// "Lake Chad", "Mount Lebanon": a feature named after a country or
		// place the table knows is a place of its own.
		if ents, kn := d.longest(c, i+1); kn > 0 && ents[0].Kind != gazetteer.KindPerson && ents[0].Kind != gazetteer.KindOrg &&
			ents[0].Kind != gazetteer.KindGroup && ents[0].Kind != gazetteer.KindCommunity && ents[0].Kind != gazetteer.KindDemonym {
			d.emit(c, i, i+1+kn, Place, SrcPlaceHead)
			return 1 + kn
		}
	}
	if n := d.republicOf(c, i); n > 0 {
		return n
	}
	n := d.orgRunAny(c, i)
	if n == 0 {
		return 0
	}
	if c.prose {
		if m := d.bodyOfCountry(c, i, i+n); m > 0 {
			return m
		}
	}
	if last := strings.ToLower(c.words[i+n-1]); n > 1 && l.notName[last] && !l.orgHead[last] && !l.placeHead[last] {
		n-- // "Sunni Islamist group": the adjective is no part of the name
		for n > 1 && l.orgConnector[strings.ToLower(c.words[i+n-1])] {
			n-- // nor a connector left before it
		}
	}
	if c.prose {
		n = d.longForm(c, i, i+n) - i
	}
	if j := i + n; n <= 2 && j+1 < len(c.words) && isPoss(c.words[j]) && d.common(c.words[j-1]) {
		if rn := d.orgRun(c, j+1); rn > 0 && l.orgHead[strings.ToLower(c.words[j+rn])] {
			n += 1 + rn // "People's Defence Force"
		}
	}
	j := i + n
	text := d.text[c.toks[i].Start:c.toks[j-1].End]
	folded := textnorm.Fold(text)
	if !c.prose && !d.proseRuns[folded] {
		return n
	}
	first, last := strings.ToLower(c.words[i]), strings.ToLower(c.words[j-1])
	next := ""
	if j < len(c.words) {
		next = strings.ToLower(c.words[j])
	}
	prev := ""
	if i > 0 {
		prev = strings.ToLower(c.words[i-1])
	}
	var typ Type
	src := SrcSingle
	hasHead := false
	for _, w := range c.words[i:j] {
		hasHead = hasHead || l.orgHead[strings.ToLower(w)]
	}
	if d.notEntity(c, i, j, hasHead) {
		return n
	}
	if n == 1 && prev == "ethnic" && c.toks[i-1].End < c.toks[i].Start && !hasHead {
		// "ethnic Tamil protesters": the people, whatever table knows them
		m := d.emit(c, i-1, j, Group, SrcCue)
		m.Canonical = "ethnic " + c.words[i]
		d.proseRuns[folded] = true
		return n
	}
	direction := n > 1 && l.direction[first] && !hasHead
	if d.adjectivePhrase(c, i, j, next) {
		return n // "the Andean states", "a West African bloc"
	}
	// "the armed wing of X", "the site of X": the noun before "of".
	ofNoun := ""
	// A capitalised noun is part of a name ("Islamic State of X"), unless
	// it opens the sentence.
	nounAt := func(k int) string {
		if upper(c.words[k]) && !c.initial(k) {
			return ""
		}
		return strings.ToLower(c.words[k])
	}
	if k := i - 1; k > 0 && c.words[k] == "the" {
		if k--; c.words[k] == "of" && k > 0 {
			ofNoun = nounAt(k - 1)
		}
	} else if k > 0 && prev == "of" {
		ofNoun = nounAt(k - 1)
	}
	if j < len(c.words) && isPoss(c.words[j]) {
		ofNoun = "" // "members of X's regime": X owns the noun after it
	}
	appos := d.appositive(c, j)
	body := 0 // words after the name that belong to its mention
	switch {
	case direction && !(n > 2 && hasParenAcronym(c, j)):
		// "South Darfur", "Northern Shan"; but "Central General Staff
		// (EMC)" defines a body
		typ, src = Place, SrcPlaceHead
	case n == 1 && (l.orgHead[first] || l.placeHead[first]):
		return n // "the 59th Brigade", "the Ministry": no name
	case n == 1 && orgSuffixed(first):
		typ, src = Group, SrcOrgHead // "Sberbank", "Gazprombank"
	case l.notEntityHead[last] && !hasHead || n == 1 && l.notName[first]:
		return n
	case hasParenAcronym(c, j):
		typ, src = Group, SrcAcronymDef
		if (!hasHead || !l.orgHead[last]) && (l.placeHead[first] || l.placeHead[last]) {
			typ = Place // "Line of Actual Control (LAC)", "Gulf of Aden"
		}
	case hasHead && l.placeHead[last] && !l.orgHead[last] && n > 1:
		// "X International Airport": the place's head word ends the name
		typ, src = Place, SrcPlaceHead
	case n > 1 && (last == "centre" || last == "center") && venueWord[strings.ToLower(c.words[j-2])]:
		// "the Dakar Conference Centre", "the Expo Convention Center": a
		// hall that meetings are held in, not a body
		typ, src = Place, SrcPlaceHead
	case hasHead:
		typ, src = Group, SrcOrgHead
	case l.placeHead[last] || l.placeFirst[first] && n > 1,
		n > 2 && l.placeOf[first] && strings.EqualFold(c.words[i+1], "of"): // "Line of Contact"
		typ, src = Place, SrcPlaceHead
	case l.placeAfter[next] && !startsUpper(c.words[j]),
		j+1 < len(c.words) && startsLower(next) && !functionWord[next] && l.placeAfter[strings.ToLower(c.words[j+1])]:
		// "the Catatumbo region", "Arauca province", "the Zamzam
		// displacement camp"
		typ, src = Place, SrcPlaceCue
	case n == 1 && l.armedAdjective[next] && j+1 < len(c.words) && l.armedBody[strings.ToLower(c.words[j+1])]:
		// "Karakalpak separatist forces": an unknown people's word, an
		// armed adjective and a body name one armed group, not the people
		typ, src, body = Group, SrcCue, 2
	case l.cueAfter[next] && !startsUpper(c.words[j]):
		typ, src = Group, SrcCue
		if n == 1 && adjectival(strings.ToLower(first)) && j < len(c.words) && (next == "separatists" || next == "rebels" || next == "militants" || next == "insurgents") {
			body = 1 // "Ambazonian separatists": the people's adjective names no one without its noun
		}
	case l.cueBefore[prev] || prev == "," && i > 1 && l.cueBefore[strings.ToLower(c.words[i-2])]:
		typ, src = Group, SrcCue // "the rebel group M23", "his Islamist group, X,"
	case l.groupOf[ofNoun]:
		typ, src = Group, SrcCue // "the armed wing of X"
	case appos != "":
		typ, src = appos, SrcCue // "X, a settler group accused of ...", "X, a town in ..."
	case l.placeNoun[ofNoun]:
		typ, src = Place, SrcContext // "the site of X", "the town of X"
	case prev == "the" && l.placeEvent[next]:
		typ, src = Place, SrcContext // "the Marikana massacre"
	case n > 1 && hasIzafe(c, i, j):
		typ, src = Group, SrcName // "Tehrik-e-Insaf": a body's name, not a person's
	case i > 1 && isPoss(c.words[i-1]) && d.personEndsAt(c, i-2):
		typ, src = Group, SrcContext // "Netanyahu's Likud": a person's party or movement
	case prev == "the" && n == 1 && seaName(first) && (next == "" || !isWord(next) || functionWord[next]) &&
		i > 1 && motionPrep[strings.ToLower(c.words[i-2])]:
		typ, src = Place, SrcContext // "ships to the Adriatic", "across the Pacific"
	case prev == "the" && !(n > 1 && hasParticle(c.words[i:j]) && (l.personNounAfter[next] || isPoss(next))):
		// "the Kremlin", "the Red Crescent", "the Jaysh al-Adl"; but
		// "the Muammar al-Gaddafi era" names a person.
		typ, src = Group, SrcContext
	case n == 1 && (prev == "in" || prev == "near" || prev == "outside") && !(j < len(c.words) && isPoss(c.words[j])):
		typ, src = Place, SrcContext
	case n <= 3 && locative(c.words, i) && !(j < len(c.words) && (isPoss(c.words[j]) || l.personVerb[next])):
		// "near Pangong Tso", "positions at Mahbes", "in 2008 at Ras
		// Doumeira"
		typ, src = Place, SrcContext
	case l.placeCueAfter[next] && !startsUpper(c.words[j]):
		typ, src = Place, SrcPlaceCue // "the Cite Soleil slum"
	case n > 1:
		typ, src = Person, SrcName
	case j < len(c.words) && l.personVerb[next]:
		typ, src = Person, SrcSubject // "Zelensky said", "Burhan told"
	}
	end := j + body
	if typ == Place && words().placeAfter[next] {
		end++
	}
	m := d.emit(c, i, end, typ, src)
	if typ == "" && c.initial(i) {
		setAttr(m, AttrInitial, "true")
	}
	d.proseRuns[folded] = true
	if src == SrcAcronymDef {
		return n + d.acronymAfter(c, i, j)
	}
	return n + body
}

// hyphenAcronym matches at i an acronym the text has defined that is
// written over several tokens ("CSD-DPK"), so that its halves are not taken
// for other bodies.
func (d *doc) hyphenAcronym(c *sent, i int) int {
	if len(d.defined) == 0 || i+2 >= len(c.words) || c.words[i+1] != "-" ||
		c.toks[i+1].Start != c.toks[i].End || c.toks[i+2].Start != c.toks[i+1].End {
		return 0
	}
	if acr := strings.Join(c.words[i:i+3], ""); d.defined[acr] && (i == 0 || c.words[i-1] != "(") {
		d.emit(c, i, i+3, Group, SrcAcronym)
		return 3
	}
	return 0
}

// hyphenPair matches at i two acronyms joined by a hyphen that no table
// knows ("KDP-S"), or a known one and a faction's letter ("NDC-R"): one
// body's name, not two bodies.
// "US-EU" is two known bodies and stays apart.
func (d *doc) hyphenPair(c *sent, i int) int {
	if i+2 >= len(c.words) || (c.words[i+1] != "-" && c.words[i+1] != "‐") ||
		c.toks[i+1].Start != c.toks[i].End || c.toks[i+2].Start != c.toks[i+1].End ||
		!isAcronym(c.words[i]) || !(isAcronym(c.words[i+2]) || len(c.words[i+2]) == 1 && upper(c.words[i+2])) {
		return 0
	}
	if i+3 < len(c.words) && (c.words[i+3] == "-" || c.words[i+3] == "‐") {
		return 0 // a longer chain: "US-UK-France" talks
	}
	// A one-letter suffix marks a faction of a known body ("NDC-R"); two
	// acronyms that a table knows are two bodies.
	ents, n := d.longest(c, i)
	if n > 0 && (len(c.words[i+2]) > 1 || ents[0].Kind == gazetteer.KindCountry) {
		return 0
	}
	if _, n := d.longest(c, i+2); n > 0 && len(c.words[i+2]) > 1 {
		return 0
	}
	if words().notAcronym[strings.ToLower(c.words[i])] || words().notAcronym[strings.ToLower(c.words[i+2])] {
		return 0
	}
	d.emit(c, i, i+3, Group, SrcAcronym)
	return 3
}

func hasParenAcronym(c *sent, j int) bool {
	acr, _ := c.parenAcronym(j)
	return acr != ""
}

// notEntity says whether the capitalised run i..j names nothing of our
// four types: an operation ("Operation Thunderbolt"), an adjective phrase
// ("West African leaders"), a legal label built on an adverb ("Specially
// Designated ..."), a lone title that is also a given name, or the domain of
// a title of office ("Director General of Military Intelligence").
func (d *doc) notEntity(c *sent, i, j int, hasHead bool) bool {
	l := words()
	n := j - i
	first, last := strings.ToLower(c.words[i]), strings.ToLower(c.words[j-1])
	if n > 1 && l.notEntityFirst[first] || n == 1 && l.nameTitle[first] {
		return true
	}
	for _, w := range c.words[i:j] {
		if adverb(w) {
			return true
		}
	}
	next := ""
	if j < len(c.words) {
		next = c.words[j]
	}
	if n > 1 && l.direction[first] && startsLower(next) && adjectival(last) {
		return true
	}
	if n > 1 && !l.orgHead[last] && i > 0 {
		of := strings.EqualFold(c.words[i-1], "of") || strings.EqualFold(c.words[i-1], "for") // "High Commissioner for Human Rights"
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if _, tn := d.r.Gaz.Title(c.words, k); tn > 0 && (of && k+tn == i-1 || k+tn >= j) {
				return true // "Director General of X", "Minister of Foreign Affairs"
			}
		}
	}
	return false
}

// notEntityFirst says whether a name opening with w is none of our types
// ("Operation ...").
func notEntityFirst(w string) bool { return words().notEntityFirst[strings.ToLower(w)] }

// adverb says whether a capitalised word is an adverb (Specially,
// Internationally): names hold none.
func adverb(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) < 7 {
		return false
	}
	for _, suf := range []string{"ally", "ently", "ously", "ively", "ately"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// adjectival says whether a word has the ending of an adjective of origin
// (African, Asian, European, Congolese): "West African" qualifies a noun.
// numberWord are the number words that may open a body's name.
var numberWord = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "twelve": true}

// mediaNoun are nouns after an acronym that make it a news outlet.
var mediaNoun = map[string]bool{"news": true, "agency": true, "television": true, "tv": true, "radio": true,
	"newspaper": true, "channel": true, "broadcaster": true, "daily": true}

// ledBody are the nouns of bodies a country leads: "the Saudi-led
// coalition".
var ledBody = map[string]bool{"coalition": true, "alliance": true, "mission": true, "force": true}

// regionNoun are nouns after a region's adjective that describe a country
// without naming it ("the Central African nation").
var regionNoun = map[string]bool{"nation": true, "country": true, "state": true, "neighbour": true,
	"neighbor": true, "republic": true, "power": true, "nations": true, "countries": true, "states": true}

func adjectival(w string) bool {
	for _, suf := range []string{"ian", "ean", "ican", "ese"} {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+2 {
			return true
		}
	}
	return false
}

// appositive types a name from an appositive after it (from token j):
// "X, a settler group accused of ..." is a group, "X, a town in ..." or
// "X, the main town of ..." a place. The noun must end the appositive's noun phrase: "X, a city
// councillor" is neither.
func (d *doc) appositive(c *sent, j int) Type {
	if j+2 >= len(c.words) || c.words[j] != "," {
		return ""
	}
	k := j + 1
	if a := strings.ToLower(c.words[k]); a != "a" && a != "an" && a != "the" {
		return ""
	}
	l := words()
	for k++; k < len(c.words) && k <= j+5; k++ {
		w := strings.ToLower(c.words[k])
		if !isWord(w) || functionWord[w] {
			return "" // "X, a member of the group": the noun is another's
		}
		var t Type
		switch {
		case l.appositiveGroup[w]:
			t = Group
		case l.placeNoun[w]:
			t = Place
		default:
			continue
		}
		if k+1 < len(c.words) {
			nw := c.words[k+1]
			if isWord(nw) && !functionWord[strings.ToLower(nw)] && !strings.HasSuffix(nw, "ed") || isPoss(nw) {
				return "" // "X, a city councillor", "X, the city's mayor"
			}
		}
		return t
	}
	return ""
}

// hasIzafe says whether the run i..j holds a hyphenated joining particle.
func hasIzafe(c *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c.izafe(k) {
			return true
		}
	}
	return false
}

// personEndsAt says whether a person's mention ends at token k.
func (d *doc) personEndsAt(c *sent, k int) bool {
	end := c.toks[k].End
	for j := len(d.out) - 1; j >= 0 && d.out[j].Sentence == c.si; j-- {
		if d.out[j].End == end {
			return d.out[j].Type == Person
		}
	}
	return false
}

// loyalists finds a person's followers as a group: "Haftar loyalists",
// "loyalists of Khalifa Haftar", "pro-Haftar fighters", "forces loyal to
// Haftar".
func (d *doc) loyalists() {
	l := words()
	var add []Mention
	for mi, m := range d.out {
		if m.Type != Person && m.Type != "" && m.Source != SrcCue || m.Attrs[AttrProse] != "" {
			continue
		}
		s := d.sents[m.Sentence]
		ti := tokenAt(s.Tokens, m.Start)
		tj := tokenAt(s.Tokens, m.End-1) + 1
		if ti < 0 || tj <= 0 {
			continue
		}
		w := func(k int) string {
			if k < 0 || k >= len(s.Tokens) {
				return ""
			}
			return strings.ToLower(s.Tokens[k].Text)
		}
		st, en := -1, -1
		switch {
		case m.Source == SrcCue && !(w(ti-1) == "-" && w(ti-2) == "pro"):
		case l.loyalNoun[w(tj)] && w(tj) != "remnants":
			st, en = ti, tj+1
		case w(ti-1) == "-" && w(ti-2) == "pro" && l.loyalFighters[w(tj)]:
			st, en = ti-2, tj+1
		case w(ti-1) == "to" && w(ti-2) == "loyal" && l.loyalFighters[w(ti-3)]:
			st, en = ti-3, ti
		default:
			// "loyalists of [the deposed President] X"
			for k := ti - 1; k >= 0 && k >= ti-6; k-- {
				if w(k) == "of" && l.loyalNoun[w(k-1)] {
					st, en = k-1, k
					break
				}
				if w(k) == "." || w(k) == "," {
					break
				}
			}
		}
		if st < 0 {
			continue
		}
		surname := lastName(m.Text)
		lm := Mention{Start: s.Tokens[st].Start, End: s.Tokens[en-1].End, Type: Group, Sentence: m.Sentence,
			Source: SrcLoyalists, Canonical: surname + " loyalists", Attrs: map[string]string{AttrLoyalTo: m.Text}}
		lm.Text = d.text[lm.Start:lm.End]
		add = append(add, lm)
		// In "X loyalists" and "pro-X fighters" only the group is named;
		// "loyalists of X" and "forces loyal to X" name X too (the group's
		// mention stops before X).
		if en > ti {
			d.out[mi].Attrs = map[string]string{"drop": "true"}
		}
	}
	out := d.out[:0]
	for _, m := range d.out {
		if m.Attrs["drop"] == "" {
			out = append(out, m)
		}
	}
	d.out = append(out, add...)
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// dateline says whether an all-capital word opens a dateline
// ("KYIV, June 3 -", "BOGOTA (Reuters) -").
func dateline(c *sent, i int) bool {
	// "RABAT/ALGIERS, Nov 13": a dateline of two cities, slash-joined
	for i >= 2 && c.words[i-1] == "/" && upper(c.words[i-2]) && c.toks[i-1].Start == c.toks[i-2].End {
		i -= 2
	}
	if !c.initial(i) || i+1 >= len(c.words) {
		return false
	}
	for i+2 < len(c.words) && c.words[i+1] == "/" && upper(c.words[i+2]) && c.toks[i+1].Start == c.toks[i].End {
		i += 2
	}
	if i+1 >= len(c.words) {
		return false
	}
	switch c.words[i+1] {
	case ",", "-", "–", "—", "(":
		return true
	}
	return false
}

// isOrdinal matches 1st, 22nd, 33rd, 59th.
func isOrdinal(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch strings.ToLower(w[i:]) {
	case "st", "nd", "rd", "th":
		return i > 0
	}
	return false
}

// ordinaryForm says whether a capitalised word has the ending of an
// ordinary English word (speaking, socially, compounded, inaction).
func ordinaryForm(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ing", "ly", "ed", "tion", "ment", "ness", "ism", "ity"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hasParticle says whether a run holds a name particle (al-Bashir, bin).
func hasParticle(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if words().particle[lw] {
			return true
		}
		if i := strings.IndexAny(lw, "-‐"); i > 0 && words().particlePrefix[lw[:i]] {
			return true
		}
	}
	return false
}

// appositives give a person the title that follows the name:
// "X, leader of the Tuareg", "X, the Kenyan foreign minister".
func (d *doc) appositives() {
	g := d.r.Gaz
	for mi := range d.out {
		m := &d.out[mi]
		if m.Type != Person && m.Type != "" || m.Attrs[AttrTitle] != "" {
			continue
		}
		s := d.sents[m.Sentence]
		k := tokenAt(s.Tokens, m.End-1) + 1
		if k <= 0 || k+1 >= len(s.Tokens) || s.Tokens[k].Text != "," {
			continue
		}
		var ws []string
		for _, t := range s.Tokens {
			ws = append(ws, t.Text)
		}
		k++
		if lw := strings.ToLower(ws[k]); lw == "the" || lw == "a" || lw == "an" {
			k++
		}
		if ents, n := g.LongestMatch(ws, k); n > 0 && (ents[0].Kind == gazetteer.KindDemonym || ents[0].Kind == gazetteer.KindCountry) {
			k += n
		}
		if t, tn := g.Title(ws, k); tn > 0 && !words().honorific[strings.ToLower(t)] {
			setAttr(m, AttrTitle, t)
			if m.Type == "" {
				m.Type, m.Source = Person, SrcTitle
			}
		}
	}
}

// governmentNames names the governments the text does not name with a
// demonym ("Kyiv government", "the government"): after a demonym of
// the same country the text uses ("Ukrainian government"), else
// "Government of Ukraine".
func (d *doc) governmentNames() {
	adj := map[string]string{}
	for _, m := range d.out {
		if m.Type == Country && m.Source == SrcGazetteer && !strings.HasSuffix(m.Text, "s") && adj[m.Key] == "" {
			if e, ok := d.r.Gaz.Demonym(m.Text); ok && e.Key == m.Key {
				adj[m.Key] = m.Text
			}
		}
	}
	for i := range d.out {
		m := &d.out[i]
		country, ok := strings.CutPrefix(m.Key, "group:government-of-")
		if !ok || m.Canonical != "" {
			continue
		}
		if a := adj["country:"+country]; a != "" {
			m.Canonical = a + " government"
		} else if e, ok := d.r.Gaz.LookupKey("country:" + country); ok {
			m.Canonical = "Government of " + e.Name
		}
	}
}

// context types lone untyped names from their neighbours: a place noun
// before them ("the district of X", "the town of X"), or typed names they
// are listed with ("Goma, X and Bukavu").
func (d *doc) context() {
	l := words()
	for mi := range d.out {
		m := &d.out[mi]
		if m.Source == SrcName && m.Type == Person && mi > 0 {
			// "the frontier villages of Kafr Aqab and Beit Ummar": a bare
			// two-word name in a list after a place the context typed
			o := d.out[mi-1]
			if o.Sentence == m.Sentence && o.Type == Place && (o.Source == SrcContext || o.Source == SrcPlaceCue) &&
				o.End <= m.Start && strings.TrimSpace(d.text[o.End:m.Start]) == "and" {
				m.Type, m.Source = Place, SrcContext
			}
			continue
		}
		if m.Type != "" || m.Source != SrcSingle {
			continue
		}
		s := d.sents[m.Sentence]
		ti := tokenAt(s.Tokens, m.Start)
		w := func(k int) string {
			if k < 0 || k >= len(s.Tokens) {
				return ""
			}
			return strings.ToLower(s.Tokens[k].Text)
		}
		k := ti - 1
		if w(k) == "of" {
			k--
		}
		if l.placeNoun[w(k)] {
			m.Type, m.Source = Place, SrcContext
			continue
		}
		if ti >= 0 {
			ws := make([]string, ti+1)
			for x := range ws {
				ws[x] = s.Tokens[x].Text
			}
			if (w(ti-1) == "in" || locative(ws, ti)) && !isPoss(w(ti+1)) && !l.personVerb[w(ti+1)] {
				m.Type, m.Source = Place, SrcContext
				continue
			}
		}
		// A list: the nearest names before and after, joined by commas and
		// "and"/"or" only.
		var sib []Type
		conj, before, after := false, false, false
		for _, o := range d.out {
			if o.Sentence != m.Sentence || o.Type == "" || o.Start == m.Start {
				continue
			}
			a, b := o.End, m.Start
			if o.Start > m.Start {
				a, b = m.End, o.Start
			}
			if a <= b && listGap(d.text[a:b]) {
				sib = append(sib, o.Type)
				conj = conj || strings.Contains(d.text[a:b], "and") || strings.Contains(d.text[a:b], "or")
				before = before || o.Start < m.Start
				after = after || o.Start > m.Start
			}
		}
		// A list has a conjunction or names on both sides: "From Kampala,
		// Dagalo flew" is none.
		list := conj || before && after
		if list && len(sib) > 0 && !slices.ContainsFunc(sib, func(t Type) bool { return t != sib[0] }) && sib[0] == Place {
			m.Type, m.Source = Place, SrcContext
		}
	}
}

// locative says whether the word before i puts a name there as a place:
// "near", "around", "outside", "inside"; "at" after a noun of a site or
// a year ("positions at X", "the complex at X", "in 2008 at X").
func locative(ws []string, i int) bool {
	if i < 1 {
		return false
	}
	switch strings.ToLower(ws[i-1]) {
	case "near", "around", "outside", "inside":
		return true
	case "at":
		if i < 2 {
			return false
		}
		b := strings.ToLower(ws[i-2])
		if len(b) == 4 && (strings.HasPrefix(b, "19") || strings.HasPrefix(b, "20")) && strings.Trim(b, "0123456789") == "" {
			return true
		}
		return words().atPlace[b]
	}
	return false
}

// codeNamed says whether the text before a name ends in a word that
// gives an operation or an event its code name: "dubbed", "codenamed".
func codeNamed(before string) bool {
	before = strings.TrimRight(before, " \t\"“'‘")
	i := strings.LastIndexAny(before, " \t\n")
	w := strings.ToLower(before[i+1:])
	return w == "dubbed" || w == "codenamed" || w == "code-named"
}

// listGap says whether the text between two names only joins them in a
// list: ", ", " and ", ", and ", " or ".
func listGap(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, ",")
	s = strings.TrimSpace(s)
	return s == "" || s == "and" || s == "or"
}

// lastName is the last word of a person's name, its particle kept
// ("al-Bashir" -> "Bashir").
// surnameBefore reports whether w is the last name of a person mention of
// two words or more already found (the prose before, in document order).
func (d *doc) surnameBefore(w string) bool {
	for _, m := range d.out {
		if m.Type == Person && strings.Contains(m.Text, " ") && lastName(m.Text) == w {
			return true
		}
	}
	return false
}

func lastName(name string) string {
	f := strings.Fields(name)
	last := f[len(f)-1]
	if i := strings.IndexAny(last, "-‐"); i > 0 && words().particlePrefix[strings.ToLower(last[:i])] {
		last = last[i+1:]
	}
	return last
}

func tokenAt(toks []segment.Token, off int) int {
	for i, t := range toks {
		if t.Start <= off && off < t.End {
			return i
		}
	}
	return -1
}

// generic links "the government", "government forces", "security forces"
// to the government of a country: the one of the place named after it
// ("the government in Port Sudan"), else the one the text is mostly about,
// when one country clearly dominates. (The country last named before the
// phrase was tried and is worse: texts name mediators and neighbours in
// passing.)
func (d *doc) generic() {
	count := map[string]int{}
	first := map[string]int{}
	total := 0
	// named[si] are the countries a sentence names itself, not as a
	// title's modifier.
	named := map[int][]Mention{}
	for _, m := range d.out {
		if m.Type == Country && m.Key != "" {
			w := 1
			if m.Attrs[AttrProse] != "" {
				// a headline names what the text is about, and is
				// counted once more in prose if it is
			} else if m.Attrs[AttrRole] != RoleModifier {
				named[m.Sentence] = append(named[m.Sentence], m)
			}
			if count[m.Key] == 0 {
				first[m.Key] = m.Start
			}
			count[m.Key] += w
			total += w
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	// The most named country, the first named of equals (a text names the
	// country it is about early), if it has a good share of the mentions.
	slices.SortFunc(keys, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return first[a] - first[b]
	})
	best := ""
	if len(keys) > 0 && count[keys[0]] >= 3 && count[keys[0]]*10 >= total*3 {
		best = keys[0]
	}
	// "The United States imposed sanctions over the government's
	// crackdown": the country that opens the sentence as its subject
	// would own "its" crackdown; "the government's" is the next country
	// of the text, if it has mentions enough.
	bestBut := func(si, at int, poss bool) string {
		toks := d.sents[si].Tokens
		for _, m := range named[si] {
			opens := opensSentence(toks, m.Start)
			if poss && opens && m.Key == best {
				for _, k := range keys[1:] {
					if !slices.ContainsFunc(named[si], func(x Mention) bool { return x.Key == k && x.Start < at }) {
						if count[k] >= 2 {
							return k
						}
						return ""
					}
				}
				return ""
			}
		}
		return best
	}
	// "the government in Port Sudan": the country of the place named.
	placeAfter := map[int]string{}
	for _, m := range d.out {
		if m.Type == Place && m.Key != "" {
			if e, ok := d.r.Gaz.LookupKey(m.Key); ok && e.Country != "" {
				placeAfter[m.Start] = e.Country
			}
		}
	}
	covered := func(st, en int) bool {
		for _, m := range d.out {
			if m.Start < en && st < m.End {
				return true
			}
		}
		return false
	}
	countryEnd := map[int]bool{}
	for _, m := range d.out {
		if m.Type == Country {
			countryEnd[m.End] = true
		}
	}
	var add []Mention
	for si, s := range d.sents {
		if !s.Prose {
			continue
		}
		for i := range s.Tokens {
			for _, p := range words().govGeneric {
				if i+len(p) > len(s.Tokens) {
					continue
				}
				ok := true
				for k, pw := range p {
					if !strings.EqualFold(s.Tokens[i+k].Text, pw) {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				st := i
				if p[0] == "the" {
					st++
				}
				a, b := s.Tokens[st].Start, s.Tokens[i+len(p)-1].End
				if covered(a, b) || st > 0 && countryEnd[s.Tokens[st-1].End] {
					continue // "Malian government forces": the country named says whose
				}
				if k := i + len(p); k+1 < len(s.Tokens) && strings.EqualFold(s.Tokens[k].Text, "of") {
					if k++; strings.EqualFold(s.Tokens[k].Text, "the") && k+1 < len(s.Tokens) {
						k++
					}
					if upper(s.Tokens[k].Text) {
						break // "government troops of the X Army": X's, whoever X is
					}
				}
				k := i + len(p)
				country := bestBut(si, a, k < len(s.Tokens) && isPoss(s.Tokens[k].Text))
				if k := i + len(p); k+1 < len(s.Tokens) && strings.EqualFold(s.Tokens[k].Text, "in") && placeAfter[s.Tokens[k+1].Start] != "" {
					country = placeAfter[s.Tokens[k+1].Start]
				}
				if country == "" {
					break
				}
				add = append(add, Mention{Start: a, End: b, Text: d.text[a:b], Type: Group, Sentence: si,
					Source: SrcGovernment, Key: GovernmentKey(country)})
				break
			}
		}
	}
	d.out = append(d.out, add...)
}

// opensSentence says whether the mention at byte start opens its sentence
// (after "the", or after a dateline's dash: "BRUSSELS (Reuters) - The EU
// ...").
func opensSentence(toks []segment.Token, start int) bool {
	k := 0
	for k < len(toks) && toks[k].Start < start {
		k++
	}
	if k == len(toks) || toks[k].Start != start {
		return false
	}
	for k--; k >= 0; k-- {
		switch w := toks[k].Text; {
		case strings.EqualFold(w, "the"):
		case w == "-" || w == "—" || w == "–":
			return true
		default:
			return false
		}
	}
	return true
}

func isPoss(w string) bool {
	return w == "'s" || w == "’s" || w == "'S" || w == "’S" || w == "'" || w == "’"
}

// isAcronym matches U.S., RSF, MONUSCO: two to eight capitals, dots allowed.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func upper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func startsUpper(w string) bool { return upper(w) }

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// functionWord lists the small words that never start a name.
var functionWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but nor for so yet of in on at to by from with without into onto
upon over under after before during since until amid among between against as via per than
across along around near behind beyond toward towards within throughout inside outside despite about
is are was were be been has have had do does did will would shall should can could may might must
it its he she they we you i his her their our your my this that these those there here
not no also who whom whose which what when where why how if then while although though because
many some most all any each every both either neither one two three four five six seven eight nine ten`) {
		m[w] = true
	}
	return m
}()
