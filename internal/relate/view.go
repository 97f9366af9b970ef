package relate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// view is one sentence as the matcher sees it: normalised words, and the
// sentence's usable mentions mapped onto token ranges.
type view struct {
	p      *Patterns
	text   string
	sent   segment.Sentence
	words  []string // normalised tokens
	raw    []string
	tm     []int  // index into ms of the mention covering each token, or -1
	hidden []bool // inside parentheses or dashes: asides, never a subject
	rel    []int  // id (from 1) of the closed ", who ... ," clause holding each token, or 0
	ms     []vm   // the sentence's mentions, then virtual ones (refer.go)
	nreal  int    // how many of ms are real
	d      *discourse
	tp     *topics        // the document's topic countries
	si     int            // the sentence's index
	notRef []int          // entities a referring object cannot be: the subject's
	recip  bool           // the current match paired its participants with one another
	types  []mention.Type // entity types of the document
}

// vm is a mention in a view.
type vm struct {
	start, end  int // bytes
	first, last int // tokens, inclusive
	ent         int
	typ         mention.Type
}

func newView(p *Patterns, text string, s segment.Sentence, ms []vm) *view {
	v := &view{p: p, text: text, sent: s}
	n := len(s.Tokens)
	v.words = make([]string, n)
	v.raw = make([]string, n)
	v.tm = make([]int, n)
	v.hidden = make([]bool, n)
	for i, t := range s.Tokens {
		v.raw[i] = t.Text
		v.words[i] = normWord(t.Text)
		v.tm[i] = -1
	}
	// mentions: sorted by start, overlapping ones dropped (first wins)
	for _, m := range ms {
		first, last := -1, -1
		for i, t := range s.Tokens {
			if t.End > m.start && t.Start < m.end {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 || v.tm[first] >= 0 || v.tm[last] >= 0 {
			continue
		}
		m.first, m.last = first, last
		k := len(v.ms)
		v.ms = append(v.ms, m)
		for i := first; i <= last; i++ {
			v.tm[i] = k
		}
	}
	v.nreal = len(v.ms)
	// asides: (...) and — ... — (an unclosed dash runs to the end)
	depth, dash := 0, false
	for i, w := range v.raw {
		switch w {
		case "(", "[":
			depth++
		case ")", "]":
			if depth > 0 {
				depth--
				v.hidden[i] = true
				continue
			}
		case "—", "–":
			dash = !dash
			v.hidden[i] = true
			continue
		}
		v.hidden[i] = depth > 0 || dash
	}
	if dash {
		// an unclosed dash after "(AP)" ends a dateline ("DUBAI, United
		// Arab Emirates (AP) — X struck Y"): the dateline is the aside
		d := n - 1
		for d >= 0 && v.raw[d] != "—" && v.raw[d] != "–" {
			d--
		}
		if d >= 1 && d <= 12 && v.raw[d-1] == ")" {
			for i := range v.hidden {
				v.hidden[i] = i <= d
			}
		}
	}
	// closed relative clauses: ", who has led X since the spring, met Y":
	// their speech verbs and subordinators do not bound the main clause
	v.rel = make([]int, n)
	id := 0
	for i := 0; i+1 < n; i++ {
		// ", once Y's strongest backer,": an apposition whose "once" is
		// no subordinator
		if v.words[i] != "," || !relPronoun(v.words[i+1]) && v.words[i+1] != "once" {
			continue
		}
		e := i + 1
		for e < n && v.words[e] != "," && !v.is("boundary", e) {
			e++
		}
		if e >= n || v.words[e] != "," {
			continue
		}
		id++
		for j := i + 1; j < e; j++ {
			v.rel[j] = id
		}
		i = e - 1
	}
	return v
}

func relPronoun(w string) bool { return w == "who" || w == "which" || w == "whose" || w == "whom" }

func (v *view) n() int { return len(v.words) }

func (v *view) class(name string) *phraseSet { return v.p.classes[name] }

func (v *view) is(name string, i int) bool {
	return i >= 0 && i < v.n() && v.tm[i] < 0 && v.class(name).has(v.words[i])
}

// classAt is the end of the longest entry of a class matching at i, or -1.
func (v *view) classAt(name string, i int) int {
	if i < 0 || i >= v.n() || v.tm[i] >= 0 {
		return -1
	}
	return v.class(name).matchAt(v.words, i)
}

// capWord reports a capitalised word that is not part of a mention and does
// not open the sentence: a title ("President") or a name we do not know.
func (v *view) capWord(i int) bool {
	if i <= 0 || i >= v.n() || v.tm[i] >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.raw[i])
	return unicode.IsUpper(r)
}

func upper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (v *view) quote(i int) bool { return i >= 0 && i < v.n() && v.words[i] == `"` }

// possessive reports whether mention k is followed by 's or a bare
// apostrophe ("Boko Haram's fighters", "the rebels' leader").
func (v *view) possessive(k int) bool {
	m := v.ms[k]
	if m.start < 0 {
		return false // a virtual mention (refer.go)
	}
	rest := normWord(v.text[m.end:min(m.end+4, len(v.text))])
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "'") && strings.HasSuffix(v.text[m.start:m.end], "s") {
		return true
	}
	return m.last+1 < v.n() && v.words[m.last+1] == "'s"
}

// after is the first token after mention k, past a split-off "'s".
func (v *view) after(k int) int {
	i := v.ms[k].last + 1
	if i < v.n() && (v.words[i] == "'s" || v.words[i] == "'") {
		i++
	}
	return i
}

// clauseStart is the first token of the clause holding token i: after the
// last boundary word or punctuation before it.
func (v *view) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		if v.is("boundary", j) {
			return j + 1
		}
	}
	return 0
}

// clauseEnd is the first boundary at or after i, or the sentence's end.
func (v *view) clauseEnd(i int) int {
	for j := i; j < v.n(); j++ {
		if v.is("boundary", j) {
			return j
		}
	}
	return v.n()
}

// fillerAt is the end of a filler entry at i ("senior", "loyal to"), or -1.
func (v *view) fillerAt(i int) int {
	if v.quote(i) || i >= 0 && i < v.n() && v.tm[i] < 0 && isNumber(v.words[i]) {
		return i + 1 // "hit nine X depots", "shelled 12 X positions"
	}
	if i >= 0 && i < v.n() && v.tm[i] < 0 && !v.capWord(i) && lowerCompound(v.words[i]) {
		return i + 1 // "the state-owned X", "the self-styled Y": a lower-case compound adjective
	}
	return v.classAt("filler", i)
}

// modifier reports whether mention k only qualifies the mention after it:
// a possessor ("X's Y"), or a demonym or country before a titled person
// ("Kenyan Foreign Minister Musalia Mudavadi", "ELN commander Antonio García").
func (v *view) modifier(k int) bool {
	if k+1 >= v.nreal {
		return false
	}
	next := v.ms[k+1]
	i := v.after(k)
	if v.compound(k) != "" {
		// "the Nairobi-based X", "Russia-backed Y": a hyphened attribute of
		// the mention after it
		for j := i + 2; j < next.first; j++ {
			if j >= i+5 || v.fillerAt(j) < 0 && !v.capWord(j) && !v.is("title-word", j) {
				return false
			}
		}
		return true
	}
	gap := next.first - i
	if gap > 2 && gap <= 8 && v.ms[k].typ != mention.Person && next.typ == mention.Person && v.is("role", i) && v.words[i+1] == "," && v.titleCaps(i+2, next.first) {
		return true // "the senior Kenyan mediator, Cabinet Secretary of Defence X": X is meant
	}
	if gap < 0 || gap > 5 {
		return false
	}
	if gap == 1 && v.ms[k].typ == mention.Country && next.typ != mention.Country && next.typ != mention.Place && v.is("org-noun", i) {
		return true // "Chinese firm Huawei", "Russian oligarch X"
	}
	if gap == 2 && v.ms[k].typ == mention.Country && next.typ == mention.Person && (v.is("org-noun", i) || v.is("role", i)) && v.words[i+1] == "," {
		return true // "a Somali businessman, X"
	}
	poss := v.possessive(k)
	if poss && next.typ == mention.Person && gap > 0 {
		// "X's suspended prime minister Y", "X's acting president, Y":
		// any words, ending in a title, then the person
		e := next.first - 1
		if v.words[e] == "," && e > i {
			e--
		}
		if v.is("role", e) || v.is("title-word", e) || v.capWord(e) {
			ok := true
			for j := i; j <= e && ok; j++ {
				ok = isWord(v.words[j]) && v.tm[j] < 0 && !v.is("preposition", j) || v.fillerAt(j) > j
			}
			if ok {
				return true
			}
		}
	}
	if gap > 4 {
		return false
	}
	for j := i; j < next.first; j++ {
		// a possessor may stand before adjectives ("X's new leader Y");
		// a demonym only before a title ("Russian Foreign Minister Y"),
		// not before "of the" ("remnants of the Mobutu regime")
		if v.words[j] == "," && j > i && v.is("role", j-1) && next.typ == mention.Person && v.capsUntil(j+1, next.first) {
			continue // "the RSF leader, Mohamed Dagalo", "his Kenyan counterpart, General X": the person is meant
		}
		if v.words[j] == "of" && j > i && v.capWord(j-1) && v.capWord(j+1) {
			continue // "US Secretary of State X"
		}
		if v.words[j] == "-" && j > i && v.capWord(j-1) && v.capWord(j+1) {
			continue // "U.N. Secretary-General X"
		}
		if !v.capWord(j) && !v.is("role", j) && !v.is("title-word", j) && (!poss || v.fillerAt(j) < 0) {
			return false
		}
	}
	if poss {
		return true
	}
	return next.typ == mention.Person && v.ms[k].typ != mention.Person
}

// titleRun reports whether tokens [i, j) describe the person at j: up to
// six words, no punctuation or preposition, the last a role or title
// ("his former deputy turned rebel leader").
func (v *view) titleRun(i, j int) bool {
	if j-i > 6 || j <= i || v.ms[v.tm[j]].typ != mention.Person {
		return false
	}
	for k := i; k < j; k++ {
		if v.tm[k] >= 0 || !isWord(v.words[k]) || v.is("preposition", k) && v.words[k] != "of" {
			return false
		}
	}
	return v.is("role", j-1) || v.is("title-word", j-1) || v.capWord(j-1)
}

// capsUntil reports whether tokens [i, j) are all capitalised words (a
// title: "Lieutenant General").
func (v *view) capsUntil(i, j int) bool {
	for ; i < j; i++ {
		if !v.capWord(i) {
			return false
		}
	}
	return true
}

// titleCaps reports a capitalised title over [i, j), "of" allowed inside
// ("Assistant Secretary of State").
func (v *view) titleCaps(i, j int) bool {
	for x := i; x < j; x++ {
		if !v.capWord(x) && !(v.words[x] == "of" && x > i && x+1 < j) {
			return false
		}
	}
	return true
}

// prepObject reports whether mention k is the object of a preposition
// ("among many Syrians", "a member of ISIL and Al-Qaeda"), so not a
// subject. The object of a proxy noun ("officials from Turkey", "forces
// loyal to X") and a partitive ("some of Boko Haram's fighters") still act.
func (v *view) prepObject(k int) bool {
	j := v.ms[k].first - 1
	for steps := 0; j >= 0 && steps < 4; steps++ {
		w := v.words[j]
		if v.capWord(j) && v.is("time", j) {
			return false // "In March Paraguay designated": the preposition governs the time
		}
		if w == "of" && j > 0 && v.tm[j-1] < 0 && upper(v.raw[j-1]) && v.capWord(j+1) {
			j-- // a title: "Secretary of State X", "Minister of Defence X"
			continue
		}
		if mk := v.tm[j]; mk >= 0 && mk == k-1 && v.modifier(mk) {
			j = v.ms[mk].first - 1 // "to Georgian President X": past the modifier
			continue
		}
		if v.tm[j] >= 0 || v.is("preposition", j) || v.is("proxy", j) || v.is("separator", j) {
			break
		}
		if v.fillerAt(j) < 0 && !v.capWord(j) {
			break
		}
		_ = w
		j--
	}
	switch {
	case j < 0:
		return false
	case v.is("preposition", j):
		prev := j - 1
		if prev >= 0 && (v.is("proxy", prev) || v.fillerAt(prev) == j+1 && v.words[j] != "of" && v.words[j] != "from") {
			return false // "officials from X", "loyal to X"
		}
		if v.words[j] == "of" && v.is("partitive", prev) {
			return false
		}
		return true
	case v.is("separator", j) && k > 0:
		// coordinated with an earlier mention of its kind: shares its role
		// ("a member of ISIL and Al-Qaeda"); ", and Israeli forces" after
		// "to Damascus" opens a new clause
		p := k - 1
		// likewise "From Kampala, Dagalo flew": a bare comma joins only
		// names of one type
		if v.ms[p].typ != v.ms[k].typ && (v.words[j] == "," || v.words[j] == "and" && j > 0 && v.words[j-1] == ",") {
			return false
		}
		for i := v.after(p); i < j; i++ {
			if v.fillerAt(i) < 0 && !v.is("separator", i) {
				return false
			}
		}
		return v.prepObject(p)
	}
	return false
}

// opensClause reports whether mention k opens a clause that starts at cs
// after a subordinator: in "days after the State Department designated X"
// "after" is no preposition of the department.
func (v *view) opensClause(k, cs int) bool {
	if cs <= 0 || !v.is("subordinator", cs-1) {
		return false
	}
	for j := cs; j < v.ms[k].first; j++ {
		// "after X and Y met": a coordinated subject opens it too
		if v.fillerAt(j) < 0 && !v.capWord(j) && v.tm[j] < 0 && !v.is("separator", j) {
			return false
		}
	}
	return true
}

// npStart is the first token of mention k's noun phrase: past the fillers
// before it ("the", "several of the").
func (v *view) npStart(k int) int {
	j := v.ms[k].first
	for j > 0 && v.tm[j-1] < 0 && v.fillerAt(j-1) == j && !v.is("preposition", j-1) {
		j--
	}
	return j
}

// inApposition reports whether mention k sits in an apposition or relative
// clause closed by commas: "X, Lebanon's president, met Y", "the Yazidis,
// a community that fled Sinjar, were targeted".
func (v *view) inApposition(k int) bool {
	c := -1
	for j := v.ms[k].first - 1; j >= 0; j-- {
		if v.words[j] == "," {
			c = j
			break
		}
	}
	// the name before the comma, past an aside: "the Council (NCR), which"
	h := c - 1
	for h > 0 && v.hidden[h] && v.tm[h] < 0 {
		h--
	}
	if h > 0 && v.tm[h] < 0 && v.is("proxy", h) && v.tm[h-1] >= 0 {
		h-- // "Kenyan troops, a force that includes ...": the troops' name
	}
	if c <= 0 || v.tm[h] < 0 {
		return false
	}
	end := c + 1
	for end < v.n() && v.words[end] != "," {
		end++
	}
	if end == v.n() {
		return false // no closing comma: a list or the main clause
	}
	if v.ms[v.tm[h]].typ != mention.Person && (v.words[c+1] == "the" && v.tm[c+2] >= 0 || v.words[c+1] == "as") {
		return false // "Turkey, the United States and Russia": a list
	}
	return v.appositionSeg(c+1, end, v.ms[v.tm[h]].typ == mention.Person)
}

// appositionSeg reports whether tokens [a, b) read as an apposition or
// relative clause rather than another list member.
func (v *view) appositionSeg(a, b int, afterPerson bool) bool {
	if a >= b {
		return false
	}
	if v.is("apposition", a) {
		return true
	}
	if afterPerson {
		for j := a; j < b; j++ {
			if v.is("role", j) {
				return true
			}
		}
	}
	return false
}

// actor reports whether mention k can take part in relations of rt on the
// given side.
func (v *view) actor(k int, rt *relType, source bool) bool {
	t := v.ms[k].typ
	if source && rt.sources != nil {
		return rt.sources[t]
	}
	return rt.targets[t]
}

// subjects finds the subject of a trigger at token ts: the nearest mention
// before it in its clause that is not a prepositional object, a modifier,
// an aside or an apposition, with the mentions coordinated before it
// ("Russia and China met ...").
func (v *view) subjects(ts int, rt *relType, source bool) []int {
	return v.subjectsFrom(ts, v.subjectStart(ts, true), rt, source)
}

// subjectStart is where the search for the subject of a trigger at ts
// stops: the clause's start, a speech verb ("X said soldiers ambushed Y")
// or, with sub, a subordinator opening a clause with its own subject ("after
// the rebel group attacked Y", but not "after meeting Y").
func (v *view) subjectStart(ts int, sub bool) int {
	cs := v.clauseStart(ts)
	// "X announced the decision after hosting Y": a subjectless clause
	// takes the subject of the speech verb before it, no comma between
	subjectless := ts > cs && v.is("subordinator", ts-1) && hasSuffix(v.words[ts], "ing")
	for j := ts - 1; j >= cs; j-- {
		if v.rel[j] != 0 && v.rel[j] != v.rel[ts] {
			continue
		}
		if v.words[j] == "," || v.words[j] == "that" {
			subjectless = false
		}
		if j+1 < v.n() && v.words[j+1] == "responsibility" {
			continue // "X claimed responsibility for the attack": X acts, no speech
		}
		if subjectless && v.is("speech", j) {
			continue
		}
		if v.is("speech", j) && !(v.is("speech-weak", j) && j+1 < v.n() && isWord(v.words[j+1]) && v.words[j+1] != "that") ||
			sub && j < ts-1 && v.is("subordinator", j) && !hasSuffix(v.words[j+1], "ing") {
			if j+1 < v.n() && v.words[j+1] == "that" {
				return j + 2
			}
			return j + 1
		}
	}
	return cs
}

// mainSubject is the first usable mention of the clause before ts: the
// owner of a frame noun ("X met Y in London, days after a meeting with Z").
func (v *view) mainSubject(ts int, rt *relType) []int {
	cs := v.subjectStart(ts, false)
	// "after X fighters surrounded his hideout following days of fighting
	// with Y": a subordinate clause with its own named subject owns the
	// frame; "days after a meeting with Y" has none
	for j := ts - 2; j >= cs; j-- {
		if !v.is("subordinator", j) {
			continue
		}
		for k := 0; k < v.nreal; k++ {
			m := v.ms[k]
			if m.first > j && m.last < ts && !v.hidden[m.first] && !v.modifier(k) && m.typ != mention.Place &&
				(!v.prepObject(k) || v.opensClause(k, j+1)) {
				cs = j + 1
				break
			}
		}
		break
	}
	// ", and Turkish forces advanced ...": a coordinated clause has its own
	// subject
	for j := cs; j+2 < ts; j++ {
		if v.words[j] == "," && (v.words[j+1] == "and" || v.words[j+1] == "but") && v.memberAt(j+2, ts) {
			cs = j + 2
		}
	}
	for i, m := range v.ms[:v.nreal] {
		if m.first < cs || v.hidden[m.first] || v.modifier(i) || v.prepObject(i) && !v.opensClause(i, cs) || v.inApposition(i) {
			continue
		}
		if m.last >= ts {
			break
		}
		if v.actor(i, rt, true) {
			return []int{i}
		}
		if m.typ != mention.Place {
			return nil
		}
	}
	return nil
}

// appositionBefore is the comma opening an apposition that closes right
// before a verb at ts: "X, a regional force that includes soldiers from
// A, B and C, fought": the names inside (commas of a list included) are
// not the subject. It returns -1 when there is none.
func (v *view) appositionBefore(ts, cs int) int {
	j := ts - 1
	for j > cs && v.tm[j] < 0 && (v.is("adverb", j) || hasSuffix(v.words[j], "ly") || v.is("aux", j)) {
		j--
	}
	if j <= cs || v.words[j] != "," {
		return -1
	}
	for c := j - 1; c > cs; c-- {
		if v.words[c] != "," || c+1 >= j || !v.is("apposition", c+1) {
			continue
		}
		h := c - 1
		if w := v.words[c+1]; (w == "which" || w == "who" || w == "whom") && c+1 < j {
			return c // ", which X denies backing,": whatever the name before, none inside
		}
		if v.tm[h] >= 0 || v.hidden[h] || v.is("proxy", h) ||
			h > 0 && v.tm[h-1] >= 0 && (v.is("nonstate", h) || v.is("head-noun", h) || v.is("people", h)) {
			return c // "M23 rebels, whom the UN accuses of ..., clashed"
		}
	}
	return -1
}

func (v *view) subjectsFrom(ts, cs int, rt *relType, source bool) []int {
	// a subject pronoun nearer than any mention is the subject: "he" goes
	// to the nearest person named before it in the sentence ("Dagalo flew
	// to Lusaka, where he held talks with X"); "they", "it" stay
	// unresolved rather than letting an earlier mention take their place
	// (but see refer.go: the speaker, the previous sentence's subject)
	if ks := v.refSubject(ts, rt, source); ks != nil {
		return ks
	}
	for j := ts - 1; j >= cs && v.tm[j] < 0; j-- {
		if v.hidden[j] || j > 0 && v.words[j-1] == "," && v.capWord(j) {
			continue
		}
		switch v.words[j] {
		case "he", "she":
			for i := v.nreal - 1; i >= 0; i-- {
				if v.ms[i].last < j && v.ms[i].typ == mention.Person && !v.modifier(i) && !v.prepObject(i) {
					if v.closedRelative(i, j) {
						continue // "X, who succeeded Y after ..., said he": X
					}
					if v.actor(i, rt, source) {
						return []int{i}
					}
					return nil
				}
			}
			// "He refused to meet X" opening a sentence: the previous
			// sentence's subject (refer.go)
			if v.opensSentence(j) || v.reportedBy(j) {
				if ks, _ := v.refAt(j, rt, source); ks != nil {
					return ks
				}
			}
			// "He flew to X, where he was received by Y": the same pronoun
			// opening the sentence
			if f := v.firstWord(); f >= 0 && f < j && v.words[f] == v.words[j] {
				if ks, _ := v.refAt(f, rt, source); ks != nil {
					return ks
				}
			}
			return nil
		case "they":
			if j >= 2 && (v.words[j-1] == "where" || v.words[j-1] == "when") && v.words[j-2] == "," {
				// "sent X and Y to Z, where they met W": the people
				// coordinated last before it
				if ks := v.pairBefore(j-2, rt, source); len(ks) > 1 {
					return ks
				}
			}
			return nil
		case "it", "we", "i", "you":
			return nil
		case "which", "who", "that":
			if j > 0 && v.tm[j-1] < 0 && v.auxOnly(j+1, ts) {
				// "signed an order that imposes ...": the signer
				if ks := v.documentSigner(j-1, rt); len(ks) > 0 {
					return ks
				}
			}
			if j > 0 && v.words[j-1] != "," && v.tm[j-1] < 0 && isWord(v.words[j-1]) && v.auxOnly(j+1, ts) && v.words[j] != "that" {
				// "accused X of sponsoring militants who attacked Y": the
				// relative's subject is the unnamed noun before it, or the
				// name that noun belongs to ("X fighters who attacked")
				if h := j - 2; h >= 0 && v.tm[h] >= 0 && v.ms[v.tm[h]].last == h && (v.is("proxy", j-1) || v.is("nonstate", j-1) || v.is("head-noun", j-1)) {
					if k := v.tm[h]; v.actor(k, rt, source) && !v.peopleHead(k) {
						return []int{k}
					}
				}

				return nil
			}
			// ", which was shelled by X": the relative clause's subject is
			// the name right before the comma, or none ("Kidal, the
			// capital, which ...": not a name)
			if j > 0 && v.words[j-1] == "," && v.auxOnly(j+1, ts) {
				h := j - 2
				for h > 0 && v.hidden[h] && v.tm[h] < 0 {
					h--
				}
				if h >= 2 && v.tm[h] < 0 && v.actingNoun(h) {
					// "the NATO air campaign, which has flown sorties": the
					// name the acting noun is of
					for g := h - 1; g >= h-2 && v.tm[g] < 0; g-- {
						if !isWord(v.words[g]) || v.is("preposition", g) || determiner(v.words[g]) {
							break
						}
						h = g
					}
					if k := v.tm[h-1]; k >= 0 && v.ms[k].typ != mention.Person && v.ms[k].typ != mention.Place && v.actor(k, rt, source) {
						return []int{k}
					}
					return nil
				}
				if h >= 0 {
					if k := v.tm[h]; k >= 0 && v.actor(k, rt, source) && !v.peopleHead(k) {
						// "Pakistan and Afghanistan, which have clashed":
						// the coordinated names before the comma
						out := []int{k}
						for p := k - 1; p >= 0; p-- {
							ok, sep := true, false
							for i := v.after(p); i < v.ms[p+1].first && ok; i++ {
								switch {
								case v.words[i] == "and" || v.words[i] == ",":
									sep = true
								case v.fillerAt(i) > i:
								default:
									ok = false
								}
							}
							if !ok || !sep || !v.actor(p, rt, source) || v.prepObject(p) || v.modifier(p) || v.verbObject(p) {
								break // (not "met X and Y, which ...": X is the verb's object)
							}
							out = append(out, p)
						}
						return out
					}
				}
				return nil
			}
		}
	}
	k, unnamed := -1, false
	limit := ts
	if c := v.appositionBefore(ts, cs); c >= 0 {
		limit = c // "X troops, a force that includes soldiers from A and B, fought": X
	}
	company, ac := v.accompanied(ts, cs, rt, source)
	if len(company) > 0 {
		limit = ac // the comma before "accompanied by"
	}
	for i := v.nreal - 1; i >= 0; i-- {
		m := v.ms[i]
		if m.last >= limit {
			continue
		}
		if m.first < cs {
			break
		}
		if v.hidden[m.first] || v.modifier(i) || v.prepObject(i) && !v.opensClause(i, cs) || v.inApposition(i) {
			continue
		}
		if c := v.compound(i); c != "" && c != "led" && m.first > 0 && v.is("separator", m.first-1) {
			// "China, Pakistan and Chinese-trained militias have backed X":
			// the unnamed conjunct is passed over, the named ones act
			k, unnamed = i, true
			break
		}
		if !v.actor(i, rt, source) || v.peopleHead(i) {
			if m.typ == mention.Place {
				continue // a location ("in Kharkiv") is not the subject
			}
			return nil
		}
		k = i
		break
	}
	if k < 0 {
		return nil
	}
	out := []int{k}
	cur := k
	for p := k - 1; p >= 0 && v.ms[p].first >= cs; p-- {
		if p+1 == cur && v.modifier(p) {
			cur = p // "Kenyan Foreign Minister Mudavadi": look past the modifier
			continue
		}
		if v.hidden[v.ms[p].first] && v.ms[p].first > 0 && v.hidden[v.ms[p].first-1] {
			continue // "X (XF), police and Y": past the parenthesised acronym
		}
		hasSep, ok := false, true
		for i := v.after(p); i < v.ms[cur].first && ok; i++ {
			switch {
			case v.hidden[i]: // a parenthesised acronym
			case v.is("separator", i):
				hasSep = hasSep || v.words[i] == "and" || v.words[i] == ","
			case v.fillerAt(i) >= 0 || v.capWord(i):
			case hasSep && v.titleRun(i, v.ms[cur].first):
				i = v.ms[cur].first // "X and his former deputy turned rebel leader Y"
			case hasSep && v.tm[i] < 0 && hasSuffix(v.words[i], "ly"):
				// "and the mostly Sunni Y"
			case v.words[i-1] == "," && v.unnamedForce(i, v.ms[cur].first) > i:
				// "X, riot police and Y clashed": an unnamed state force
				// between named conjuncts
				i = v.unnamedForce(i, v.ms[cur].first) - 1
			default:
				ok = false
			}
		}
		if !ok || !hasSep || v.hidden[v.ms[p].first] || !v.actor(p, rt, source) || v.prepObject(p) && !v.opensClause(p, cs) || v.verbObject(p) {
			break // (nor "met X, and Y met Z": X is the first verb's object)
		}
		out = append(out, p)
		cur = p
	}
	if unnamed {
		out = out[1:]
		if len(out) == 0 {
			return nil
		}
	}
	if len(company) > 0 {
		out = append(out, company...)
	}
	return out
}

// actingNoun reports a noun that acts for the name before it ("the NATO air
// campaign", "the Saudi-led coalition"): forces and their undertakings.
func (v *view) actingNoun(h int) bool {
	switch v.words[h] {
	case "campaign", "coalition", "mission", "operation", "alliance", "force":
		return true
	}
	return v.is("proxy", h)
}

// accompanied reads an insertion between a subject and its verb at ts:
// "X, accompanied by Y and Z, held talks with W": Y and Z take part too.
// It returns their mentions and the comma opening the insertion, or nil.
func (v *view) accompanied(ts, cs int, rt *relType, source bool) ([]int, int) {
	j := ts - 1
	for j > cs && v.tm[j] < 0 && (v.is("adverb", j) || hasSuffix(v.words[j], "ly") || v.is("aux", j)) {
		j--
	}
	if j <= cs || v.words[j] != "," {
		return nil, -1
	}
	for c := j - 1; c > cs; c-- {
		if v.words[c] != "," {
			continue
		}
		if c+3 >= j || v.words[c+2] != "by" {
			return nil, -1
		}
		switch v.words[c+1] {
		case "accompanied", "joined", "flanked", "escorted":
		default:
			return nil, -1
		}
		var out []int
		for k := 0; k < v.nreal; k++ {
			m := v.ms[k]
			if m.first <= c+2 || m.last >= j || v.hidden[m.first] || v.modifier(k) {
				continue
			}
			if !v.actor(k, rt, source) {
				return nil, -1
			}
			out = append(out, k)
		}
		return out, c
	}
	return nil, -1
}

// list reads a coordinated list of participants starting at token i:
// "senior officials from A, B and C, and even D's president E". Members
// are mentions reached through fillers and separators; appositions after a
// member ("Walid X, leader of the Y, and Z") are skipped. With anon, a
// conjunct naming no entity ("unidentified gunmen") is passed over rather
// than ending the list. It returns the members and the token after the list.
func (v *view) list(i, end int, rt *relType, anon bool) ([]int, int) {
	var out []int
	first := true
	for i < end {
		// lead: fillers, titles, quotes, separators between members
		lead := i
		for i < end {
			if !first {
				if e := v.classAt("separator", i); e > i {
					i = e
					continue
				}
			}
			if e := v.fillerAt(i); e > i {
				i = e
				continue
			}
			if v.capWord(i) || v.words[i] == "'s" || v.is("role", i) || v.is("title-word", i) {
				i++ // "ELN commander Pablo Beltran", "the leader of X"
				continue
			}
			if hasSuffix(v.words[i], "ly") && i+1 < end && v.fillerAt(i+1) > i+1 {
				i++ // "dozens of heavily armed X gunmen"
				continue
			}
			if k := v.tm[i]; k >= 0 && v.modifier(k) {
				i = v.ms[k+1].first // what stands between qualifies the next name
				continue
			}
			if r := v.roleAhead(i, end); r > i {
				i = r // "its largest shareholder, X", "the commodities trader X"
				continue
			}
			if v.words[i] == "," && i > lead && v.is("role", i-1) && i+1 < end && v.tm[i+1] >= 0 && v.ms[v.tm[i+1]].typ == mention.Person {
				i++ // "the police chief, X"
				continue
			}
			break
		}
		if i >= end {
			return out, lead
		}
		k := v.tm[i]
		if k < 0 {
			if anon && !first && v.isWordAt(i) {
				// an unnamed conjunct: skip to the next separator
				for i < end && v.tm[i] < 0 && !v.is("separator", i) && v.isWordAt(i) {
					i++
				}
				if i < end && v.tm[i] >= 0 {
					return out, i // a name inside it: not a list we can read
				}
				continue
			}
			if anon && first && v.isWordAt(i) {
				// "remnants of the X regime": the member is not X
				for i < end && !v.is("separator", i) {
					i++
				}
				first = false
				continue
			}
			return out, lead
		}
		i = v.after(k)
		if v.firmOf(k) && i+1 < end {
			// "Chinese chipmaker Xinova" with a name no table knows: the
			// firm is meant, not the country
			for i++; i < end && v.capWord(i); i++ {
			}
			first = false
			continue
		}
		if v.peopleHead(k) {
			// "Colombian guerrillas from the ELN": not Colombia, and the
			// list may go on to the proxy's object
			continue
		}
		// trail: "X forces", "X's fighters"; "X's decision" is not X
		poss := v.possessive(k)
		owned := i // the word after the name (and its "'s")
		for i < end {
			if e := v.fillerAt(i); e > i && !v.is("preposition", i) {
				i = e
				continue
			}
			break
		}
		if i+1 < end && i > 0 && (v.words[i] == "led" || v.words[i] == "headed") && v.words[i+1] == "by" && v.is("delegation", i-1) {
			// "a X delegation headed by Y": Y takes part too
			if v.actor(k, rt, false) {
				out = append(out, k)
			}
			first = false
			i += 2
			continue
		}
		if poss && i < end && v.tm[i] < 0 && !v.is("separator", i) && v.isWordAt(i) {
			// "sanctions on Venezuela's oil sector", "met Kenya's
			// president": the possessor is the party; the list ends. A
			// person's lawyer or envoy is not the person ("spoke with X's
			// lawyer"), though a person's forces fight for him and his
			// assets are sanctioned as his.
			if v.actor(k, rt, false) && !(rt.symmetric && v.ms[k].typ == mention.Person && v.classAt("proxy", owned) < 0) {
				out = append(out, k)
			}
			return out, i
		}
		if anon && i < end && v.words[i] == "of" {
			// "remnants of the Mobutu regime and ...": the of-phrase
			// belongs to this member; names inside it are not members
			for i < end && !v.is("separator", i) {
				i++
			}
		}
		if v.actor(k, rt, false) {
			out = append(out, k)
		}
		first = false
		// asides in parentheses
		for i < end && v.hidden[i] {
			i++
		}
		if i >= end {
			return out, i
		}
		if v.words[i] == "," {
			seg := i + 1
			for seg < end && v.words[seg] != "," {
				seg++
			}
			if v.memberAt(i+1, end) {
				i++
				continue
			}
			if v.appositionSeg(i+1, seg, v.ms[k].typ == mention.Person) {
				i = seg
				if i < end && v.memberAt(i+1, end) {
					i++
					continue
				}
				return out, i
			}
			return out, i
		}
		if e := v.classAt("separator", i); e > i {
			continue
		}
		return out, i
	}
	return out, i
}

// verbObject reports a mention that a verb governs: a verb-like word
// before it, past fillers and titles ("has not met Uganda").
func (v *view) verbObject(k int) bool {
	j := v.ms[k].first - 1
	for j >= 0 && (v.tm[j] < 0 && (v.fillerAt(j) > j || v.capWord(j) || v.is("role", j) || v.is("title-word", j)) || v.tm[j] >= 0 && v.modifier(v.tm[j])) {
		if v.tm[j] >= 0 {
			j = v.ms[v.tm[j]].first
		}
		j--
	}
	if j < 0 || v.tm[j] >= 0 || !isWord(v.words[j]) || v.capWord(j) {
		return false
	}
	w := v.words[j]
	if v.is("speech", j) || v.is("preposition", j) || v.is("separator", j) || v.is("subordinator", j) || w == "that" {
		return false
	}
	return hasSuffix(w, "ed") || len(v.p.first[w]) > 0
}

// clauseSubjectAt reports a clause of its own opening at i: a name (past
// fillers and titles) followed by a verb.
func (v *view) clauseSubjectAt(i, end int) bool {
	for i < end && v.tm[i] < 0 && (v.fillerAt(i) > i || v.capWord(i) || v.is("role", i) || v.is("title-word", i)) {
		i++
	}
	if i >= end || v.tm[i] < 0 {
		return false
	}
	k := v.tm[i]
	for v.modifier(k) && k+1 < v.nreal {
		k++
	}
	return v.opensOwnClause(k)
}

// roleAhead reads up to two lower-case words and a role noun at i, and a
// comma after the role when a person's name follows it ("its largest
// shareholder, X"; "the commodities trader X"). It returns the index
// after them, or i.
func (v *view) roleAhead(i, end int) int {
	for n := 1; n <= 2; n++ {
		r := i + n
		if r >= end || !v.is("role", r) {
			continue
		}
		for j := i; j < r; j++ {
			if v.tm[j] >= 0 || !isWord(v.words[j]) || v.capWord(j) || v.is("preposition", j) || v.is("separator", j) {
				return i
			}
		}
		e := r + 1
		if e+1 < end && v.words[e] == "," && v.tm[e+1] >= 0 && v.ms[v.tm[e+1]].typ == mention.Person {
			e++
		}
		if e < end && v.tm[e] >= 0 && v.ms[v.tm[e]].typ == mention.Person {
			return e
		}
		return i
	}
	return i
}

// opensOwnClause reports a mention followed by a verb: the subject of a
// clause of its own ("..., and Tanzania met Rwanda"), not a list member.
func (v *view) opensOwnClause(k int) bool {
	a := v.after(k)
	for a < v.n() && v.tm[a] < 0 && (v.is("aux", a) && v.words[a] != "to" || v.is("adverb", a)) {
		if v.is("aux", a) && v.words[a] != "'s" {
			return true // "Y has ...", "Y later ..."
		}
		a++
	}
	if a >= v.n() || v.tm[a] >= 0 || !isWord(v.words[a]) || v.capWord(a) {
		return false
	}
	w := v.words[a]
	if v.is("separator", a) || v.is("preposition", a) || v.fillerAt(a) > a || v.is("time", a) || v.is("apposition", a) || w == "to" {
		return false
	}
	return v.is("passive", a) || v.is("speech", a) || hasSuffix(w, "ed") || len(v.p.first[w]) > 0
}

// firmOf reports a country's demonym before an organisation noun and a
// name no table knows ("Chinese chipmaker Xinova"): the firm is meant.
func (v *view) firmOf(k int) bool {
	i := v.after(k)
	return v.ms[k].typ == mention.Country && i+1 < v.n() && v.tm[i] < 0 && v.is("org-noun", i) && v.capWord(i+1)
}

// memberAt reports whether a list member starts at i: separators, fillers
// and titles, then a mention followed by the end of the member.
func (v *view) memberAt(i, end int) bool {
	titled, of := false, false
	if i < end && (v.words[i] == "a" || v.words[i] == "an") {
		return false // ", a Tanzanian national": an apposition describes
	}
	for i < end {
		if e := v.classAt("separator", i); e > i {
			i = e
			continue
		}
		if e := v.fillerAt(i); e > i {
			of = of || v.words[i] == "of"
			i = e
			continue
		}
		if v.capWord(i) {
			i++
			continue
		}
		if v.is("role", i) || v.is("title-word", i) {
			titled = true // "army chief General X": a titled person
			i++
			continue
		}
		if r := v.roleAhead(i, end); r > i {
			i = r // "together with its largest shareholder, X"
			continue
		}
		break
	}
	if i >= end || v.tm[i] < 0 {
		return false
	}
	k := v.tm[i]
	if titled && (of || v.ms[k].typ != mention.Person) {
		return false // "the foreign minister of X" describes
	}
	if v.opensOwnClause(k) {
		return false // "met X, and Y met Z": Y opens a clause of its own
	}
	if a := v.after(k); v.ms[k].typ == mention.Place && a < end && v.tm[a] < 0 && isWord(v.words[a]) && !v.capWord(a) &&
		!v.is("separator", a) && !v.is("preposition", a) {
		return false // "X, a St Petersburg lender, ...": a place qualifying a noun
	}
	for v.modifier(k) && k+1 < v.nreal {
		k++
	}
	poss := v.possessive(k)
	i = v.after(k)
	for i < end {
		if e := v.fillerAt(i); e > i && !v.is("preposition", i) {
			i = e
			continue
		}
		break
	}
	// "the Christian president of Lebanon" describes; "X's decision" is not X
	if i < end && (v.is("role", i) || poss && v.tm[i] < 0 && isWord(v.words[i]) && !v.is("separator", i)) {
		return false
	}
	return true
}

// compound is the word after a hyphen that makes mention k an attribute:
// "Russia-backed", "Nairobi-based", "Saudi-led"; "" when there is none.
func (v *view) compound(k int) string {
	i := v.ms[k].last + 1
	if i+1 >= v.n() || v.words[i] != "-" || v.tm[i+1] >= 0 || !isWord(v.words[i+1]) || v.capWord(i+1) {
		return ""
	}
	if v.sent.Tokens[i].Start != v.sent.Tokens[i-1].End || v.sent.Tokens[i+1].Start != v.sent.Tokens[i].End {
		return "" // a spaced dash is punctuation, not a compound
	}
	return v.words[i+1]
}

// peopleHead reports a mention heading people rather than an actor:
// "Israeli settlers", "Ukrainian refugees", and one qualifying an unnamed
// head: "the Russia-backed group" is not Russia ("Saudi-led forces" still are
// Saudi Arabia's).
func (v *view) peopleHead(k int) bool {
	if c := v.compound(k); c != "" && c != "led" {
		return true
	}
	i := v.after(k)
	for i < v.n() && v.tm[i] < 0 && v.fillerAt(i) > i && !v.is("preposition", i) && !v.is("proxy", i) &&
		!(v.ms[k].typ == mention.Country && v.is("nonstate", i)) {
		i = v.fillerAt(i)
	}
	if i < v.n() && v.ms[k].typ == mention.Group && v.is("crowd", i) {
		return false // "ethnic Karen protesters clashed with police": the community acts
	}
	return i < v.n() && (v.is("people", i) || v.ms[k].typ == mention.Country && v.is("nonstate", i))
}

// isNumber reports a numeral: "12", "1,500".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return true
}

func (v *view) isWordAt(i int) bool { return i < v.n() && isWord(v.words[i]) }

// unnamedForce is the end of an unnamed force conjunct at i, up to three
// lower-case words ending in a force word and followed by a separator
// before end ("riot police and"), or -1.
func (v *view) unnamedForce(i, end int) int {
	for j := i; j < end && j < i+3; j++ {
		if v.tm[j] >= 0 || !isWord(v.words[j]) || v.capWord(j) {
			return -1
		}
		if (v.is("own-force", j) || v.is("state-force", j)) && j+1 < end && (v.words[j+1] == "and" || v.words[j+1] == ",") {
			return j + 1
		}
	}
	return -1
}

// lowerCompound reports a hyphened word of letters on both sides
// ("state-owned").
func lowerCompound(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h < len(w)-1 && isWord(w[:h]) && isWord(w[h+1:])
}

// firstWord is the sentence's first prose word token, or -1.
func (v *view) firstWord() int {
	for j := 0; j < v.n(); j++ {
		if !v.hidden[j] && isWord(v.words[j]) {
			return j
		}
	}
	return -1
}

// closedRelative reports mention k inside a ", who ..." relative clause
// that a comma closes before token j: the pronoun at j skips it.
func (v *view) closedRelative(k, j int) bool {
	if !v.inCommaRelative(v.ms[k].first) {
		return false
	}
	for c := v.ms[k].last + 1; c < j; c++ {
		if v.words[c] == "," {
			return true
		}
	}
	return false
}

// pairBefore is the list of two or more people joined by "and" that ends
// last before token i (titles and modifiers between them allowed), or nil.
func (v *view) pairBefore(i int, rt *relType, source bool) []int {
	last := -1
	for k := v.nreal - 1; k >= 0; k-- {
		if v.ms[k].last < i && !v.modifier(k) && v.ms[k].typ != mention.Place {
			last = k // past the place they went to
			break
		}
	}
	if last < 0 || v.ms[last].typ != mention.Person {
		return nil
	}
	ks := []int{last}
	joined := false
	for k := last - 1; k >= 0; k-- {
		if v.modifier(k) {
			continue
		}
		if v.ms[k].typ != mention.Person {
			break
		}
		and := false
		for j := v.ms[k].last + 1; j < v.ms[k+1].first; j++ {
			switch {
			case v.words[j] == "and":
				and = true
			case v.words[j] == ",", v.tm[j] < 0 && (v.capWord(j) || v.fillerAt(j) > j || v.is("role", j)):
			default:
				return nil
			}
		}
		if !and && !joined {
			return nil
		}
		joined = true
		ks = append([]int{k}, ks...)
		if and {
			break
		}
	}
	if !joined {
		return nil
	}
	for _, k := range ks {
		if !v.actor(k, rt, source) {
			return nil
		}
	}
	return ks
}

// documentSigner reads "X signed an order that imposes ...": for a
// document noun at i (memorandum, order, decree) after a signing verb, the
// signer is the subject of the relative clause after it.
func (v *view) documentSigner(i int, rt *relType) []int {
	switch v.words[i] {
	case "memorandum", "order", "decree", "directive", "proclamation":
	default:
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-4 && v.tm[j] < 0; j-- {
		switch v.words[j] {
		case "signed", "signing", "signs", "sign", "issued", "issuing", "issues":
			if ks := v.verbSubjects(j, rt); len(ks) > 0 || !hasSuffix(v.words[j], "ing") {
				return ks
			}
			// "X said ..., before signing an order": the speaker
			for s := j - 1; s >= 0; s-- {
				if v.is("speech", s) {
					return v.subjects(s, rt, true)
				}
			}
			return nil
		}
		if !isWord(v.words[j]) {
			return nil
		}
	}
	return nil
}
