package relate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// Relation statuses and sanction actions.
const (
	Asserted     = "asserted"
	Negated      = "negated"
	Hypothetical = "hypothetical"
	Imposed      = "imposed"
	Lifted       = "lifted"
)

// Rules is the pattern-driven relater. Structure, not co-occurrence,
// decides the pairs: a verb's subject and its coordinated objects, the
// members of a "between" list, an apposition's person and its object.
// It is read-only after New and safe for concurrent use.
type Rules struct {
	p *Patterns
}

// New returns a relater over the embedded patterns plus the user pattern
// files, in order.
func New(files ...string) (*Rules, error) {
	p, err := LoadPatterns(files...)
	if err != nil {
		return nil, err
	}
	return &Rules{p: p}, nil
}

// NewFromPatterns returns a relater over compiled patterns.
func NewFromPatterns(p *Patterns) *Rules { return &Rules{p: p} }

// Relate implements Relater. Relations come out in sentence order, each
// once per sentence; non-prose sentences yield none.
func (r *Rules) Relate(in Input) []Relation {
	bySent := make([][]vm, len(in.Sentences))
	ethnic := r.ethnicGroups(in)
	for i, m := range in.Mentions {
		if i >= len(in.MentionEntity) || in.MentionEntity[i] < 0 || m.Sentence < 0 || m.Sentence >= len(in.Sentences) {
			continue
		}
		e := in.MentionEntity[i]
		t := m.Type
		if e < len(in.EntityTypes) && in.EntityTypes[e] != "" {
			t = in.EntityTypes[e]
		}
		if g, ok := ethnic[strings.ToLower(m.Text)]; ok && t == mention.Country && r.armedAfter(in.Text, m.End) {
			// "ethnic Serbs ... Serb gunmen": in a text about an ethnic
			// community, its armed men are the community, not the state
			// its name comes from
			e, t = g, mention.Group
		}
		bySent[m.Sentence] = append(bySent[m.Sentence], vm{start: m.Start, end: m.End, ent: e, typ: t})
	}
	for _, ms := range bySent {
		slices.SortStableFunc(ms, func(a, b vm) int { return a.start - b.start })
	}
	tp := newTopics(in, bySent)
	d := newDiscourse()
	d.docHeads = r.docHeads(in, bySent)
	d.gov = govEntity(in)
	var out []Relation
	for si, s := range in.Sentences {
		d.next()
		if !s.Prose || len(bySent[si]) == 0 && !(d.any() && r.mayRefer(s)) {
			if s.Prose && len(bySent[si]) == 0 && d.prevPerson >= 0 && newView(r.p, in.Text, s, nil).describesPerson() {
				d.curPerson = d.prevPerson // "The veteran leader then flew home."
			}
			continue // a sentence without names may still refer ("The three men met")
		}
		v := newView(r.p, in.Text, s, bySent[si])
		v.d, v.types, v.tp, v.si = d, in.EntityTypes, tp, si
		d.see(v)
		rels := r.sentence(v, si, tp)
		for _, rel := range rels {
			if rel.Type == "sanctioned" && rel.Action == Imposed && rel.Status == Asserted {
				d.sanctioner = rel.Source
			}
		}
		out = append(out, rels...)
		d.note(v)
	}
	return r.dropOwnForces(in, out)
}

// ethnicGroups maps the demonym of each group the text names as "ethnic
// <Demonym>[s]" (lower case, singular and plural) to that group's entity.
func (r *Rules) ethnicGroups(in Input) map[string]int {
	var out map[string]int
	for i, m := range in.Mentions {
		if i >= len(in.MentionEntity) || in.MentionEntity[i] < 0 || m.Type != mention.Group {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) != 2 || !strings.EqualFold(f[0], "ethnic") {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		w := strings.ToLower(f[1])
		out[w] = in.MentionEntity[i]
		out[strings.TrimSuffix(w, "s")] = in.MentionEntity[i]
	}
	return out
}

// armedAfter reports whether the word after byte offset end is an armed or
// crowd noun ("Serb gunmen", "Serb protesters").
func (r *Rules) armedAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	w := rest
	if i := strings.IndexFunc(rest, func(c rune) bool { return c == ' ' || c == ',' || c == '.' || c == '\n' }); i >= 0 {
		w = rest[:i]
	}
	w = strings.ToLower(w)
	return r.p.classes["nonstate"].has(w) || r.p.classes["crowd"].has(w) || w == "fighters" || w == "forces"
}

type match struct {
	pt       *pattern
	start    int // tokens, end exclusive
	end      int
	trigWord int // token of the trigger's first word
}

// sentence reads the relations of one sentence.
func (r *Rules) sentence(v *view, si int, tp *topics) []Relation {
	var ms []match
	for i := range v.words {
		if v.tm[i] >= 0 || !isWord(v.words[i]) {
			continue
		}
		for _, refs := range [2][]trigRef{r.p.first[v.words[i]], r.p.wild} {
			for _, ref := range refs {
				if ref.pt.form != FormTitle && v.capWord(i) {
					continue // "the Syrian Civil War" names a thing, it is no trigger
				}
				e := ref.ph.matchAt(v.words, i)
				if e < 0 || v.tm[e-1] >= 0 || !v.required(ref.pt, e) {
					continue
				}
				if ref.pt.form == FormVerb && ref.pt.rel.symmetric && hasSuffix(v.words[i], "ing") && i > 0 && v.tm[i-1] < 0 && determiner(v.words[i-1]) {
					continue // "days after a meeting with X": a noun, read by the noun patterns
				}
				if ref.pt.form == FormVerb && !ref.pt.passive && hasSuffix(v.words[i], "ed") && e == i+1 && v.adjectival(i) {
					continue // "the armed group", "dozens of heavily armed men": an adjective
				}
				ms = append(ms, match{pt: ref.pt, start: i, end: e})
			}
		}
	}
	// a trigger inside a longer one of the same type ("met" in "met with")
	// adds nothing
	keep := ms[:0]
	for _, m := range ms {
		inner := false
		for _, o := range ms {
			// "removed X from its sanctions list": a gap over a name
			// ("removed ... sanction*") absorbs nothing
			if o.pt.rel == m.pt.rel && o.start <= m.start && o.end >= m.end && (o.end-o.start) > (m.end-m.start) && !(m.start == o.start && v.spansName(o)) {
				inner = true
				break
			}
		}
		if !inner {
			keep = append(keep, m)
		}
	}
	// a trigger word read by a pattern whose required words follow
	// ("targeted X with sanctions") is not also read by another type's bare
	// pattern ("targeted": an attack)
	keep2 := keep[:0]
	for _, m := range keep {
		hidden := false
		for _, o := range keep {
			if o.pt.requires != nil && o.pt.action != "" && m.pt.requires == nil && o.pt.rel != m.pt.rel && o.start == m.start {
				hidden = true
				break
			}
		}
		if !hidden {
			keep2 = append(keep2, m)
		}
	}
	keep = keep2
	var out []Relation
	seen := map[[4]string]bool{}
	emit := func(m match, src, tgt int, conf float64) {
		a, b := v.ms[src].ent, v.ms[tgt].ent
		r.add(&out, seen, v, si, m, a, b, conf)
	}
	for _, m := range keep {
		n := len(out)
		v.recip = false
		switch m.pt.form {
		case FormVerb:
			r.verb(v, m, tp, si, emit, &out, seen)
		case FormNoun:
			r.noun(v, m, emit)
		case FormApposition:
			r.apposition(v, m, emit)
		case FormTitle:
			r.title(v, m, emit)
		}
		if m.pt.rel.symmetric && v.d != nil {
			// the participants of one meeting or clash, for "the three
			// men" and "both leaders" later
			var ents []int
			var types []mention.Type
			for _, rel := range out[n:] {
				for _, e := range [2]int{rel.Source, rel.Target} {
					if !slices.Contains(ents, e) {
						ents = append(ents, e)
						types = append(types, v.entType(e))
					}
				}
			}
			v.d.addGroup(ents, types, v.recip)
		}
	}
	return out
}

// required reports whether a pattern's required words follow its trigger
// (ending at e) in the clause: "designated X as a terrorist group".
func (v *view) required(pt *pattern, e int) bool {
	if pt.requires == nil {
		return true
	}
	for j := e; j < v.clauseEnd(e); j++ {
		if pt.requires.matchAt(v.words, j) > j {
			return true
		}
	}
	return false
}

func (r *Rules) add(out *[]Relation, seen map[[4]string]bool, v *view, si int, m match, a, b int, conf float64) {
	if a == b || a < 0 || b < 0 {
		return
	}
	rt := m.pt.rel
	if m.pt.rule == "accused" && v.entType(a) != mention.Country {
		return // "X's defence ministry accused Y": only a state is read as the side attacked
	}
	if rt.symmetric && b < a {
		a, b = b, a
	}
	status := v.status(m)
	key := [4]string{rt.name + "/" + status + "/" + m.pt.action, strconv.Itoa(a), strconv.Itoa(b)}
	if seen[key] {
		return
	}
	seen[key] = true
	*out = append(*out, Relation{
		Type: rt.name, Source: a, Target: b, Status: status, Action: m.pt.action,
		Confidence: round2(conf), Sentence: si, Start: v.sent.Start, End: v.sent.End,
		Rule: rt.name + "/" + m.pt.rule,
	})
}

// verb: SUBJECT trigger OBJECTS, its passive, its fronted participle and
// its reciprocal form.
func (r *Rules) verb(v *view, m match, tp *topics, si int, emit func(match, int, int, float64), out *[]Relation, seen map[[4]string]bool) {
	rt := m.pt.rel
	end := v.clauseEnd(m.end)
	if m.pt.passive {
		r.participle(v, m, end, emit)
		return
	}
	if m.pt.action == Imposed && v.d != nil && v.d.sanctioner >= 0 && v.alsoInverted(m) {
		// "Also sanctioned were X and Y": the last sanctioner's targets
		objs, _ := v.list(m.end+1, end, rt, false)
		for _, o := range objs {
			r.add(out, seen, v, si, m, v.d.sanctioner, v.ms[o].ent, m.pt.conf*0.8)
		}
		return
	}
	if m.pt.rule == "similar-measures" {
		// the targets of the sanctions imposed before in this sentence
		var tgts []int
		for _, r := range *out {
			if r.Type == rt.name && r.Action == Imposed && r.Status == Asserted && !slices.Contains(tgts, r.Target) {
				tgts = append(tgts, r.Target)
			}
		}
		subj := v.verbSubjects(m.start, rt)
		for j := m.start - 2; j > 0; j-- {
			if v.words[j] == "," && v.words[j+1] == "and" {
				// ", and Z and W announced similar measures": the
				// coordinated clause's own subjects
				subj, _ = v.list(j+2, m.start, rt, true)
				break
			}
		}
		for _, s := range subj {
			for _, t := range tgts {
				r.add(out, seen, v, si, m, v.ms[s].ent, t, m.pt.conf)
			}
		}
		return
	}
	if m.pt.inverse {
		// "Iran, under US sanctions since 2018, ...": the names inside
		// the trigger impose, the subject is the target
		var src []int
		for k := 0; k < v.nreal; k++ {
			if v.ms[k].first > m.start && v.ms[k].last < m.end && v.actor(k, rt, true) {
				src = append(src, k)
			}
		}
		if len(src) == 0 {
			return
		}
		for _, t := range v.subjects(m.start, rt, false) {
			for _, s := range src {
				emit(m, s, t, m.pt.conf)
			}
		}
		return
	}
	objStart := m.end
	if m.pt.objPreps != nil {
		objStart = v.objPrep(m.pt.objPreps, m.end, end)
	}
	// passive: "Y was sanctioned by X", "Kurds backed by the US"
	byAt := -1
	if m.end < v.n() && v.words[m.end] == "by" {
		byAt = m.end
	} else if j := v.agentBy(m.end, end); j >= 0 && v.memberAt(j+1, end) {
		byAt = j // "was received in Lusaka in May by X"
	}
	if byAt >= 0 || m.start > 0 && v.is("passive", m.start-1) && !hasSuffix(v.words[m.start], "ing") {
		if byAt < 0 {
			return // an agentless passive names one side only
		}
		if p := m.start - 1; p >= 0 && v.tm[p] < 0 && isWord(v.words[p]) && !v.capWord(p) && !v.is("passive", p) &&
			v.fillerAt(p) < 0 && !v.is("adverb", p) && !hasSuffix(v.words[p], "ly") && !v.is("aux", p) && v.words[p] != "those" {
			// "for talks hosted by X", "a convoy attacked by Y": the
			// participle qualifies an unnamed noun, not a named subject
			return
		}
		agents, _ := v.list(byAt+1, end, rt, false)
		patients := v.subjects(m.start, rt, false)
		for _, a := range agents {
			for _, p := range patients {
				if v.actor(a, rt, true) {
					emit(m, a, p, m.pt.conf)
				}
			}
		}
		return
	}
	subj := v.verbSubjects(m.start, rt)
	if len(subj) > 0 {
		// "X fought alongside Y against Z": Y is on X's side
		for k := range v.ms[:v.nreal] {
			if v.ms[k].first > m.start && v.ms[k].last < m.end && v.actor(k, rt, true) && !v.modifier(k) {
				j := v.ms[k].first - 1
				for j > m.start && v.fillerAt(j) > j {
					j--
				}
				if w := v.words[j]; w == "alongside" || w == "with" {
					subj = append(subj, k)
				}
			}
		}
	}
	var objs []int
	listEnd := objStart
	if objStart >= 0 {
		objs, listEnd = v.list(objStart, end, rt, false)
		w := objStart
		for w < end && (v.is("adverb", w) || hasSuffix(v.words[w], "ly")) && v.tm[w] < 0 {
			w++
		}
		if j := v.withAfterAdjunct(w, end); j >= 0 {
			w = j // "held talks in Moscow on Monday with X"
		}
		if len(objs) == 0 && m.pt.objPreps == nil && w < end && v.words[w] == "with" {
			// "held separate talks with X", "met separately with X"
			objStart = w + 1
			objs, listEnd = v.list(objStart, end, rt, false)
		}
		if len(objs) == 0 {
			// "spoke with both leaders", "shelled the rebels"
			v.notRef = v.notRef[:0]
			for _, s := range subj {
				v.notRef = append(v.notRef, v.ms[s].ent)
			}
			if ks, e := v.refAt(objStart, rt, false); ks != nil {
				objs, listEnd = ks, e
			} else if k, e := v.bareHead(objStart, end, subj); k >= 0 && m.pt.state {
				objs, listEnd = []int{k}, e // "clashed with Islamist insurgents"
			}
		}
		if m.pt.objPreps != nil {
			objs, listEnd = v.morePreps(m.pt.objPreps, objs, listEnd, end, rt)
		}
		if rt.symmetric && len(objs) > 0 && objStart > 0 && v.words[objStart-1] == "with" {
			// "sessions with X over the maps and with Y over the
			// capital": a second "with" past the first one's topic
			for j := listEnd; j+2 < end && j < listEnd+10; j++ {
				if !isWord(v.words[j]) && v.words[j] != "-" {
					break
				}
				w := j + 1
				if w+1 < end && (v.words[w] == "then" || v.words[w] == "later" || v.words[w] == "also") {
					w++ // "with X and then with Y"
				}
				if v.words[j] == "and" && v.words[w] == "with" && (j > listEnd || w > j+1) {
					more, le := v.list(w+1, end, rt, false)
					objs = append(objs, more...)
					if len(more) > 0 {
						listEnd = le
					}
					break
				}
			}
		}
	}
	for x := 1; x < len(objs); x++ {
		// "met X and Y met Z": Y opens a clause of its own
		if v.opensOwnClause(objs[x]) {
			objs = objs[:x]
			break
		}
	}
	if len(objs) > 1 && v.inCommaRelative(m.start) {
		// "X, who met Y, and Z, who ...": inside a relative clause ", and"
		// after a single object joins the main clause's subjects, not the
		// objects (a list of three would be "Y, W, and V")
		if a := v.after(objs[0]); a+1 < v.n() && v.words[a] == "," && v.words[a+1] == "and" {
			objs = objs[:1]
		}
	}
	if objStart >= 0 {
		// "sanctions on three officials, among them X and Y", "met
		// European leaders, including X": the named members count
		if more := v.inclusion(objStart, listEnd, end, rt); len(more) > 0 {
			objs = append(objs, more...)
		}
	}
	if m.pt.objTypes != nil && len(objs) > 0 {
		// "told Y in a phone call": Y must be of the types the rule
		// reads ("told Reuters by phone" is no meeting); a possessor
		// ("welcomed Y's decision") is not the object
		keep := objs[:0:0]
		for _, o := range objs {
			if a := v.after(o); a < v.n() && (v.words[a] == "a" || v.words[a] == "an" || v.words[a] == "as") {
				continue // "called Y a partner": a name given, no call
			}
			if m.pt.objTypes[v.ms[o].typ] && !(rt.symmetric && v.possessive(o)) {
				keep = append(keep, o)
			}
		}
		if objs = keep; len(objs) == 0 {
			return
		}
	}
	if m.pt.titled {
		// only the titled object counts: "X and Y called for restraint"
		// is no call between them
		if objs = v.titledObjects(objStart, objs); len(objs) == 0 {
			return
		}
	}
	conf := m.pt.conf
	if len(subj) == 0 && m.end-m.start > 2 && v.tm[m.end-2] >= 0 {
		// "the lifting of US sanctions on X": the name before the noun
		if k := v.tm[m.end-2]; v.ms[k].last == m.end-2 && v.actor(k, rt, true) {
			subj = []int{k}
		}
	}
	if len(subj) == 0 && len(objs) == 0 && rt.symmetric && v.fronted(m.start) {
		// "Meeting in Doha, X and Y negotiators discussed a truce": the
		// coordinated subject after the comma met one another
		c := m.end
		for c < end && v.words[c] != "," {
			c++
		}
		if c < end && !v.objectFollows(m.end) {
			if pair, _ := v.list(c+1, end, rt, false); len(pair) > 1 {
				v.recip = true
				for i := range pair {
					for j := i + 1; j < len(pair); j++ {
						emit(m, pair[i], pair[j], conf*0.85)
					}
				}
				return
			}
		}
	}
	if len(subj) == 0 && v.fronted(m.start) {
		// "Speaking alongside X on Monday, Y said": Y is the subject
		if listEnd < 0 {
			listEnd = m.end
		}
		subj = v.subjectAfter(listEnd, rt)
		conf *= 0.9
	}
	if len(subj) == 0 && m.pt.state && len(objs) > 0 {
		// "Soldiers fought the X": an unnamed state force opening the
		// sentence is the army last named (stateForce)
		if f := v.firstWord(); f >= 0 && v.forceSubjectEnd(f) == m.start {
			t := v.stateForce(f, m.start, objs)
			if t < 0 && tp != nil && v.classAt("state-force", f) < m.start {
				// "Soldiers and police have since clashed with X": the
				// forces of the country the text is about
				ex := map[int]bool{}
				for _, o := range objs {
					ex[v.ms[o].ent] = true
				}
				t = tp.country(si, ex)
			}
			if t >= 0 {
				for _, o := range objs {
					if v.ms[o].typ == mention.Group {
						r.add(out, seen, v, si, m, t, v.ms[o].ent, conf*0.8)
					}
				}
			}
		}
		return
	}
	if len(subj) == 0 {
		return
	}
	if len(objs) == 0 && m.pt.action == Imposed && m.end-m.start > 2 {
		// "froze Y assets", "banned Y imports": the country owning the
		// goods, named inside the trigger right before the noun
		switch v.words[m.end-1] {
		case "assets", "funds", "imports", "exports":
			for g := m.end - 2; g > m.start && g >= m.end-4; g-- {
				if k := v.tm[g]; k >= 0 {
					// "froze X and Y assets" also protects a victim's
					// holdings: coordinated owners are no clear target
					coord := v.ms[k].first > 0 && (v.words[v.ms[k].first-1] == "and" || v.words[v.ms[k].first-1] == ",")
					if v.ms[k].typ == mention.Country && v.ms[k].last == g && !coord && !slices.Contains(subj, k) && v.actor(k, rt, false) {
						objs = []int{k}
					}
					break
				}
			}
		}
	}
	if len(objs) == 0 && objStart >= 0 && m.pt.objPreps != nil {
		// "sanctions on more than 100 tankers of Russia's shadow fleet":
		// the first actor inside the object phrase
		if k := v.firstActorIn(objStart, end, rt); k >= 0 {
			objs, conf = []int{k}, conf*0.85
		}
	}
	if len(objs) == 0 && objStart >= 0 {
		// "clashed with troops of the peacekeeping mission, known as X"
		if k := v.knownAs(objStart, end); k >= 0 && v.actor(k, rt, false) {
			objs = []int{k}
		}
	}
	if len(objs) == 0 && m.pt.objPreps != nil && m.pt.action != "" {
		// "froze any assets she holds": the pronoun is the sentence's
		// person
		if k := v.holderPronoun(m.end, end); k >= 0 && v.actor(k, rt, false) {
			objs = []int{k}
		}
	}
	if len(objs) == 0 && objStart >= 0 && m.pt.objPreps != nil {
		// "sanctions on travel, remittances and trade with X": the
		// partner of the dealings is the target
		if ks := v.dealingsWith(objStart, end, rt); len(ks) > 0 {
			objs = ks
		}
	}
	if len(objs) == 0 && objStart >= 0 && m.pt.objPreps != nil {
		// "sanctions on a front of the group", "on leaders of the
		// rebels": the group referred to owns the target
		if j := v.ofUnnamed(objStart, end); j >= 0 {
			if ks, _ := v.refAt(j+1, rt, false); len(ks) == 1 {
				objs, conf = ks, conf*0.85
			}
		}
	}
	if len(objs) == 0 && objStart >= 0 && (m.pt.objPreps != nil || m.pt.objTypes != nil) {
		// "sanctions on its leader, X, a ... national", "greeted the
		// contingent's commander, X": the named person in apposition, not
		// the topic country nor the nationality
		if k := v.possessedAppositive(objStart, end); k >= 0 {
			objs = []int{k}
		}
	}
	if len(objs) == 0 && m.pt.objPreps != nil && m.pt.objTypes != nil {
		return // "who seized the capital in 2014": no object named
	}
	if len(objs) == 0 && m.pt.objPreps != nil {
		// "lifted sanctions on its defence sector": the topic country
		if t := v.corefCountry(m.end, tp, si, subj); t >= 0 {
			for _, s := range subj {
				r.add(out, seen, v, si, m, v.ms[s].ent, t, conf*0.8)
			}
		}
		return
	}
	if len(objs) == 0 && m.pt.state && objStart >= 0 && v.d != nil && v.d.gov >= 0 {
		// "fought government-aligned brigades": the one government the
		// text names ("the Government of National Unity")
		if v.govForce(objStart, end) && !slices.ContainsFunc(subj, func(s int) bool { return v.ms[s].ent == v.d.gov }) {
			k := v.virtual(v.d.gov, mention.Group, objStart, objStart)
			if v.actor(k, rt, false) {
				for _, s := range subj {
					emit(m, s, k, conf*0.8)
				}
				return
			}
		}
	}
	if len(objs) == 0 && m.pt.state && objStart >= 0 {
		// "intercepted missiles fired by X", "repelled an attack by X":
		// the agent of the unnamed weapon or attack
		if ks := v.weaponAgent(objStart, end, rt); len(ks) > 0 {
			objs = ks
		}
	}
	if len(objs) == 0 && m.pt.state && objStart >= 0 {
		// "X said Y troops had shelled its territory": the speaker's
		// ground; "struck targets in X": the country the targets are in
		if t := v.groundOf(objStart, end, m.start, rt, subj); t >= 0 {
			for _, s := range subj {
				emit(m, s, t, conf*0.85)
			}
			return
		}
	}
	if len(objs) == 0 && m.pt.state && objStart >= 0 {
		// "ambushed an army convoy": the army of the country the sentence
		// places the event in, else of the document's topic country
		if t := v.stateForce(objStart, end, subj); t >= 0 {
			for _, s := range subj {
				r.add(out, seen, v, si, m, v.ms[s].ent, t, conf*0.8)
			}
			return
		}
	}
	if m.pt.subTypes != nil && slices.ContainsFunc(subj, func(s int) bool { return !m.pt.subTypes[v.ms[s].typ] }) {
		return // "X boarded a navy ship": a person boarding is no clash
	}
	if m.pt.objTypes != nil && len(objs) == 0 && slices.ContainsFunc(subj, func(s int) bool { return !m.pt.objTypes[v.ms[s].typ] }) {
		return // "Ethiopia and Eritrea signed an agreement": read of people only
	}
	if len(objs) == 0 && rt.symmetric && len(subj) > 1 && (m.pt.objTypes != nil || !v.objectFollows(m.end)) && !v.separate(m) {
		if c, _ := v.accompanied(m.start, v.clauseStart(m.start), rt, true); len(c) > 0 {
			return // "X, accompanied by Y, held talks": with someone unnamed, not each other
		}
		// (with object-types, an untyped object is a topic: "X and Y
		// discussed the crisis by phone")
		v.recip = true
		for i := range subj {
			for j := i + 1; j < len(subj); j++ {
				emit(m, subj[j], subj[i], conf)
			}
		}
		return
	}
	for _, s := range subj {
		for _, o := range objs {
			emit(m, s, o, conf)
		}
	}
	if rt.symmetric && len(objs) > 1 && v.is("host", m.start) && v.meetingAfter(listEnd, end) {
		// "hosted X and Y for three-way talks": the guests met too
		for i := range objs {
			for j := i + 1; j < len(objs); j++ {
				emit(m, objs[i], objs[j], conf*0.9)
			}
		}
	}
}

// titledObjects keeps the objects of a verb like "called" that are people
// named with a title of office right after it ("called Indian Foreign
// Minister X", "phoned President X on Monday"): a call to an office
// holder. "called X a traitor", "called X's remarks", "a group called X"
// and anything but a person are other senses of the verb.
func (v *view) titledObjects(objStart int, objs []int) []int {
	if objStart < 0 || len(objs) != 1 {
		return nil
	}
	k := objs[0]
	if v.ms[k].typ != mention.Person || v.possessive(k) {
		return nil
	}
	first := v.ms[k].first
	if first-1 < objStart || !(v.capWord(first-1) || v.is("role", first-1) || v.is("title-word", first-1)) {
		return nil // no title between the verb and the name
	}
	for j := objStart; j < first; j++ {
		if v.tm[j] >= 0 && v.ms[v.tm[j]].typ == mention.Person || v.words[j] == "," {
			return nil
		}
	}
	if j := v.after(k); j < v.n() {
		switch w := v.words[j]; {
		case w == "a" || w == "an" || w == "the" || w == "as" || isQuote(w) || v.tm[j] >= 0:
			return nil // "called X a liar", "called X \"a friend\""
		}
	}
	return objs
}

func isQuote(w string) bool { return w == `"` || w == "“" || w == "”" }

// meetingAfter reports a meeting named after a host's guest list: "for
// three-way talks", "at the first summit of". "Separate" talks are not
// one meeting.
func (v *view) meetingAfter(i, end int) bool {
	for ; i < end && i < v.n(); i++ {
		if w := v.words[i]; w == "for" || w == "at" {
			for j := i + 1; j < end && j <= i+4; j++ {
				switch v.words[j] {
				case "separate":
					return false
				case "talks", "summit", "meeting", "meetings", "negotiations", "consultations":
					return true
				}
				if !isWord(v.words[j]) {
					break
				}
			}
			return false
		}
		if !isWord(v.words[i]) && v.words[i] != "'s" || v.tm[i] >= 0 && v.ms[v.tm[i]].typ != mention.Place {
			return false
		}
	}
	return false
}

// objPrep is the start of the object list after one of preps, from token
// i on, or -1. A preposition before a time ("imposed sanctions on Monday on
// X") does not open it.
func (v *view) objPrep(preps *phraseSet, i, end int) int {
	for j := i; j < end; j++ {
		if v.words[j] == "," && j+2 < end && (v.words[j+1] == "and" || v.words[j+1] == "but") && v.memberAt(j+2, end) {
			return -1 // ", and the EU imposed bans on Y": a new clause with its own subject
		}
		if v.words[j] == "," && j+1 < end && (v.words[j+1] == "where" || v.words[j+1] == "when") {
			return -1 // "flew to X, where he held talks with Y": the talks' own clause
		}
		if v.newPredicate(j) {
			return -1 // "visited X and held talks with Y": the talks' own verb
		}
		if e := preps.matchAt(v.words, j); e > j && v.tm[j] < 0 {
			if e < v.n() && v.tm[e] < 0 && v.is("time", e) {
				continue
			}
			return e
		}
	}
	return -1
}

// morePreps reads the lists after a repeated preposition: "sanctions on X
// and on Y", "on X, and on Y".
func (v *view) morePreps(preps *phraseSet, objs []int, i, end int, rt *relType) ([]int, int) {
	for i < end {
		j := i
		if j < end && v.words[j] == "," {
			j++
		}
		if j >= end || v.words[j] != "and" && v.words[j] != "or" {
			break
		}
		e := preps.matchAt(v.words, j+1)
		if e < 0 {
			break
		}
		more, le := v.list(e, end, rt, false)
		if len(more) == 0 {
			if k := v.firstActorIn(e, end, rt); k >= 0 {
				more = []int{k}
			}
		}
		objs = append(objs, more...)
		if le <= i {
			break
		}
		i = le
	}
	return objs, i
}

// participle: a passive pattern ("sanctions imposed on Monday by X on Y",
// "the embargo imposed on Y by X"): the agent follows "by", the targets
// follow an object preposition, in either order. Unnamed targets are passed
// over ("on several of its commanders and on Z"); a relative pronoun or a
// comma not followed by "and" ends the phrase.
func (r *Rules) participle(v *view, m match, end int, emit func(match, int, int, float64)) {
	rt := m.pt.rel
	var agents, targets []int
	for k := 0; k < v.nreal; k++ {
		// "the embargo, which Washington imposed on Y": the agent inside;
		// "sanctions against Y were announced by X": a target inside
		if v.ms[k].first > m.start && v.ms[k].last < m.end && !v.modifier(k) {
			j := v.ms[k].first - 1
			for j > m.start && v.fillerAt(j) > j && !v.is("preposition", j) {
				j--
			}
			if e := m.pt.objPreps.matchAt(v.words, j); e > j {
				if v.actor(k, rt, false) {
					targets = append(targets, k)
				}
			} else if v.actor(k, rt, true) {
				agents = append(agents, k)
			}
		}
	}
	if p := m.start - 1; len(agents) == 0 && p >= 0 && v.tm[p] >= 0 && v.ms[v.tm[p]].last == p && v.actor(v.tm[p], rt, true) {
		// "U.N. sanctions imposed on Y in 2009": the name before the noun
		agents = []int{v.tm[p]}
	}
	if w := v.words[m.start+1]; len(agents) == 0 && (w == "it" || w == "they") {
		// "broadening measures it first applied against Y": the pronoun is
		// the main clause's subject
		agents = v.mainSubject(m.start, rt)
	}
	for j := m.end; j < end; j++ {
		w := v.words[j]
		if v.hidden[j] {
			continue
		}
		if w == "that" || w == "which" || w == "who" || w == "whose" || v.is("subordinator", j) ||
			w == "," && !(j+1 < end && (v.words[j+1] == "and" || v.words[j+1] == "or")) || !isWord(w) && w != "," && w != "'s" {
			break
		}
		if w == "by" && agents == nil {
			var e int
			agents, e = v.list(j+1, end, rt, false)
			if len(agents) == 0 {
				return
			}
			j = e - 1
			continue
		}
		if e := m.pt.objPreps.matchAt(v.words, j); e > j && v.tm[j] < 0 && !(e < v.n() && v.tm[e] < 0 && v.is("time", e)) {
			objs, le := v.list(e, end, rt, false)
			if len(objs) == 0 {
				if k := v.firstActorIn(e, end, rt); k >= 0 {
					objs = []int{k}
				} else if k := v.ownerOf(e, end, m.start, rt); k >= 0 {
					objs = []int{k}
				}
			}
			targets = append(targets, objs...)
			if le > j+1 && len(objs) > 0 {
				j = le - 1
			}
		}
	}
	if len(targets) == 0 && len(agents) > 0 && v.d != nil {
		// "... imposed on the island in 1962": the topic country
		var ex []int
		for _, a := range agents {
			ex = append(ex, a)
		}
		if t := v.corefCountry(m.end, v.tp, v.si, ex); t >= 0 {
			for _, a := range agents {
				if v.actor(a, rt, true) && v.ms[a].ent != t {
					emit(m, a, v.virtual(t, mention.Country, m.end, m.end), m.pt.conf*0.8)
				}
			}
			return
		}
	}
	for _, a := range agents {
		if !v.actor(a, rt, true) {
			continue
		}
		for _, t := range targets {
			emit(m, a, t, m.pt.conf)
		}
	}
}

// ownerOf resolves "its commanders", "their leaders" in a target phrase
// starting at i to the nearest group named as a subject before the trigger
// at ts ("the rebels pulled out, citing sanctions imposed by X on several of
// its commanders"), or -1.
func (v *view) ownerOf(i, end, ts int, rt *relType) int {
	j := i
	for j < end && j < i+4 && v.tm[j] < 0 && v.words[j] != "its" && v.words[j] != "their" {
		if v.fillerAt(j) < 0 && !isNumber(v.words[j]) {
			return -1
		}
		j++
	}
	if j >= end || j >= i+4 || v.tm[j] >= 0 {
		return -1
	}
	e := j + 1
	for e < end && v.tm[e] < 0 && !v.is("people-plural", e) && !v.is("proxy", e) && v.fillerAt(e) == e+1 {
		e++
	}
	if e >= end || v.tm[e] >= 0 || !v.is("people-plural", e) && !v.is("proxy", e) {
		return -1
	}
	for k := v.nreal - 1; k >= 0; k-- {
		m := v.ms[k]
		if m.last >= ts || m.typ != mention.Group || v.hidden[m.first] || v.modifier(k) || v.inApposition(k) ||
			v.prepObject(k) && !v.opensClause(k, v.npStart(k)) {
			continue
		}
		if v.actor(k, rt, false) {
			return k
		}
		return -1
	}
	return -1
}

// withAfterAdjunct finds "with" after a short place or time adjunct ("in
// Moscow", "on Monday") starting at i, or -1.
func (v *view) withAfterAdjunct(i, end int) int {
	if i >= end || v.tm[i] >= 0 || v.words[i] != "in" && v.words[i] != "on" && v.words[i] != "at" {
		return -1
	}
	return v.pastAdjuncts(i, end, 7, "with", func(j int) bool { return v.is("adjunct", j) && v.words[j] != "of" })
}

// pastAdjuncts finds want within limit words from i, past places, times,
// numbers and the words skip allows; -1 when anything else comes first.
func (v *view) pastAdjuncts(i, end, limit int, want string, skip func(j int) bool) int {
	for j := i; j < end && j < i+limit; j++ {
		switch w := v.words[j]; {
		case w == want:
			return j
		case v.tm[j] >= 0:
			if v.ms[v.tm[j]].typ != mention.Place {
				return -1
			}
			j = v.ms[v.tm[j]].last
		case v.is("time", j) || isNumber(w) || skip(j):
		default:
			return -1
		}
	}
	return -1
}

// agentBy finds the "by" of a passive's agent after a time or place
// adjunct: "was received in the capital on Monday by X". It returns -1 when
// anything else comes first.
func (v *view) agentBy(i, end int) int {
	return v.pastAdjuncts(i, end, 10, "by", func(j int) bool { return v.capWord(j) || v.is("adjunct", j) })
}

// firstActorIn finds the first actor in the noun phrase starting at i:
// words and "of" may come before it; punctuation, another preposition, a
// relative pronoun or a separator ends the phrase.
func (v *view) firstActorIn(i, end int, rt *relType) int {
	for j := i; j < end && j < i+10; j++ {
		if k := v.tm[j]; k >= 0 {
			if v.modifier(k) {
				if v.compound(k) != "" {
					j = v.ms[k].last + 2
				}
				continue
			}
			if v.actor(k, rt, false) && !v.peopleHead(k) && !v.firmOf(k) {
				return k
			}
			return -1
		}
		w := v.words[j]
		if !isWord(w) && w != "'s" || w != "of" && v.is("preposition", j) || w == "that" || w == "which" || w == "who" ||
			v.is("boundary", j) || v.is("subordinator", j) || v.reducedRelative(j, i) {
			return -1
		}
	}
	return -1
}

// dealingsWith reads an object phrase of dealings at i: trade nouns
// joined by commas and "and" ("travel, remittances and trade", "arms
// sales", "oil exports"), then with|to|from|in and a list of actors.
func (v *view) dealingsWith(i, end int, rt *relType) []int {
	nouns := 0
	for j := i; j < end; j++ {
		w := v.words[j]
		switch {
		case v.tm[j] >= 0:
			return nil
		case v.is("trade-noun", j):
			nouns++
		case w == "," || w == "and" || w == "or" || w == "the" || w == "all" || w == "most" || w == "some":
		case (w == "with" || w == "to" || w == "from" || w == "in" || w == "into") && nouns > 0 && v.is("trade-noun", j-1):
			ks, _ := v.list(j+1, end, rt, false)
			return ks
		default:
			return nil
		}
	}
	return nil
}

// knownAs is the name an unnamed object phrase at i is given by "[,]
// known as X" within a few words ("troops of the regional mission, known
// as X"), or -1. A name before it (other than a modifier) ends the search.
func (v *view) knownAs(i, end int) int {
	for j := i; j < end && j < i+10; j++ {
		if k := v.tm[j]; k >= 0 {
			if v.modifier(k) {
				j = v.ms[k].last
				if v.compound(k) != "" {
					j += 2
				}
				continue
			}
			return -1
		}
		if v.words[j] == "known" && j+2 < v.n() && v.words[j+1] == "as" && j > i {
			n := j + 2
			if n+1 < v.n() && v.tm[n] < 0 && determiner(v.words[n]) {
				n++ // "known as the X militia"
			}
			if k := v.tm[n]; k >= 0 {
				return k
			}
			return -1
		}
		if !isWord(v.words[j]) && v.words[j] != "," && v.words[j] != "-" || v.is("boundary", j) {
			return -1
		}
	}
	return -1
}

// agreeingPair is the coordinated subject that opens the sentence before
// ts when its verb says they agreed together ("X and Y agreed",
// "signed", "pledged"), else nil.
func (v *view) agreeingPair(ts int) []int {
	var out []int
	j := v.firstWord()
	for j >= 0 && j < ts {
		if k := v.tm[j]; k >= 0 {
			if v.modifier(k) {
				j = v.ms[k+1].first
				continue
			}
			if v.ms[k].typ != mention.Person && v.ms[k].typ != mention.Country {
				return nil
			}
			out = append(out, k)
			j = v.after(k)
			continue
		}
		if v.capWord(j) || v.is("title-word", j) || v.is("role", j) || v.fillerAt(j) > j || v.words[j] == "and" || v.words[j] == "," {
			j++
			continue
		}
		break
	}
	if len(out) < 2 || j >= ts {
		return nil
	}
	for j < ts && (v.is("adverb", j) || v.words[j] == "have" || v.words[j] == "had" || v.words[j] == "jointly") {
		j++
	}
	switch v.words[j] {
	case "agreed", "agree", "agrees", "signed", "pledged", "vowed", "committed", "decided", "resolved", "reached":
		return out
	}
	return nil
}

// pairedForce finds an unnamed state force conjunct ("the army",
// "government troops") in a pair list from i (the list read up to le) and
// returns a mention for the army it stands for, or -1.
func (v *view) pairedForce(i, le, end, named int, rt *relType) int {
	if v.d == nil {
		return -1
	}
	for j := i; j < end && j <= le+3; j++ {
		if v.tm[j] >= 0 {
			continue
		}
		if !(j == i || determiner(v.words[j-1]) || v.is("separator", j-1)) || v.classAt("state-force", j) <= j {
			continue
		}
		t := v.stateForce(j, end, []int{named})
		if t < 0 || t == v.ms[named].ent {
			return -1
		}
		typ := v.entType(t)
		if typ == "" {
			typ = mention.Group
		}
		k := v.virtual(t, typ, j, j)
		if !v.actor(k, rt, false) {
			return -1
		}
		return k
	}
	return -1
}

// govForce reports an unnamed force of the government at i: "government
// forces", "government-aligned brigades", "pro-government militias".
func (v *view) govForce(i, end int) bool {
	j := i
	for j < end && v.tm[j] < 0 && determiner(v.words[j]) {
		j++
	}
	if j >= end || v.tm[j] >= 0 {
		return false
	}
	switch w := v.words[j]; w {
	case "government", "pro-government", "government-aligned", "government-backed", "government-allied",
		"government-affiliated", "government-controlled":
		j++
	default:
		return false
	}
	return j < end && v.tm[j] < 0 && (v.is("proxy", j) || v.words[j] == "brigades" || v.words[j] == "militias")
}

// govEntity is the one group the text names as a government ("Government
// of X", "the X government"), or -1 when there is none or more than one.
func govEntity(in Input) int {
	g := -1
	for i, m := range in.Mentions {
		if i >= len(in.MentionEntity) || in.MentionEntity[i] < 0 || m.Type != mention.Group {
			continue
		}
		t := strings.ToLower(m.Text)
		if !strings.HasPrefix(t, "government of ") && !strings.HasSuffix(t, " government") {
			continue
		}
		if e := in.MentionEntity[i]; g >= 0 && g != e {
			return -1
		} else {
			g = e
		}
	}
	return g
}

// inclusion reads the list after ", among them|including|such as" that
// follows an object phrase starting at i (read as a list up to le): the
// named members of an unnamed or partly named plural. Another name before
// the marker (not a demonym qualifying the head) ends the search.
func (v *view) inclusion(i, le, end int, rt *relType) []int {
	if le < i {
		le = i
	}
	for j := i; j < end && j < le+16; j++ {
		if k := v.tm[j]; k >= 0 && j >= le {
			if v.ms[k].typ == mention.Country && v.is("filler", v.after(k)) || v.ms[k].typ == mention.Place {
				j = v.ms[k].last
				continue // "three senior Nicaraguan officials", "in Brussels"
			}
			return nil
		}
		if v.is("boundary", j) || v.words[j] == "who" || v.words[j] == "which" {
			return nil
		}
		if (v.words[j] == "and" || v.words[j] == "but") && j+1 < end && (v.is("aux", j+1) || v.is("passive", j+1) || hasSuffix(v.words[j+1], "ed")) {
			return nil // "... on the country and has sanctioned officials, among them": another verb's
		}
		if v.words[j] != "," {
			continue
		}
		e := j + 1
		switch {
		case e+1 < end && v.words[e] == "among" && (v.words[e+1] == "them" || v.words[e+1] == "whom"):
			e += 2
		case e < end && v.words[e] == "including":
			e++
		case e+1 < end && v.words[e] == "such" && v.words[e+1] == "as":
			e += 2
		case e+1 < end && v.words[e] == "in" && v.words[e+1] == "particular":
			e += 2
		case e < end && v.words[e] == "notably":
			e++
		default:
			continue
		}
		more, _ := v.list(e, end, rt, false)
		return more
	}
	return nil
}

// inCountry reports a country named as a location at j: "in Syria", "in
// northern Syria".
func (v *view) inCountry(j int) bool {
	if j > 0 && v.words[j-1] == "in" {
		return true
	}
	if j > 1 && v.words[j-2] == "in" {
		switch v.words[j-1] {
		case "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west":
			return true
		}
	}
	return false
}

// weaponAgent reads "[a|an|the] <weapons|attack noun> [fired|launched] by
// X" at i and returns X's list, or nil.
func (v *view) weaponAgent(i, end int, rt *relType) []int {
	j := i
	for j < end && v.tm[j] < 0 && (determiner(v.words[j]) || isNumber(v.words[j]) || numberWord(v.words[j]) > 0 || v.words[j] == "ballistic" || v.words[j] == "cruise") {
		j++
	}
	if j >= end || v.tm[j] >= 0 {
		return nil
	}
	switch v.words[j] {
	case "missiles", "missile", "rockets", "rocket", "drones", "drone", "shells", "projectiles", "attack", "attacks",
		"assault", "offensive", "incursion", "raid", "raids", "counterattack", "counter-attack":
	default:
		return nil
	}
	j++
	if j < end && (v.words[j] == "fired" || v.words[j] == "launched" || v.words[j] == "sent") {
		j++
	}
	if j+1 >= end || v.words[j] != "by" {
		return nil
	}
	ks, _ := v.list(j+1, end, rt, false)
	return ks
}

// groundOf reads an unnamed object of an attack at i: "its|their
// territory|positions|villages" after "X said ..." is the speaker X's;
// "targets|positions in X" are X's. It returns a mention or -1.
func (v *view) groundOf(i, end, ts int, rt *relType, subj []int) int {
	if i >= end || v.tm[i] >= 0 {
		return -1
	}
	mine := func(k int) bool {
		return slices.ContainsFunc(subj, func(s int) bool { return v.ms[s].ent == v.ms[k].ent })
	}
	if w := v.words[i]; (w == "its" || w == "their") && i+1 < end && v.is("ground", i+1) {
		for j := ts - 1; j > 0; j-- {
			if v.is("speech", j) && v.words[j] != "according" {
				ss := v.subjects(j, rt, false)
				if len(ss) == 1 && v.ms[ss[0]].typ != mention.Person && !mine(ss[0]) {
					return ss[0]
				}
				return -1
			}
		}
		return -1
	}
	j := i
	for j < end && v.tm[j] < 0 && (determiner(v.words[j]) || v.is("ground", j) || v.is("target-noun", j) || hasSuffix(v.words[j], "ary")) {
		j++
	}
	if j > i && j+1 < end && v.words[j] == "in" && v.is("target-noun", j-1) {
		if k := v.tm[j+1]; k >= 0 && v.ms[k].typ == mention.Country && !mine(k) && v.actor(k, rt, false) {
			return k
		}
	}
	return -1
}

// holderPronoun reads "he|she holds|owns" right after an asset trigger
// ending at i and returns the sentence's first person that is neither a
// prepositional object nor in apposition, or -1.
func (v *view) holderPronoun(i, end int) int {
	if i+1 >= end || !(v.words[i] == "he" || v.words[i] == "she") {
		return -1
	}
	switch v.words[i+1] {
	case "holds", "held", "owns", "owned", "has", "had", "controls":
	default:
		return -1
	}
	for k := 0; k < v.nreal; k++ {
		if v.ms[k].last < i && v.ms[k].typ == mention.Person && !v.prepObject(k) && !v.inApposition(k) && !v.hidden[v.ms[k].first] {
			return k
		}
	}
	return -1
}

// ofUnnamed is the "of" after a short unnamed head that opens an object
// phrase at i ("a front of", "two leaders of", "the financiers of"), or
// -1.
func (v *view) ofUnnamed(i, end int) int {
	for j := i; j < end && j < i+4; j++ {
		w := v.words[j]
		if w == "of" {
			if j > i {
				return j
			}
			return -1
		}
		if v.tm[j] >= 0 || !isWord(w) || v.is("preposition", j) || v.is("boundary", j) || w == "that" || w == "which" || w == "who" {
			return -1
		}
	}
	return -1
}

// reducedRelative reports a participle opening a relative clause after the
// unnamed head of an object phrase that starts at from: "companies accused
// of shipping Iranian arms", "firms suspected of ...". The names inside
// the clause are what the head is accused of, not the head.
func (v *view) reducedRelative(j, from int) bool {
	if j <= from || j+1 >= v.n() || !hasSuffix(v.words[j], "ed") || v.tm[j-1] >= 0 || !isWord(v.words[j-1]) {
		return false
	}
	if determiner(v.words[j-1]) || v.fillerAt(j-1) == j {
		return false // "the targeted firms", "several armed groups"
	}
	next := v.words[j+1]
	return next == "of" || next == "in" || next == "with" || next == "to" || next == "by"
}

// verbSubjects finds the subject of a verb trigger at ts. Besides the
// nearest-mention search it knows two constructions: a verb coordinated
// with an earlier one shares its subject ("X met Y in Doha and later spoke
// with Z": X, not Y), and a gerund after "of" or "for" belongs to the name
// right before its governing word ("Moscow accused Kyiv of attacking Z":
// Kyiv; "settlers accused of attacking Z": nobody named).
func (v *view) verbSubjects(ts int, rt *relType) []int {
	j := ts - 1
	for j >= 0 && v.tm[j] < 0 && (v.is("adverb", j) || hasSuffix(v.words[j], "ly") || v.is("passive", j) ||
		v.words[j] == "has" || v.words[j] == "have" || v.words[j] == "had" || v.words[j] == "then") {
		j--
	}
	j = v.skipLinker(j)
	if j > 0 && v.tm[j] < 0 && (v.words[j] == "and" || v.words[j] == "but") {
		if s := v.mainSubject(j, rt); len(s) > 0 {
			// "X and his counterpart, Y, flew in and held talks": the
			// coordinated subject entire
			if all, _ := v.list(v.ms[s[0]].first, j, rt, true); len(all) > 1 && all[0] == s[0] {
				return all
			}
			return s
		}
	}
	if hasSuffix(v.words[ts], "ing") && ts >= 1 && v.words[ts-1] == "," {
		// "X added Y to its list, freezing the assets of the group": a
		// participle after a comma shares the main clause's subject
		if s := v.mainSubject(ts, rt); len(s) > 0 {
			return s
		}
	}
	if hasSuffix(v.words[ts], "ing") && ts >= 1 && v.tm[ts-1] < 0 && (v.is("subordinator", ts-1) || v.words[ts-1] == "following") {
		// "X met Y on Friday, a day after meeting Z": a subjectless
		// clause's subject is the main clause's, not the name nearest
		// (which may be the main subject's coordination: "X and Y met
		// ... since fighting ...")
		near := v.subjects(ts, rt, true)
		if s := v.mainSubject(ts-1, rt); len(s) > 0 && !slices.Contains(near, s[0]) {
			return s
		}
		return near
	}
	if hasSuffix(v.words[ts], "ing") && ts >= 2 && (v.words[ts-1] == "of" || v.words[ts-1] == "for") {
		if k := v.tm[ts-2]; k >= 0 && v.ms[k].last == ts-2 && v.actor(k, rt, true) {
			return []int{k}
		}
		return nil
	}
	return v.subjects(ts, rt, true)
}

// inCommaRelative reports a trigger at ts inside a relative clause opened
// by ", who" or ", which" with no comma between.
func (v *view) inCommaRelative(ts int) bool {
	for j := ts - 1; j >= 1; j-- {
		if v.words[j] == "," {
			return false
		}
		if (v.words[j] == "who" || v.words[j] == "which") && v.tm[j] < 0 {
			return v.words[j-1] == ","
		}
	}
	return false
}

// adjunctThenSubject reports a coordinated clause opening at i with a
// prepositional adjunct and a comma before its own subject: ", and in a
// separate raid further north, X shelled Y".
func (v *view) adjunctThenSubject(i, end int) bool {
	if i >= end || !v.is("preposition", i) {
		return false
	}
	for j := i + 1; j < end && j <= i+8; j++ {
		if v.tm[j] >= 0 && v.ms[v.tm[j]].typ != mention.Place {
			return false
		}
		if v.words[j] == "," {
			return v.clauseSubjectAt(j+1, end)
		}
	}
	return false
}

// linkers are adverbials that may stand between "and" and a second verb
// phrase sharing the first one's subject: "met X, and in between held talks
// with Y".
var linkers = [][]string{{"in", "between"}, {"in", "the", "meantime"}, {"meanwhile"}, {"at", "the", "same", "time"}, {"in", "turn"}}

// skipLinker steps back from j over a linker ending at j (and a comma before
// it), returning the token before it, or j unchanged.
func (v *view) skipLinker(j int) int {
	for _, l := range linkers {
		s := j - len(l) + 1
		if s < 1 {
			continue
		}
		ok := true
		for x, w := range l {
			if v.tm[s+x] >= 0 || v.words[s+x] != w {
				ok = false
				break
			}
		}
		if ok {
			if v.words[s-1] == "," && s > 1 {
				return s - 2 // "and, in the meantime, held"
			}
			return s - 1
		}
	}
	return j
}

// newPredicate reports "and" at j opening a second verb phrase ("visited X
// and held talks with Y"): a preposition after it belongs to that verb.
func (v *view) newPredicate(j int) bool {
	if j+1 >= v.n() || v.words[j] != "and" || v.tm[j+1] >= 0 {
		return false
	}
	w := v.words[j+1]
	return w == "met" || w == "held" || w == "had" || w == "fought" || w == "began" || w == "signed" ||
		v.is("light", j+1) && hasSuffix(w, "ed")
}

// separate reports "held separate talks", "met separately": each met
// someone else, not one another.
func (v *view) separate(m match) bool {
	for j := m.start; j <= m.end && j < v.n(); j++ {
		if w := v.words[j]; w == "separate" || w == "separately" {
			return true
		}
	}
	return false
}

// objectFollows reports a non-entity object right after a verb ("met
// reporters"), which rules out the reciprocal reading.
func (v *view) objectFollows(i int) bool {
	if i >= v.n() {
		return false
	}
	if v.is("adverb", i) || hasSuffix(v.words[i], "ly") {
		return v.objectFollows(i + 1)
	}
	switch v.words[i] {
	case "a", "an", "the", "its", "their", "his", "her":
		// "met the press", "ambushed an army convoy"; but "met the next
		// day" is a time, and so is "met a handful of times"
		for j := i + 2; j <= i+3 && j < v.n(); j++ {
			if v.words[j] == "times" {
				return false
			}
		}
		return !v.is("time", i+1)
	}
	// a filler word is an unnamed object too: "fought government troops"
	return isWord(v.words[i]) && !v.is("preposition", i) && !v.is("separator", i) && v.tm[i] < 0 &&
		!v.is("time", i) && v.words[i] != "on"
}

// fronted reports a trigger that opens its sentence, subjectless
// ("Speaking alongside ...", "After meeting X, ...").
func (v *view) fronted(ts int) bool {
	if ts > 3 {
		return false
	}
	for j := 0; j < ts; j++ {
		if v.tm[j] >= 0 || v.words[j] == "," {
			return false
		}
	}
	return true
}

// subjectAfter finds the main clause's subject after a fronted phrase that
// ends near token i: the first usable mention after the next comma.
func (v *view) subjectAfter(i int, rt *relType) []int {
	for i < v.n() && v.words[i] != "," {
		i++
	}
	for j := i + 1; j < v.n(); j++ {
		if k := v.tm[j]; k >= 0 {
			if v.modifier(k) {
				j = v.ms[k].last
				continue
			}
			if v.actor(k, rt, true) {
				return []int{k}
			}
			return nil
		}
		if v.fillerAt(j) < 0 && !v.capWord(j) {
			return nil
		}
	}
	return nil
}

// noun: "clashes between A, B and C" pairs all members; "X's talks with Y"
// and "despite the war with Y" take the clause's subject.
func (r *Rules) noun(v *view, m match, emit func(match, int, int, float64)) {
	rt := m.pt.rel
	end := v.clauseEnd(m.end)
	if m.end+1 < v.n() && v.words[m.end] == "of" && (v.words[m.end+1] == "words" || v.words[m.end+1] == "nerves") {
		return // "a war of words", "a battle of nerves": a dispute, no fighting
	}
	if rt.symmetric && m.pt.links.has("between") {
		// "the US-Iran talks", "the Armenia-Azerbaijan war": a hyphened pair
		// before the noun
		if a, b := v.hyphenPair(m.start); a >= 0 && v.actor(a, rt, true) && v.actor(b, rt, false) {
			emit(m, a, b, m.pt.conf)
		}
	}
	var byAgents []int
	from := m.end
	if m.end+1 < end && v.words[m.end] == "by" {
		// "the visit by X to Y": the agent before the link
		var le int
		if byAgents, le = v.list(m.end+1, end, rt, false); len(byAgents) > 0 {
			from = le
		}
	}
	// the link may come a few words on: "clashes in Cauca province between"
	link, linkEnd, commas := -1, -1, 0
	prep := false // a preposition between: "clashes near the border with X"
	for j := from; j < end && j <= from+6; j++ {
		if e := m.pt.links.matchAt(v.words, j); e > j && v.tm[j] < 0 {
			pair := v.words[j] == "between" || v.words[j] == "involving" || v.words[j] == "among" || v.words[j] == "amongst" || hasSuffix(v.words[j], "pitting") || v.words[j] == "pitted" || v.words[j] == "pits"
			if p := j - 1; prep && !pair && v.tm[p] < 0 && isWord(v.words[p]) && !v.capWord(p) && !v.is("time", p) {
				return // "clashes near the border with X": the link is the border's
			}
			link, linkEnd = j, e
			break
		}
		if v.is("speech", j) || j > 0 && v.words[j-1] == "," && v.tm[j] < 0 && hasSuffix(v.words[j], "ed") && !v.is("passive", j) {
			break // "over the invasion, told the House of X": the main verb's object, no link
		}
		if v.is("preposition", j) && v.tm[j] < 0 {
			prep = true
		}
		if v.words[j] == "," {
			commas++
			if commas > 1 {
				return
			}
		}
		if k := v.tm[j]; k >= 0 && v.ms[k].typ != mention.Place && !(v.ms[k].typ == mention.Country && v.inCountry(j)) {
			break // a name before any link: none of this noun's ("in northern Syria" is a place)
		}
		if k := v.tm[j]; k >= 0 {
			j = v.ms[k].last
		}
	}
	if link < 0 {
		if rt.symmetric && rt.name == "met-with" {
			// "X and Y agreed ... after talks in Ankara": a pair that
			// agreed on something after the meeting took part in it
			if _, how := v.nounSubject(m.start); how == ownerFrame {
				if pair := v.agreeingPair(m.start); len(pair) > 1 {
					v.recip = true
					for i := range pair {
						for j := i + 1; j < len(pair); j++ {
							emit(m, pair[i], pair[j], m.pt.conf*0.85)
						}
					}
				}
			}
		}
		return
	}
	switch v.words[link] {
	case "pitting", "pitted", "pits", "pit":
		// "clashes pitting X against Y", "the war pitted X and its allies
		// against Y": one side before "against", the other after it.
		if !rt.symmetric {
			return
		}
		as, le := v.list(linkEnd, end, rt, true)
		if le >= end || v.words[le] != "against" {
			return
		}
		bs, _ := v.list(le+1, end, rt, true)
		if len(bs) == 0 && le+2 < end && (v.words[le+1] == "each" && v.words[le+2] == "other" || v.words[le+1] == "one" && v.words[le+2] == "another") {
			// "pitted X and Y against each other"
			for i := range as {
				for j := i + 1; j < len(as); j++ {
					emit(m, as[i], as[j], m.pt.conf)
				}
			}
			v.recip = len(as) > 1
			return
		}
		v.recip = len(as) > 0 && len(bs) > 0
		for _, a := range as {
			for _, b := range bs {
				emit(m, a, b, m.pt.conf)
			}
		}
		return
	case "between", "involving", "among", "amongst":
		items, le := v.list(linkEnd, end, rt, true)
		if len(items) == 0 {
			items, _ = v.refAt(linkEnd, rt, false) // "a meeting between the two leaders"
		}
		if len(items) == 1 && m.pt.rel.name == "clashed-with" {
			// "fighting between the army and X": the unnamed state force
			// is the army of the country the text is about (stateForce)
			if k := v.pairedForce(linkEnd, le, end, items[0], rt); k >= 0 {
				items = append(items, k)
			}
		}
		if !rt.symmetric {
			return
		}
		v.recip = true
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				emit(m, items[i], items[j], m.pt.conf)
			}
		}
		return
	}
	objs, ole := v.list(linkEnd, end, rt, false)
	if len(objs) == 0 {
		objs, _ = v.refAt(linkEnd, rt, false) // "talks with the two leaders"
	}
	if len(objs) == 0 {
		return
	}
	subj := byAgents
	if len(subj) == 0 && ole < end && v.words[ole] == "by" && v.words[link] != "between" {
		// "the raid on Kenya by the Somali militants al-Shabaab": the agent
		subj, _ = v.list(ole+1, end, rt, false)
	}
	if n := len(objs); n >= 2 && v.fronted(m.start) && v.clauseSubject(objs[n-1]) {
		// "In a call with Y, X urged ...": the list ends at the comma,
		// the name after it is the subject of the main clause
		subj, objs = objs[n-1:], objs[:n-1]
	}
	if len(subj) == 0 {
		switch k, how := v.nounSubject(m.start); how {
		case ownerPossessor:
			subj = []int{k}
		case ownerLight:
			subj = v.subjects(k, rt, true) // k is the light verb
		case ownerFrame:
			subj = v.mainSubject(m.start, rt)
		}
	}
	if len(subj) == 0 && v.fronted(m.start) {
		_, le := v.list(linkEnd, end, rt, false)
		subj = v.subjectAfter(le, rt)
	}
	if len(subj) == 0 && !rt.symmetric {
		subj = v.relativeOwner(v.ms[objs[len(objs)-1]].last+1, rt)
	}
	for _, s := range subj {
		for _, o := range objs {
			emit(m, s, o, m.pt.conf)
		}
	}
}

// clauseSubject reports a list member k that is rather the subject of the
// next clause: a comma before it (past its title) and a lower-case word
// after it that is no separator ("..., Kenyan President X urged").
func (v *view) clauseSubject(k int) bool {
	j := v.ms[k].first - 1
	for j > 0 && (v.capWord(j) || v.is("title-word", j) || v.is("role", j) || v.tm[j] >= 0 && v.modifier(v.tm[j])) {
		if v.tm[j] >= 0 {
			j = v.ms[v.tm[j]].first
		}
		j--
	}
	if j <= 0 || v.words[j] != "," {
		return false
	}
	a := v.after(k)
	return a < v.n() && isWord(v.words[a]) && !v.capWord(a) && v.tm[a] < 0 && !v.is("separator", a) && v.fillerAt(a) < 0 &&
		!v.is("preposition", a) && !v.is("apposition", a)
}

// hyphenPair finds "A-B" right before a noun at ts, past adjectives ("the
// US-Iran indirect talks"): two mentions joined by a hyphen with no space.
func (v *view) hyphenPair(ts int) (a, b int) {
	j := ts - 1
	for j >= 0 && j >= ts-3 && v.tm[j] < 0 && isWord(v.words[j]) && !v.capWord(j) && v.fillerAt(j) < 0 && !v.is("preposition", j) {
		j-- // "indirect", "peace", "border"
	}
	if j < 2 || v.tm[j] < 0 {
		return -1, -1
	}
	b = v.tm[j]
	h := v.ms[b].first - 1
	if h < 1 || v.words[h] != "-" || v.tm[h-1] < 0 || v.ms[b].last != j {
		return -1, -1
	}
	toks := v.sent.Tokens
	if toks[h].Start != toks[h-1].End || toks[h+1].Start != toks[h].End {
		return -1, -1
	}
	a = v.tm[h-1]
	if a == b || v.ms[a].ent == v.ms[b].ent {
		return -1, -1
	}
	return a, b
}

// How a trigger noun gets its subject.
const (
	ownerNone      = iota
	ownerPossessor // "Russia's war with Y": the possessor
	ownerLight     // "X held talks with Y": the light verb's subject
	ownerFrame     // "X ..., despite the war with Y": the clause's subject
)

// nounSubject decides whether a trigger noun belongs to someone, looking
// back at most four words: a possessor right before it (returned), a light
// verb or a frame preposition. With none, "Iran condemned the talks with X"
// says nothing of Iran's talks.
func (v *view) nounSubject(ts int) (k, how int) {
	for j, steps := ts-1, 0; j >= 0 && steps < 4; j, steps = j-1, steps+1 {
		if mk := v.tm[j]; mk >= 0 {
			// "Russia's war with", and a name right before the noun: "EU
			// sanctions on Russia", "Israeli strikes on Lebanon"
			if v.ms[mk].last == j && (v.possessive(mk) || j == ts-1) {
				return mk, ownerPossessor
			}
			return -1, ownerNone
		}
		if isNumber(v.words[j]) || v.words[j] == "," && j > 0 && j+1 < v.n() && isNumber(v.words[j-1]) && isNumber(v.words[j+1]) {
			steps-- // "flew more than 8,000 sorties": a number, however split, is one word
			continue
		}
		if !isWord(v.words[j]) && v.words[j] != "'s" {
			return -1, ownerNone
		}
		if v.is("light", j) {
			return j, ownerLight
		}
		if v.is("frame", j) {
			return -1, ownerFrame
		}
	}
	return -1, ownerNone
}

// forceSubjectEnd is where an unnamed state force opening a clause at f
// ends, past "and police" and auxiliaries ("Soldiers and police have since
// clashed"), or -1.
func (v *view) forceSubjectEnd(f int) int {
	e := v.classAt("state-force", f)
	if e < 0 {
		return -1
	}
	if e+1 < v.n() && v.words[e] == "and" {
		if e2 := v.classAt("state-force", e+1); e2 > 0 {
			e = e2
		}
	}
	for e < v.n() && v.tm[e] < 0 && (v.is("aux", e) || v.words[e] == "since" || hasSuffix(v.words[e], "ly")) {
		e++
	}
	return e
}

// relativeOwner reads the owner of a directed noun from a relative clause
// after its list: "sanctions against Y, which the council tightened": the
// relative clause's subject before a verb of putting the measure in place.
func (v *view) relativeOwner(i int, rt *relType) []int {
	if i+3 >= v.n() || v.words[i] != "," || v.words[i+1] != "which" && v.words[i+1] != "that" {
		return nil
	}
	j := i + 2
	var ks []int
	e := j
	if k := v.tm[j]; k >= 0 && k < v.nreal {
		ks, e = []int{k}, v.ms[k].last+1
	} else {
		ks, e = v.refAt(j, rt, true)
	}
	if len(ks) != 1 || e >= v.n() || !v.actor(ks[0], rt, true) {
		return nil
	}
	switch v.words[e] {
	case "imposed", "tightened", "extended", "expanded", "renewed", "introduced", "adopted", "slapped", "broadened":
		return ks
	}
	return nil
}

// apposition: "X, leader of Y", "X, as a member of Y", "X is the head of Y".
func (r *Rules) apposition(v *view, m match, emit func(match, int, int, float64)) {
	rt := m.pt.rel
	j := m.start - 1
	for steps := 0; j >= 0 && steps < 5 && v.tm[j] < 0; steps++ {
		if v.words[j] != "," && v.fillerAt(j) < 0 && v.classAt("copula", j) < 0 && !v.is("copula", j) {
			return
		}
		j--
	}
	if j < 0 || v.tm[j] < 0 {
		return
	}
	p := v.tm[j]
	if v.ms[p].typ != mention.Person || v.possessive(p) {
		return
	}
	objs, _ := v.list(m.end, v.clauseEnd(m.end), rt, false)
	for _, o := range objs {
		emit(m, p, o, m.pt.conf)
	}
}

// title: "ELN commander Antonio García", "Egyptian President X": the person
// is the source, the actor before the title the target.
func (r *Rules) title(v *view, m match, emit func(match, int, int, float64)) {
	if m.start == 0 || m.end >= v.n() {
		return
	}
	j := m.start - 1
	for j > 0 && v.is("title-word", j) { // "Hamas political leader X"
		j--
	}
	a, p := v.tm[j], v.tm[m.end]
	if a < 0 || p < 0 || v.ms[p].typ != mention.Person || v.ms[a].typ == mention.Person {
		return
	}
	if !m.pt.rel.targets[v.ms[a].typ] {
		return
	}
	emit(m, p, a, m.pt.conf)
}

// status reads negation and modality cues in the trigger's clause: before
// the trigger, and a few that follow it ("was called off", "could help").
func (v *view) status(m match) string {
	cs, ce := v.clauseStart(m.start), v.clauseEnd(m.end)
	// a subordinate clause has its own polarity: in "X has not met Y since
	// June, when Z struck W" the "not" is not Z's; the subordinator itself
	// stays in scope ("if Z strikes W")
	for j := m.start - 2; j > cs; j-- {
		if v.is("subordinator", j) && !hasSuffix(v.words[j+1], "ing") {
			cs = j
			break
		}
	}
	for j := m.start - 2; j > cs; j-- {
		// ", and Defence Minister X held talks": a coordinated clause with
		// its own subject has its own polarity
		if v.words[j] == "," && (v.words[j+1] == "and" || v.words[j+1] == "but") && (v.clauseSubjectAt(j+2, m.start) || v.adjunctThenSubject(j+2, m.start)) {
			cs = j + 1
			break
		}
	}
	if m.pt.passive && m.end-m.start == 2 {
		// "calls to end the U.N. sanctions imposed on Y in 2009": a reduced
		// relative states a past fact whatever the main clause supposes
		cs = m.start
	}
	neg, hyp := false, false
	cues := v.p.cues
	scan := func(from, to int, negSet, hypSet *phraseSet) {
		for j := from; j < to; j++ {
			if v.tm[j] >= 0 || v.hidden[j] {
				continue
			}
			// ", which has threatened to retaliate," says nothing of the
			// main verb after it
			if v.words[j] == "," && j+1 < to && (v.words[j+1] == "which" || v.words[j+1] == "who" || v.words[j+1] == "whose") {
				e := j + 1
				for e < to && v.words[e] != "," {
					e++
				}
				if e < to {
					j = e
					continue
				}
			}
			if e := cues["ignore"].matchAt(v.words, j); e > j {
				j = e - 1
				continue
			}
			// "May" the month is no modal
			if v.capWord(j) && j > 0 {
				continue
			}
			if e := negSet.matchAt(v.words, j); e > j && e <= to {
				neg = true
			}
			if e := hypSet.matchAt(v.words, j); e > j && e <= to {
				hyp = true
			}
		}
	}
	scan(cs, m.start, cues["negated"], cues["hypothetical"])
	// ", and the bloc says they might be eased": a modal after a
	// coordinated clause is that clause's; a negation still counts
	he := ce
	for j := m.end; j+1 < ce; j++ {
		if v.words[j] == "," && (v.words[j+1] == "and" || v.words[j+1] == "but") {
			he = j
			break
		}
	}
	scan(m.end, ce, cues["negated-after"], &phraseSet{})
	// "had been due to meet Y, but the meeting was cancelled": the next
	// clause calls this event off when no name comes before its cue
	if ce < v.n() && v.words[ce] == "but" {
		for j := ce + 1; j < v.clauseEnd(ce+1) && v.tm[j] < 0; j++ {
			if cues["negated-next"].matchAt(v.words, j) > j {
				neg = true
				break
			}
		}
	}
	scan(m.end, he, &phraseSet{}, cues["hypothetical-after"])
	switch {
	case neg:
		return Negated
	case hyp:
		return Hypothetical
	}
	return Asserted
}

// adjectival reports a participle at i used as an adjective: after a
// determiner or "of", possibly past an -ly adverb.
func (v *view) adjectival(i int) bool {
	j := i - 1
	if j >= 0 && v.tm[j] < 0 && hasSuffix(v.words[j], "ly") {
		j--
	}
	return j >= 0 && v.tm[j] < 0 && (determiner(v.words[j]) || v.words[j] == "of")
}

func determiner(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "their", "his", "her", "its":
		return true
	}
	return false
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// dropOwnForces removes clashes and attacks between a country and a group
// named after it with only force words ("the Ruritanian Armed Forces"): a
// state does not fight its own army, and such an edge comes from a
// misread reference. A rebel group named after the country keeps its
// edges ("Free Ruritanian Army": "free" is no force word).
func (r *Rules) dropOwnForces(in Input, out []Relation) []Relation {
	if len(out) == 0 {
		return out
	}
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return c == ' ' || c == '-' })
	}
	names := map[int][]string{} // entity -> lower-case words of its mentions' texts
	texts := map[int][][]string{}
	for i, m := range in.Mentions {
		if i < len(in.MentionEntity) && in.MentionEntity[i] >= 0 {
			e := in.MentionEntity[i]
			ws := words(m.Text)
			names[e] = append(names[e], ws...)
			texts[e] = append(texts[e], ws)
		}
	}
	typ := func(e int) mention.Type {
		if e < len(in.EntityTypes) {
			return in.EntityTypes[e]
		}
		return ""
	}
	force := r.p.classes["own-force"]
	own := func(country, group int) bool {
		for _, ws := range texts[group] {
			named, rest := false, true
			for i, w := range ws {
				switch {
				case force.matchAt(ws, i) == i+1:
				case slices.ContainsFunc(names[country], func(c string) bool { return stemOf(c, w) }):
					named = true
				default:
					rest = false
				}
			}
			if named && rest {
				return true
			}
		}
		return false
	}
	keep := out[:0]
	for _, rel := range out {
		if rel.Type == "clashed-with" || rel.Type == "attacked" {
			a, b := rel.Source, rel.Target
			if typ(a) == mention.Group && typ(b) == mention.Country {
				a, b = b, a
			}
			if typ(a) == mention.Country && typ(b) == mention.Group && own(a, b) {
				continue
			}
		}
		keep = append(keep, rel)
	}
	return keep
}

// stemOf reports whether w is country word c or its demonym ("chile",
// "chilean"): a shared start of five letters or more, missing at most the
// country word's last three letters.
func stemOf(c, w string) bool {
	if c == w {
		return true
	}
	k := 0
	for k < len(c) && k < len(w) && c[k] == w[k] {
		k++
	}
	return k >= 5 && k >= len(c)-3
}

// possessedAppositive is the person named after "its|his|her|their NOUN,"
// at i ("its leader, X,"), or -1.
func (v *view) possessedAppositive(i, end int) int {
	if i >= end || v.tm[i] >= 0 {
		return -1
	}
	switch v.words[i] {
	case "its", "his", "her", "their":
	case "the":
		// "the contingent's commander, X": an unnamed owner's role
		if !(i+3 < end && v.tm[i+1] < 0 && v.words[i+2] == "'s" && v.is("role", i+3)) {
			return -1
		}
		i += 2
	default:
		return -1
	}
	for j := i + 1; j < end && j <= i+4; j++ {
		if v.tm[j] >= 0 || !isWord(v.words[j]) {
			if v.words[j] != "," || j == i+1 || j+1 >= end {
				return -1
			}
			k := v.tm[j+1]
			if k < 0 || v.ms[k].typ != mention.Person || v.ms[k].first != j+1 {
				return -1
			}
			if e := v.ms[k].last + 1; e < v.n() && e < end+1 && v.words[e] != "," && v.words[e] != "." && e != end {
				return -1 // the name must close the apposition
			}
			return k
		}
	}
	return -1
}

// spansName reports whether a trigger's gap covers a mention.
func (v *view) spansName(m match) bool {
	for j := m.start + 1; j < m.end-1; j++ {
		if v.tm[j] >= 0 {
			return true
		}
	}
	return false
}

// alsoInverted reports "Also sanctioned were ...": the sentence opens with
// "also", the trigger, and "was" or "were".
func (v *view) alsoInverted(m match) bool {
	if m.end >= v.n() || v.words[m.end] != "were" && v.words[m.end] != "was" || m.end-m.start != 1 {
		return false
	}
	j := m.start - 1
	return j >= 0 && v.words[j] == "also" && v.opensSentence(j)
}

// docHeads maps each head noun to the groups the whole document names with
// it: "X insurgents" and "the insurgents, known locally as X", wherever
// they come (news often names the group after first calling it "Islamist
// insurgents").
func (r *Rules) docHeads(in Input, bySent [][]vm) map[string]map[int]bool {
	out := map[string]map[int]bool{}
	put := func(noun string, e int) {
		if out[noun] == nil {
			out[noun] = map[int]bool{}
		}
		out[noun][e] = true
	}
	for si, s := range in.Sentences {
		if !s.Prose || len(bySent[si]) == 0 {
			continue
		}
		v := newView(r.p, in.Text, s, bySent[si])
		for k := 0; k < v.nreal; k++ {
			m := v.ms[k]
			if m.typ != mention.Group || v.hidden[m.first] {
				continue
			}
			if i := v.after(k); i < v.n() && v.tm[i] < 0 && v.is("head-noun", i) {
				put(v.words[i], m.ent)
			}
			if v.insurgent(k) {
				put("insurgents", m.ent) // "the X have waged an insurgency"
			}
			// "the insurgents, known locally as X"
			j := m.first - 1
			if j >= 0 && v.words[j] == "as" {
				j--
				if j >= 0 && hasSuffix(v.words[j], "ly") {
					j--
				}
				if j >= 3 && v.words[j] == "known" && v.words[j-1] == "," && v.is("head-noun", j-2) && v.words[j-3] == "the" {
					put(v.words[j-2], m.ent)
				}
			}
		}
	}
	return out
}

// bareHead reads a bare plural head noun at i, past up to two adjectives
// ("Islamist insurgents"), as the one group the document names with that
// noun, excluding the subjects; it returns a virtual mention and the token
// after the noun, or -1.
func (v *view) bareHead(i, end int, subj []int) (int, int) {
	if v.d == nil {
		return -1, i
	}
	j := i
	for j < end && j < i+3 && v.tm[j] < 0 && isWord(v.words[j]) && !v.is("head-noun", j) && !determiner(v.words[j]) {
		j++
	}
	if j >= end || v.tm[j] >= 0 || !v.is("head-noun", j) || j > i && v.words[j-1] == "of" {
		return -1, i
	}
	es := v.d.docHeads[v.words[j]]
	if len(es) != 1 {
		return -1, i
	}
	for e := range es {
		for _, s := range subj {
			if v.ms[s].ent == e {
				return -1, i
			}
		}
		return v.virtual(e, mention.Group, i, j), j + 1
	}
	return -1, i
}
