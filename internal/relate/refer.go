package relate

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// discourse is what the relater remembers of the sentences before the
// current one, so that a subject or object that only refers to a name can
// take part:
//
//   - "It also conducted strikes ...": the previous sentence's subject (an
//     actor; "He ..." a person);
//   - "X said it had carried out ...", "... said its fighters had ...": the
//     speaker;
//   - "the three men", "both leaders", "the two sides": the last group of
//     exactly that many people (or actors) that took part together in a
//     meeting or a clash;
//   - "the rebels", "the junta": the group last named with that noun ("ADF
//     rebels");
//   - "an army convoy" as the object of an attack: the army last named
//     ("the Sudanese army", "Chadian army units"), see stateForce.
//
// Each is a heuristic that news prose follows closely; when the reference
// is not certain (no group of the right size, no named antecedent) nothing
// is resolved, so the relation is lost rather than misassigned.
type discourse struct {
	prevActor, prevPerson int // main subject of the previous sentence, by kind, or -1
	curActor, curPerson   int
	prevList, curList     group // a coordinated main subject ("Britain, France and Germany")
	groups                []group
	heads                 map[string]int          // noun -> group entity last named with it
	army                  int                     // the army last named ("the Sudanese army"), or -1
	titles                map[int]map[string]bool // words of the titles a person was named with
	sanctioner            int                     // the source of the last asserted imposed sanction, or -1
	forces                map[int]bool            // groups named as a state's forces ("the X Defence Forces"): never "the group"
	docHeads              map[string]map[int]bool // head noun -> the groups the whole document names with it
	armed                 map[int]bool            // groups named with an armed noun ("X fighters", "X rebels")
	gov                   int                     // the one government group the text names, or -1
	bodies                map[string]int          // "council" -> the group last named "... Council"
}

// group is a set of entities that took part in one relation event.
type group struct {
	ents  []int
	types []mention.Type
	coord bool // "X and Y met", "talks between X and Y": a pair by itself
}

func newDiscourse() *discourse {
	return &discourse{prevActor: -1, prevPerson: -1, curActor: -1, curPerson: -1, heads: map[string]int{}, army: -1, titles: map[int]map[string]bool{}, sanctioner: -1, forces: map[int]bool{}, armed: map[int]bool{}, gov: -1, bodies: map[string]int{}}
}

// next moves to the next sentence.
func (d *discourse) next() {
	d.prevActor, d.prevPerson, d.prevList = d.curActor, d.curPerson, d.curList
	d.curActor, d.curPerson, d.curList = -1, -1, group{}
}

// order lists the groups to try for "the N ...", most recent first; for a
// pair, coordinated groups first.
func (d *discourse) order(n int) []int {
	var first, rest []int
	for g := len(d.groups) - 1; g >= 0; g-- {
		if n == 2 && d.groups[g].coord {
			first = append(first, g)
		} else {
			rest = append(rest, g)
		}
	}
	return append(first, rest...)
}

// any reports whether there is anything to refer to.
func (d *discourse) any() bool {
	return d.prevActor >= 0 || d.prevPerson >= 0 || len(d.groups) > 0 || len(d.heads) > 0
}

// mayRefer reports whether a sentence without names holds a word that may
// refer to one (a pronoun, "both", "the three men", "the rebels"); others
// are skipped.
func (r *Rules) mayRefer(s segment.Sentence) bool {
	for _, t := range s.Tokens {
		w := normWord(t.Text)
		switch w {
		case "it", "its", "they", "their", "he", "she", "both":
			return true
		}
		if r.p.classes["people-plural"].has(w) || r.p.classes["actor-plural"].has(w) || r.p.classes["head-noun"].has(w) || bodyNoun(w) {
			return true
		}
	}
	return false
}

// addGroup records the participants of one relation event.
func (d *discourse) addGroup(ents []int, types []mention.Type, coord bool) {
	if len(ents) < 2 {
		return
	}
	if n := len(d.groups); n > 0 && sameSet(d.groups[n-1].ents, ents) {
		d.groups[n-1].coord = d.groups[n-1].coord || coord
		return
	}
	d.groups = append(d.groups, group{ents, types, coord})
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// see records the titles people are named with in sentence v ("Peruvian
// President X", "Bolivia's acting president, X"): what "the two
// leaders" may stand for, there and later.
func (d *discourse) see(v *view) {
	for k := 0; k < v.nreal; k++ {
		m := v.ms[k]
		if m.typ != mention.Person {
			continue
		}
		for j := m.first - 1; j >= 0 && j >= m.first-4 && v.tm[j] < 0; j-- {
			if v.words[j] == "," && j == m.first-1 {
				continue
			}
			if !isWord(v.words[j]) {
				break
			}
			if d.titles[m.ent] == nil {
				d.titles[m.ent] = map[string]bool{}
			}
			d.titles[m.ent][v.words[j]] = true
		}
	}
}

// note records what sentence v tells later ones: its main subject and the
// nouns its groups are named with.
func (d *discourse) note(v *view) {
	for k := 0; k < v.nreal; k++ {
		m := v.ms[k]
		if m.typ == mention.Country {
			// "Chadian army units", "the Malian military", "Chad's army"
			i := m.last + 1
			if i < v.n() && v.words[i] == "'s" {
				i++ // "Ruritania's army"
			}
			if i < v.n() && v.tm[i] < 0 && (v.words[i] == "army" || v.words[i] == "military") {
				d.army = m.ent
			}
		}
		if m.typ != mention.Group || v.hidden[m.first] {
			continue
		}
		// "the Sudanese army", "the Myanmar military"; a name ("the Arakan
		// Army", "Free Syrian Army") is a group like any other
		if raw := v.text[m.start:m.end]; hasSuffix(raw, " army") || hasSuffix(raw, " military") || hasSuffix(raw, " armed forces") {
			d.army = m.ent
		}
		if v.stateForceName(k) {
			d.forces[m.ent] = true
		}
		if raw := strings.ToLower(v.text[m.start:m.end]); strings.Contains(raw, " ") {
			// "the UN Security Council" ... "the council": a body by the
			// last word of its name
			if w := raw[strings.LastIndexByte(raw, ' ')+1:]; bodyNoun(w) {
				d.bodies[w] = m.ent
			}
		}
		if i := v.after(k); i < v.n() && v.tm[i] < 0 && v.is("head-noun", i) {
			d.heads[v.words[i]] = m.ent
		}
		if i := v.after(k); i < v.n() && v.tm[i] < 0 && (v.is("head-noun", i) || v.is("nonstate", i) || v.words[i] == "fighters") {
			d.armed[m.ent] = true // "ISWAP fighters": an armed group, for "the militants" later
		}
		if v.insurgent(k) && !d.forces[m.ent] {
			d.armed[m.ent] = true
			if len(d.heads) == 0 {
				d.heads["insurgents"] = m.ent // the only insurgents named
			}
		}
	}
	if d.curActor >= 0 || d.curPerson >= 0 {
		return // set by a resolved reference that opens the sentence
	}
	if v.nreal == 0 && d.prevPerson >= 0 && v.describesPerson() {
		// "X met Y. The 81-year-old leader then flew home. He ...": the
		// description names no one new, the subject carries on
		d.curPerson = d.prevPerson
		return
	}
	for k := 0; k < v.nreal; k++ {
		m := v.ms[k]
		if v.hidden[m.first] || m.typ == mention.Place || v.modifier(k) || v.prepObject(k) || v.inApposition(k) {
			continue
		}
		if m.typ == mention.Person {
			d.curPerson = m.ent
		} else {
			d.curActor = m.ent
		}
		// "Britain, France and Germany, the three parties ...": the
		// members coordinated with it, for "Their ministers" next
		d.curList = v.coordFrom(k)
		if len(d.curList.ents) < 2 && m.typ != mention.Person {
			d.pairBefore(v, m.first)
		}
		return
	}
	d.pairBefore(v, v.n())
}

// pairBefore sets the list of the sentence to people coordinated before
// token limit when the main subject is no list of them ("The vote came
// after X and Y flew in to visit Z"), for "the two leaders" next.
func (d *discourse) pairBefore(v *view, limit int) {
	for k := 0; k < v.nreal && v.ms[k].first < limit; k++ {
		if m := v.ms[k]; m.typ == mention.Person && !v.hidden[m.first] && !v.inApposition(k) {
			if l := v.coordFrom(k); len(l.ents) > 1 {
				d.curList = l
				return
			}
		}
	}
}

// coordFrom is the mention k and the mentions of its type coordinated
// with it ("X, Serbian President Y and Prime Minister Z").
func (v *view) coordFrom(k int) group {
	m := v.ms[k]
	l := group{ents: []int{m.ent}, types: []mention.Type{m.typ}}
	last := k
	relaxed, and := -1, false // "X, President Y and Z": a list only when an "and" closes it
	for p := k + 1; p < v.nreal; p++ {
		if m.typ == mention.Person && v.ms[p].typ != mention.Person && v.modifier(p) && !v.possessive(p) {
			continue // "X, Serbian President Y and ...": the demonym titles the next member
		}
		sep, ok := false, true
		for i := v.after(last); i < v.ms[p].first && ok; i++ {
			switch {
			case v.is("separator", i):
				sep = true
			case v.fillerAt(i) > i:
			case m.typ == mention.Person && v.tm[i] >= 0 && v.tm[i] > last && v.tm[i] < p:
				// the skipped demonym
			case m.typ == mention.Person && sep && (v.is("title-word", i) || v.is("leader-title", i) || v.is("role", i) || v.capWord(i)):
				// "and Prime Minister Y": a title after the separator
			default:
				ok = false
			}
		}
		if !ok || !sep || v.ms[p].typ != m.typ || v.possessive(last) {
			break
		}
		if v.inApposition(p) {
			if m.typ != mention.Person {
				break
			}
			if relaxed < 0 {
				relaxed = len(l.ents)
			}
		}
		and = false
		for i := v.after(last); i < v.ms[p].first; i++ {
			and = and || v.words[i] == "and"
		}
		last = p
		l.ents = append(l.ents, v.ms[p].ent)
		l.types = append(l.types, v.ms[p].typ)
	}
	if relaxed >= 0 && !and {
		l.ents, l.types = l.ents[:relaxed], l.types[:relaxed]
	}
	return l
}

// insurgent reports a group mention that is the subject of waging an
// insurgency or a rebellion ("the X have waged an insurgency").
func (v *view) insurgent(k int) bool {
	j := v.after(k)
	for j < v.n() && v.tm[j] < 0 && (v.is("aux", j) || hasSuffix(v.words[j], "ly")) {
		j++
	}
	if j >= v.n() || v.tm[j] >= 0 {
		return false
	}
	switch v.words[j] {
	case "waged", "wages", "waging", "wage", "led", "leads", "leading", "launched", "fought", "fighting":
	default:
		return false
	}
	for x := j + 1; x < v.n() && x <= j+4 && v.tm[x] < 0; x++ {
		switch v.words[x] {
		case "insurgency", "rebellion", "uprising", "insurrection":
			return true
		}
	}
	return false
}

// bodyNoun reports the last words of a body's name that stand for it alone
// later ("the council", "the commission").
func bodyNoun(w string) bool {
	switch w {
	case "council", "commission", "committee", "coalition", "alliance":
		return true
	}
	return false
}

// virtual adds a mention of entity ent standing for tokens [first, last]
// (a pronoun or a noun phrase) and returns its index. Virtual mentions come
// after the real ones and are never found by position.
func (v *view) virtual(ent int, typ mention.Type, first, last int) int {
	for k := v.nreal; k < len(v.ms); k++ {
		if v.ms[k].ent == ent && v.ms[k].first == first {
			return k
		}
	}
	v.ms = append(v.ms, vm{ent: ent, typ: typ, first: first, last: last, start: -1, end: -1})
	return len(v.ms) - 1
}

// auxOnly reports whether tokens [i, j) are only auxiliaries, adverbs and
// the like, so that a noun phrase ending before i is the subject of a verb
// at j: "The three men later held", "it had carried out".
func (v *view) auxOnly(i, j int) bool {
	for ; i < j; i++ {
		if v.tm[i] >= 0 || !(v.is("aux", i) || v.is("adverb", i) || v.is("passive", i) || hasSuffix(v.words[i], "ly")) {
			return false
		}
	}
	return true
}

// refSubject resolves a referring subject that ends right before the
// trigger at ts (past auxiliaries): a pronoun, "its fighters", "the
// rebels", "the three men". It returns the mentions it stands for, or nil.
func (v *view) refSubject(ts int, rt *relType, source bool) []int {
	if v.d == nil {
		return nil
	}
	for e := ts - 1; e >= 0 && e >= ts-6 && v.tm[e] < 0; e-- {
		if !v.auxOnly(e+1, ts) {
			return nil
		}
		for s := e; s >= 0 && s >= e-3 && v.tm[s] < 0; s-- {
			if ks, end := v.refAt(s, rt, source); end == e+1 && ks != nil {
				return ks
			}
		}
	}
	return nil
}

// refAt reads a referring noun phrase starting at token i and returns what
// it stands for and where it ends; nil when it is none or unresolved.
func (v *view) refAt(i int, rt *relType, source bool) ([]int, int) {
	if v.d == nil || i >= v.n() || v.tm[i] >= 0 {
		return nil, i
	}
	w := v.words[i]
	switch w {
	case "it", "they", "its", "their":
		e := i + 1
		if w == "its" || w == "their" {
			// "its fighters", "their foreign ministers": the owner acts
			for e < v.n() && e < i+4 && v.tm[e] < 0 && v.classAt("proxy", e) < 0 && v.fillerAt(e) == e+1 {
				e++
			}
			pe := v.classAt("proxy", e) // "its fighters", "its air force"
			if pe < 0 {
				return nil, i
			}
			e = pe
		}
		if (w == "they" || w == "their") && v.opensSentence(i) && len(v.d.prevList.ents) > 1 {
			// "Britain, France and Germany threatened ... Their ministers met X"
			var ks []int
			for x, ent := range v.d.prevList.ents {
				k := v.virtual(ent, v.d.prevList.types[x], i, e-1)
				if !v.actor(k, rt, source) {
					return nil, i
				}
				ks = append(ks, k)
			}
			return ks, e
		}
		if w == "it" && e < v.n() && (v.words[e] == "is" || v.words[e] == "was" || v.words[e] == "'s") {
			return nil, i // "It was their first meeting": no reference
		}
		// "they" is a group's ("the rebels said they"), never a country's
		plural := w == "they" || w == "their"
		if a := v.speaker(i, rt, source); a >= 0 && (!plural || v.ms[a].typ == mention.Group) {
			return []int{a}, e
		}
		if w == "it" && i > 0 && v.is("subordinator", i-1) && v.d.curActor >= 0 && !slices.Contains(v.notRef, v.d.curActor) {
			// "The council imposed X, when it also froze Y": the body the
			// sentence opened with, referred to
			k := v.virtual(v.d.curActor, mention.Group, i, e-1)
			if t := v.entType(v.d.curActor); t != "" {
				v.ms[k].typ = t
			}
			if v.ms[k].typ != mention.Person && v.actor(k, rt, source) {
				return []int{k}, e
			}
		}
		if v.opensSentence(i) && v.d.prevActor >= 0 {
			k := v.virtual(v.d.prevActor, mention.Group, i, e-1)
			if t := v.entType(v.d.prevActor); t != "" {
				v.ms[k].typ = t
			}
			if v.actor(k, rt, source) && (!plural || v.ms[k].typ == mention.Group) {
				v.d.curActor = v.d.prevActor
				return []int{k}, e
			}
		}
		return nil, i
	case "coalition", "alliance":
		// "Coalition aircraft carried out strikes": the coalition named
		// before, acting by its forces at the head of the sentence
		e, ok := v.d.bodies[w]
		if !ok || !v.opensSentence(i) || i+1 >= v.n() || v.tm[i+1] >= 0 || slices.Contains(v.notRef, e) {
			return nil, i
		}
		switch v.words[i+1] {
		case "aircraft", "warplanes", "jets", "planes", "drones":
		default:
			if !v.is("proxy", i+1) {
				return nil, i
			}
		}
		k := v.virtual(e, mention.Group, i, i+1)
		if !v.actor(k, rt, source) {
			return nil, i
		}
		return []int{k}, i + 2
	case "whose":
		// ", whose forces have been fighting X": the name before the comma
		e := i + 1
		if e >= v.n() || v.tm[e] >= 0 || !v.is("proxy", e) || i < 2 || v.words[i-1] != "," {
			return nil, i
		}
		h := i - 2
		for h > 0 && v.hidden[h] && v.tm[h] < 0 {
			h--
		}
		if k := v.tm[h]; k >= 0 && k < v.nreal && v.ms[k].typ != mention.Person && v.actor(k, rt, source) {
			return []int{k}, e + 1
		}
		return nil, i
	case "him", "her":
		// "Y, speaking alongside him, said": an object pronoun is never
		// the clause's own subject, so it is the person the previous
		// sentence was about ("her" before a noun is a possessive)
		if w == "her" && i+1 < v.n() && v.tm[i+1] < 0 && isWord(v.words[i+1]) && !v.is("preposition", i+1) && !v.is("time", i+1) && !v.is("separator", i+1) {
			return nil, i
		}
		if k := v.onlyPersonBefore(i); k >= 0 && !slices.Contains(v.notRef, v.ms[k].ent) && v.actor(k, rt, source) {
			// "X placed Y under a ban, and Z sanctioned him": the one
			// person named before it in the sentence who is not its
			// clause's subject
			return []int{k}, i + 1
		}
		if k, ok := v.conjunctRelObject(i); ok {
			// "X, who met Y, and Z, who thanked him": not X (Z's fellow
			// subject) but the person X's clause was about
			if k < 0 || slices.Contains(v.notRef, v.ms[k].ent) || !v.actor(k, rt, source) {
				return nil, i
			}
			return []int{k}, i + 1
		}
		if k := v.mainPersonBefore(i); k >= 0 {
			// "X met Y, who thanked him", "X flew to Z, where W received
			// him": in a clause under the main one, the main subject
			if slices.Contains(v.notRef, v.ms[k].ent) || !v.actor(k, rt, source) {
				return nil, i
			}
			return []int{k}, i + 1
		}
		if e := v.d.prevPerson; e >= 0 && !slices.Contains(v.notRef, e) {
			for k := 0; k < v.nreal; k++ {
				if v.ms[k].ent == e {
					return nil, i // named in this sentence too: not certain
				}
			}
			k := v.virtual(e, mention.Person, i, i)
			if v.actor(k, rt, source) {
				return []int{k}, i + 1
			}
		}
		return nil, i
	case "he", "she":
		if (v.opensSentence(i) || v.reportedBy(i)) && v.d.prevPerson >= 0 {
			k := v.virtual(v.d.prevPerson, mention.Person, i, i)
			if v.actor(k, rt, source) {
				v.d.curPerson = v.d.prevPerson
				return []int{k}, i + 1
			}
		}
		return nil, i
	case "the", "both", "all":
		j := i + 1
		n := 0
		if w == "both" {
			n = 2
		}
		if j < v.n() && v.tm[j] < 0 {
			if c := numberWord(v.words[j]); c > 0 && w != "both" {
				n = c
				j++
			}
		}
		if j >= v.n() || v.tm[j] >= 0 {
			return nil, i
		}
		if n == 0 && w == "the" && (v.words[j] == "bloc" || v.words[j] == "union") && v.opensSentence(i) {
			// "The bloc imposed ...": the body the sentence before was
			// about, when it was a group
			if e := v.d.prevActor; e >= 0 && v.entType(e) == mention.Group && !v.d.forces[e] && !v.d.armed[e] && !slices.Contains(v.notRef, e) {
				k := v.virtual(e, mention.Group, i, j)
				if v.actor(k, rt, source) {
					v.d.curActor = e
					return []int{k}, j + 1
				}
			}
			return nil, i
		}
		if e, ok := v.d.bodies[v.words[j]]; ok && n == 0 && w == "the" && !v.capWord(j) && !slices.Contains(v.notRef, e) {
			// "The council imposed an arms embargo": the body last named
			// with that word
			k := v.virtual(e, mention.Group, i, j)
			if v.actor(k, rt, source) {
				if v.opensSentence(i) {
					v.d.curActor = e
				}
				return []int{k}, j + 1
			}
			return nil, i
		}
		if n == 0 && w == "the" && (v.words[j] == "group" || v.words[j] == "organisation" || v.words[j] == "organization") {
			// "fighting the group": the group named last in the sentence
			for k := v.nreal - 1; k >= 0; k-- {
				if v.ms[k].last < i && v.ms[k].typ == mention.Group && !v.hidden[v.ms[k].first] && !slices.Contains(v.notRef, v.ms[k].ent) {
					if v.actor(k, rt, source) && !v.modifier(k) {
						return []int{k}, j + 1
					}
					return nil, i
				}
			}
			// none in the sentence: the previous sentence's subject, if a
			// group ("The rebels said ... . The group had fired ...")
			if e := v.d.prevActor; e >= 0 && v.entType(e) == mention.Group && !slices.Contains(v.notRef, e) && !v.d.forces[e] {
				k := v.virtual(e, mention.Group, i, j)
				if v.actor(k, rt, source) {
					return []int{k}, j + 1
				}
			}
			return nil, i
		}
		if n == 0 {
			// "the rebels": the group last named with that noun
			if w != "the" || !v.is("head-noun", j) {
				return nil, i
			}
			e, ok := v.d.heads[v.words[j]]
			if !ok {
				e, ok = v.d.onlyHead()
			}
			if !ok && v.d.prevActor >= 0 && v.d.armed[v.d.prevActor] && !v.d.forces[v.d.prevActor] && !slices.Contains(v.notRef, v.d.prevActor) &&
				len(v.d.prevList.ents) <= 1 {
				// "X fighters ambushed a convoy. Troops fought the
				// militants": the armed group the last sentence was about
				// (of two coordinated ones, neither)
				e, ok = v.d.prevActor, true
			}
			if es := v.d.docHeads[v.words[j]]; !ok && v.words[j] == "insurgents" && len(es) == 1 {
				// "talks with the insurgents" before the text says who
				// waged the insurgency: the one group it names so
				for x := range es {
					if !slices.Contains(v.notRef, x) {
						e, ok = x, true
					}
				}
			}
			if !ok {
				switch v.words[j] {
				case "militants", "insurgents", "jihadists", "rebels", "guerrillas", "extremists":
					// "X fighters were cornered ... Y forces fought the
					// militants": the only armed group the text has named
					for x := range v.d.armed {
						if v.d.forces[x] || slices.Contains(v.notRef, x) {
							continue
						}
						if ok && e != x {
							ok = false
							break
						}
						e, ok = x, true
					}
				}
			}
			if !ok {
				// "The X have waged an insurgency since 2001, and troops
				// have fought the militants": the one insurgent group
				// named before in the sentence
				for k := 0; k < v.nreal && v.ms[k].last < i; k++ {
					if v.ms[k].typ == mention.Group && v.insurgent(k) && !slices.Contains(v.notRef, v.ms[k].ent) {
						if ok && e != v.ms[k].ent {
							return nil, i
						}
						e, ok = v.ms[k].ent, true
					}
				}
			}
			if !ok {
				return nil, i
			}
			k := v.virtual(e, mention.Group, i, j)
			if !v.actor(k, rt, source) {
				return nil, i
			}
			return []int{k}, j + 1
		}
		people := v.is("people-plural", j)
		if !people && !v.is("actor-plural", j) {
			return nil, i
		}
		// a pair is first looked for among coordinated ones: "both
		// presidents" after "X and Y met ... X spoke with Z" are X and Y
		for _, g := range v.d.order(n) {
			var ks []int
			for x, e := range v.d.groups[g].ents {
				t := v.d.groups[g].types[x]
				if people == (t == mention.Person) {
					ks = append(ks, v.virtual(e, t, i, j))
				}
			}
			if len(ks) != n || !v.titled(ks, v.words[j]) {
				continue
			}
			for _, k := range ks {
				if !v.actor(k, rt, source) {
					return nil, i
				}
			}
			return ks, j + 1
		}
		if l := v.d.prevList; len(l.ents) == n && v.opensSentence(i) {
			// "India and China have a border dispute. The two sides
			// clashed ...": the coordinated subject of the sentence before;
			// "the two leaders" are its people when each was named with a
			// leader's title
			var ks []int
			for x, e := range l.ents {
				if people != (l.types[x] == mention.Person) {
					return nil, i
				}
				k := v.virtual(e, l.types[x], i, j)
				if !v.actor(k, rt, source) {
					return nil, i
				}
				ks = append(ks, k)
			}
			if people && !v.titled(ks, v.words[j]) {
				return nil, i
			}
			return ks, j + 1
		}
	}
	return nil, i
}

// onlyPersonBefore is the one person entity named before i in the
// sentence, when it is the object of an earlier clause (not the sentence's
// first name), or -1.
func (v *view) onlyPersonBefore(i int) int {
	k, e := -1, -1
	for x := 0; x < v.nreal; x++ {
		if v.ms[x].last >= i || v.ms[x].typ != mention.Person {
			continue
		}
		if e >= 0 && v.ms[x].ent != e {
			return -1
		}
		k, e = x, v.ms[x].ent
	}
	if k < 0 || v.ms[k].first == v.firstWord() {
		return -1
	}
	return k
}

// mainPersonBefore is the person that opens the sentence as its subject
// when a relative or subordinate clause ("who", "where", "when") stands
// between it and i, or -1.
func (v *view) mainPersonBefore(i int) int {
	f := v.firstWord()
	if f < 0 {
		return -1
	}
	k := v.tm[f]
	for k >= 0 && v.modifier(k) && k+1 < v.nreal {
		k++ // "Kenyan President X"
	}
	if k < 0 || v.ms[k].typ != mention.Person || v.ms[k].last >= i {
		return -1
	}
	if f != v.ms[k].first && v.tm[f] >= 0 && !v.modifier(v.tm[f]) {
		return -1
	}
	for j := v.ms[k].last + 1; j < i; j++ {
		switch v.words[j] {
		case "who", "where", "when", "whom":
			if v.words[j-1] == "," {
				return k
			}
		}
	}
	return -1
}

// conjunctRelObject reads an object pronoun at i in "X, who ... Y, and Z,
// who ... him": the relative's antecedent Z is coordinated with X, so the
// pronoun is the last person named before ", and" other than X (Y), or
// nobody (k < 0). ok is false when the sentence is not so built.
func (v *view) conjunctRelObject(i int) (k int, ok bool) {
	r := -1
	for j := i - 1; j >= 1; j-- {
		if v.words[j] == "who" && v.tm[j] < 0 && v.words[j-1] == "," {
			r = j - 1
			break
		}
	}
	if r < 0 {
		return -1, false
	}
	// the antecedent: a person right before the comma, its titles and
	// modifiers after ", and"
	a := v.tm[r-1]
	if a < 0 || v.ms[a].typ != mention.Person {
		return -1, false
	}
	j := v.ms[a].first - 1
	for j >= 1 && (v.tm[j] >= 0 && v.modifier(v.tm[j]) || v.tm[j] < 0 && v.capWord(j)) {
		if v.tm[j] >= 0 {
			j = v.ms[v.tm[j]].first
		}
		j--
	}
	if j < 2 || v.words[j] != "and" || v.words[j-1] != "," {
		return -1, false
	}
	main := v.mainPersonBefore(j)
	if main < 0 {
		return -1, false
	}
	for k := a - 1; k > main; k-- {
		if v.ms[k].last < j && v.ms[k].typ == mention.Person && !v.modifier(k) {
			return k, true
		}
	}
	return -1, true
}

// titled reports whether the people ks fit the plural noun: "the two
// leaders" were each named with a leader's title ("President X"), "the
// three ministers" with a minister's; "the three men" may be anyone.
func (v *view) titled(ks []int, noun string) bool {
	need := ""
	switch noun {
	case "leaders", "presidents", "premiers", "rulers", "heads":
		need = "leader-title"
	case "ministers":
		need = "minister"
	default:
		return true
	}
	for _, k := range ks {
		ok := false
		for w := range v.d.titles[v.ms[k].ent] {
			ok = ok || need == "minister" && w == "minister" || need == "leader-title" && v.class("leader-title").has(w)
		}
		if !ok {
			return false
		}
	}
	return true
}

// reportedBy reports "He said he had ...": the pronoun at i follows a
// speech verb whose subject is the same pronoun opening the sentence.
func (v *view) reportedBy(i int) bool {
	j := i - 1
	if j >= 0 && v.words[j] == "that" {
		j--
	}
	return j >= 1 && v.is("speech", j) && v.words[j-1] == v.words[i] && v.opensSentence(j-1)
}

// opensSentence reports whether token i opens the sentence's prose (past
// a quote or a dateline).
func (v *view) opensSentence(i int) bool {
	for j := 0; j < i; j++ {
		if !v.hidden[j] && isWord(v.words[j]) {
			return false
		}
	}
	return true
}

// speaker resolves a pronoun at i right after a speech verb ("X said it
// had ...", "X said that its fighters ...") to the speech verb's subject.
func (v *view) speaker(i int, rt *relType, source bool) int {
	j := i - 1
	if j >= 0 && v.words[j] == "that" {
		j--
		// "X said on Sunday that its fighters": past a time adjunct
		for k := j; k >= 0 && k > j-4 && v.tm[k] < 0; k-- {
			if v.is("speech", k) {
				j = k
				break
			}
			if w := v.words[k]; !v.is("time", k) && w != "on" && w != "in" && w != "last" && w != "late" && w != "earlier" {
				break
			}
		}
	}
	if j < 0 || !v.is("speech", j) || v.words[j] == "according" {
		return -1
	}
	ss := v.subjects(j, rt, source)
	if len(ss) != 1 || v.ms[ss[0]].typ == mention.Person {
		return -1
	}
	return ss[0]
}

// entType is the type the sentence's mentions give entity e, or "".
func (v *view) entType(e int) mention.Type {
	if e >= 0 && e < len(v.types) && v.types[e] != "" {
		return v.types[e]
	}
	for _, m := range v.ms[:v.nreal] {
		if m.ent == e {
			return m.typ
		}
	}
	return ""
}

func numberWord(w string) int {
	switch w {
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	}
	return 0
}

// describesPerson reports a sentence opening "The [words] ROLE" with a
// singular role noun ("The veteran leader", "The 70-year-old president").
func (v *view) describesPerson() bool {
	start := 0
	for start < v.n() && (v.hidden[start] || !isWord(v.words[start])) {
		start++
	}
	if start >= v.n() || v.words[start] != "the" {
		return false
	}
	for j := start + 1; j < v.n() && j <= start+4; j++ {
		if !isWord(v.words[j]) && !strings.Contains(v.words[j], "-") {
			return false
		}
		if v.is("role", j) {
			return j+1 < v.n() && v.words[j+1] != "of" && v.words[j+1] != "'s"
		}
	}
	return false
}

// onlyHead is the one group named with any head noun so far ("X rebels"
// makes "the militants" X too), or false when there are none or several.
func (d *discourse) onlyHead() (int, bool) {
	e := -1
	for _, x := range d.heads {
		if e >= 0 && x != e {
			return -1, false
		}
		e = x
	}
	return e, e >= 0
}

// stateForceName reports a group mention named as a state's forces: one
// word that is no force word and force words ending in forces, army,
// military, force, guard or navy ("Ruritania Defence Forces"); "Rapid
// Support Forces" has two and is no state's.
func (v *view) stateForceName(k int) bool {
	m := v.ms[k]
	ws := strings.FieldsFunc(strings.ToLower(v.text[m.start:m.end]), func(c rune) bool { return c == ' ' || c == '-' })
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "forces", "army", "military", "force", "guard", "navy":
	default:
		return false
	}
	force := v.class("own-force")
	other := 0
	for i := range ws {
		if force.matchAt(ws, i) != i+1 {
			other++
		}
	}
	return other == 1
}
