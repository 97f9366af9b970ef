package resolve

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Rules is the rule-based resolver of one document. It is safe for
// concurrent use.
type Rules struct {
	Gaz *gazetteer.Gazetteer

	once sync.Once
	phon map[string][]gazetteer.Entry // gazetteer names by transliteration key
}

// NewRules returns a resolver over the gazetteer g.
func NewRules(g *gazetteer.Gazetteer) *Rules { return &Rules{Gaz: g} }

// phonetic indexes the gazetteer's canonical names by transliteration key,
// once, for names that no table spells the way the text does.
func (r *Rules) phonetic() map[string][]gazetteer.Entry {
	r.once.Do(func() {
		r.phon = map[string][]gazetteer.Entry{}
		if r.Gaz == nil {
			return
		}
		for _, e := range r.Gaz.Entries() {
			k := NameKey(e.Name)
			if len(k) < 3 {
				continue // too short to tell names apart
			}
			r.phon[k] = append(r.phon[k], e)
		}
		for k, es := range r.phon {
			slices.SortStableFunc(es, func(a, b gazetteer.Entry) int {
				if ra, rb := kindRank(a), kindRank(b); ra != rb {
					return ra - rb
				}
				return b.Population - a.Population
			})
			r.phon[k] = es
		}
	})
	return r.phon
}

func kindRank(e gazetteer.Entry) int {
	switch e.Kind {
	case gazetteer.KindCountry:
		return 0
	case gazetteer.KindOrg, gazetteer.KindGroup, gazetteer.KindCommunity:
		return 1
	case gazetteer.KindPerson:
		return 2
	case gazetteer.KindAdmin1:
		return 3
	}
	if e.Capital {
		return 3
	}
	return 4
}

// dent is an entity being built.
type dent struct {
	key       string // gazetteer or derived key; "" for names no table knows
	canonical string
	votes     map[mention.Type]int
	forms     map[string]int
	order     []string // forms in first-seen order
	titles    map[string]int
	acr       []string
	ms        []int
	prose     bool
	placed    bool // some mention is typed or inside a sentence, not a bare sentence opener
	merged    int  // index of the entity it was merged into, or -1
}

func (e *dent) add(i int, m *mention.Mention, prose bool) {
	e.ms = append(e.ms, i)
	if m.Type != "" {
		e.votes[m.Type] += SourceWeight(m.Source)
	}
	e.prose = e.prose || prose
	form := m.Text
	if (m.Source == mention.SrcLoyalists || m.Source == mention.SrcGovernment || m.Source == mention.SrcArmy || m.Source == mention.SrcMetonymy) && m.Canonical != "" {
		// "Bamako said": the country, and no alias "Bamako" that would
		// hide the city
		form = m.Canonical
	}
	if m.Type != "" || m.Attrs[mention.AttrInitial] == "" {
		e.placed = true
	}
	if form != "" && !(m.Source == mention.SrcAcronymDef && m.Type == "") {
		if e.forms[form] == 0 {
			e.order = append(e.order, form)
		}
		e.forms[form]++
	}
	if t := m.Attrs[mention.AttrTitle]; t != "" {
		e.titles[t]++
	}
	if a := m.Attrs[mention.AttrAcronym]; a != "" && !slices.Contains(e.acr, a) {
		e.acr = append(e.acr, acronymForm(a))
	}
	if m.Key != "" && e.key == "" {
		e.key = m.Key
	}
	if m.Canonical != "" && m.Key != "" && e.canonical == "" {
		e.canonical = m.Canonical
	}
}

func newDent() *dent {
	return &dent{votes: map[mention.Type]int{}, forms: map[string]int{}, titles: map[string]int{}, merged: -1}
}

// Resolve implements Resolver.
func (r *Rules) Resolve(text string, sents []segment.Sentence, ms []mention.Mention) DocEntities {
	var ents []*dent
	var log []string
	of := make([]int, len(ms)) // mention -> entity
	byKey := map[string]int{}
	byName := map[string]int{}
	prose := func(m *mention.Mention) bool {
		return m.Sentence < len(sents) && sents[m.Sentence].Prose && m.Attrs[mention.AttrProse] == ""
	}
	newEnt := func() int {
		ents = append(ents, newDent())
		return len(ents) - 1
	}
	singles := []int{}
	acrDefs := []int{}
	// Surnames of the people the document names in full: a town's name
	// that is one of them is that person ("Rubio", "Machado").
	r.acronymCountries(ms)
	r.foreignRegions(text, ms)
	surnames := map[string]bool{}
	for i := range ms {
		if ps := strip(nameParts(ms[i].Text)); ms[i].Type == mention.Person && len(ps) > 1 {
			surnames[ps[len(ps)-1]] = true
			if len(ps) >= 3 {
				surnames[ps[0]] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		of[i] = -1
		if ps := strip(nameParts(m.Text)); m.Type == mention.Place && m.Key != "" && len(ps) == 1 && surnames[ps[0]] {
			m.Key, m.Canonical, m.Type = "", "", ""
		}
		switch {
		case m.Key != "":
			e, ok := byKey[m.Key]
			if !ok {
				e = newEnt()
				byKey[m.Key] = e
			}
			ents[e].add(i, m, prose(m))
			of[i] = e
		case m.Source == mention.SrcAcronymDef && m.Type == "":
			acrDefs = append(acrDefs, i)
		case len(WordKeys(m.Text)) == 1 && (m.Type == "" || m.Type == mention.Person || m.Source == mention.SrcContext):
			singles = append(singles, i)
		default:
			name := m.Text
			if m.Canonical != "" {
				name = m.Canonical
			}
			nk := NameKey(name)
			e, ok := byName[nk]
			short := ""
			if m.Type == mention.Group {
				short = NameKey(mention.ShortName(name))
			}
			if !ok && short != "" {
				e, ok = byName[short]
			}
			if !ok {
				e = newEnt()
				byName[nk] = e
			} else if !slices.ContainsFunc(ents[e].ms, func(j int) bool { return ms[j].Text == m.Text }) {
				log = append(log, fmt.Sprintf("merge: translit: %s = %s", m.Text, ents[e].order[0]))
			}
			if short != "" {
				if _, taken := byName[short]; !taken {
					byName[short] = e
				}
			}
			ents[e].add(i, m, prose(m))
			of[i] = e
		}
	}
	// Acronyms defined in parentheses join the name before them.
	for _, i := range acrDefs {
		m := &ms[i]
		for j := range ms {
			if ms[j].Sentence == m.Sentence && ms[j].Attrs[mention.AttrAcronym] == m.Text && of[j] >= 0 {
				of[i] = of[j]
				ents[of[j]].add(i, m, prose(m))
				log = append(log, fmt.Sprintf("merge: acronym-defined: %s = %s", m.Text, ms[j].Text))
				break
			}
		}
		if of[i] < 0 {
			singles = append(singles, i)
		}
	}
	// A lone surname is the person of the document whose name ends so:
	// the latest one named before it, else the first named after. Of
	// several named before it, the one with a title of office goes first:
	// the president, not the relative named beside him. A place is no person whose
	// surname only sounds like it ("in Tarabaniyah", "Tarabani").
	for _, i := range singles {
		m := &ms[i]
		lk := LastKey(m.Text)
		best, bestPos := -1, -1
		after, afterPos := -1, len(text)+1
		titled, nTitled := -1, 0
		for e, d := range ents {
			if d.votes[mention.Person] == 0 || votedType(d.votes) != mention.Person {
				continue
			}
			match := false
			for _, f := range d.order {
				if len(WordKeys(f)) > 1 && LastKey(f) == lk &&
					(m.Type != mention.Place || lastWordIs(f, m.Text)) {
					match = true
					break
				}
			}
			if !match {
				continue
			}
			if len(d.titles) > 0 && slices.ContainsFunc(d.ms, func(j int) bool { return ms[j].Start < m.Start }) {
				titled, nTitled = e, nTitled+1
			}
			for _, j := range d.ms {
				if p := ms[j].Start; p < m.Start && p > bestPos {
					best, bestPos = e, p
				} else if p > m.Start && p < afterPos {
					after, afterPos = e, p
				}
			}
		}
		if best < 0 {
			best = after
		}
		if nTitled == 1 && best >= 0 && best != titled && len(ents[best].titles) == 0 {
			best = titled
		}
		if best < 0 {
			best = r.firstName(ents, ms, m)
		}
		if best < 0 && m.Type != mention.Place && m.Type != mention.Group {
			best = surnameSpelledLike(ents, m.Text)
		}
		if best >= 0 {
			if m.Type != mention.Person {
				m.Type, m.Source = mention.Person, mention.SrcSingle
			}
			ents[best].add(i, m, prose(m))
			of[i] = best
			log = append(log, fmt.Sprintf("merge: surname: %s = %s", m.Text, r.bestName(ents[best], mention.Person)))
			continue
		}
		nk := NameKey(m.Text)
		e, ok := byName[nk]
		if !ok {
			e = newEnt()
			byName[nk] = e
		}
		ents[e].add(i, m, prose(m))
		of[i] = e
	}
	// "Abdel Jalil", "Akufo-Addo": a surname of several words is the one
	// person whose full name ends so.
	surnameMerge(ents, of, &log)
	// "Galwan area", "the Sambisa" and "Galwan Valley", "Sambisa forest":
	// one place, when one feature of that name is in the text.
	placeBaseMerge(ents, of, &log)
	// Names no table spells so may still be in it under another spelling;
	// places of the countries the text names come first.
	countries := map[string]int{}
	for _, d := range ents {
		if strings.HasPrefix(d.key, "country:") {
			countries[d.key] += len(d.ms)
		}
	}
	for e, d := range ents {
		if d.key != "" {
			continue
		}
		if ent, ok := r.lookupSpelling(d, countries); ok {
			if o, dup := byKey[ent.Key]; dup {
				log = append(log, fmt.Sprintf("merge: gazetteer-spelling: %s = %s", d.order[0], ent.Name))
				r.mergeInto(ents, of, e, o)
				continue
			}
			if !slices.Contains(d.order, ent.Name) {
				log = append(log, fmt.Sprintf("merge: gazetteer-spelling: %s = %s", d.order[0], ent.Name))
			}
			d.key, d.canonical = ent.Key, ent.Name
			d.votes[mention.Type(ent.Type)] += 10
			byKey[ent.Key] = e
		}
	}
	// Acronyms: one that is the defined acronym or the initials of another
	// entity's name joins it.
	acr := map[string]int{}
	for e, d := range ents {
		if d.merged >= 0 {
			continue
		}
		for _, a := range d.acr {
			acr[a] = e
		}
		for _, f := range d.order {
			if in := Initials(f); in != "" && len(WordKeys(f)) > 1 && !isAcronymText(f) {
				if _, ok := acr[in]; !ok {
					acr[in] = e
				}
			}
		}
		if d.canonical != "" {
			if in := Initials(d.canonical); in != "" {
				if _, ok := acr[in]; !ok {
					acr[in] = e
				}
			}
		}
	}
	for e, d := range ents {
		if d.merged >= 0 || d.key != "" || len(d.order) == 0 {
			continue
		}
		allAcr := true
		for _, f := range d.order {
			if !isAcronymText(f) {
				allAcr = false
			}
		}
		if !allAcr {
			continue
		}
		if o, ok := acr[acronymForm(d.order[0])]; ok && o != e && ents[o].merged < 0 {
			log = append(log, fmt.Sprintf("merge: acronym: %s = %s", d.order[0], r.bestName(ents[o], votedType(ents[o].votes))))
			r.mergeInto(ents, of, e, o)
			continue
		}
		if o := spelledBy(ents, e, d.order[0]); o >= 0 {
			log = append(log, fmt.Sprintf("merge: acronym-letters: %s = %s", d.order[0], r.bestName(ents[o], votedType(ents[o].votes))))
			r.mergeInto(ents, of, e, o)
		}
	}
	// "the U.S. Treasury Department" and "the Treasury Department" (or
	// "the Treasury"): one body, when one country's name opens the longer
	// forms.
	r.countryLessMerge(ents, of, &log)
	// A group's short name whose words all come from another group's long
	// name joins it ("the Karen Union" for "Karen National Liberation
	// Union"), when one of them is a distinctive word and one long name
	// fits.
	for e, d := range ents {
		if d.merged >= 0 || d.key != "" || votedType(d.votes) != mention.Group {
			continue
		}
		if o := shortFormOf(ents, e); o >= 0 {
			log = append(log, fmt.Sprintf("merge: short-form: %s = %s", d.order[0], r.bestName(ents[o], mention.Group)))
			r.mergeInto(ents, of, e, o)
		}
	}
	// "fighters loyal to X" are the group X heads, when the text says which.
	r.loyalToHead(text, ms, ents, of, &log)
	// "A, as the B are known", "A, also known as B": one body's two names.
	for x := range ms {
		y := x + 1
		if y >= len(ms) || of[x] < 0 || of[y] < 0 || ms[x].Sentence != ms[y].Sentence || ms[y].Start < ms[x].End {
			continue
		}
		a, b := root(ents, of[x]), root(ents, of[y])
		ta, tb := votedType(ents[a].votes), votedType(ents[b].votes)
		if ta != tb && tb == mention.Person && strongType(ents[b].votes) == "" && ta == mention.Group {
			tb = ta // "the JNIM, also known as Jama'at Nusrat al-Islam": a bare name typed person by its shape only
		}
		if a == b || ta != tb || ta == mention.Person {
			continue
		}
		if ents[a].key != "" && ents[b].key != "" {
			continue // two bodies the table tells apart
		}
		if ents[a].key == "" && ents[b].key != "" {
			a, b = b, a
		}
		paren := ta == mention.Country && strings.TrimSpace(text[ms[x].End:ms[y].Start]) == "(" &&
			strings.HasPrefix(strings.TrimSpace(text[ms[y].End:]), ")")
		if paren || aliasLink(text[ms[x].End:ms[y].Start], text[ms[y].End:]) {
			// "the Republic of the Union of Myanmar (Burma)":
			// a state's long name and its other name
			log = append(log, fmt.Sprintf("merge: alias: %s = %s", ms[y].Text, ms[x].Text))
			r.mergeInto(ents, of, b, a)
		}
	}
	// "A, better known as B", "B, as he is widely known,": a person's
	// nickname.
	r.nicknames(text, ms, ents, of, &log)
	// "the shoal, which Manila calls A and Beijing calls B": two other
	// names of the shoal the text named before.
	r.placeCalls(text, ms, ents, of, &log)
	// "the aircraft carrier Harry S. Truman": a ship named after a person
	// is its navy's vessel, no person.
	for i := range ms {
		if of[i] >= 0 && shipBefore(text, ms[i].Start) {
			ents[root(ents, of[i])].votes[mention.Group] += SourceWeight(mention.SrcGovernment)
		}
	}
	// Out: typed entities that prose mentions.
	var out DocEntities
	out.MentionEntity = make([]int, len(ms))
	idx := make([]int, len(ents))
	for e, d := range ents {
		idx[e] = -1
		t := votedType(d.votes)
		if d.merged >= 0 || t == "" || !d.prose {
			continue
		}
		idx[e] = len(out.Entities)
		out.Entities = append(out.Entities, r.entity(d, t))
	}
	for i := range ms {
		out.MentionEntity[i] = -1
		if of[i] >= 0 {
			out.MentionEntity[i] = idx[of[i]]
		}
	}
	if len(out.Entities) > 0 && len(log) > 0 {
		out.Entities[0].Explain = log
	}
	return out
}

// surnameMerge joins a person named by two or more words that end the
// longer name of exactly one other person of the document to that
// person: "Abdel Jalil" to Mustafa Abdel Jalil, "Akufo-Addo" to Nana
// Akufo-Addo. Two people whose names end so leave it alone.
func surnameMerge(ents []*dent, of []int, log *[]string) {
	for e, d := range ents {
		if d.merged >= 0 || votedType(d.votes) != mention.Person || len(d.titles) > 0 {
			continue
		}
		var short [][]string
		for _, f := range d.order {
			ks := WordKeys(f)
			if len(ks) < 2 {
				short = nil
				break
			}
			short = append(short, ks)
		}
		if len(short) == 0 {
			continue
		}
		found := -1
		for o, od := range ents {
			if o == e || od.merged >= 0 || votedType(od.votes) != mention.Person {
				continue
			}
			fits := false
			for _, f := range od.order {
				ks := WordKeys(f)
				for _, sk := range short {
					if len(ks) > len(sk) && slices.Equal(ks[len(ks)-len(sk):], sk) {
						fits = true
					}
				}
			}
			if !fits {
				continue
			}
			if found >= 0 {
				found = -2
				break
			}
			found = o
		}
		if found >= 0 {
			*log = append(*log, fmt.Sprintf("merge: surname: %s = %s", d.order[0], ents[found].order[0]))
			mergeDents(ents, of, e, found)
		}
	}
}

// headsRE matches the words between a person and the group he heads:
// "X, who heads the G", "X, the leader of the G", "X, head of G".
var headsRE = regexp.MustCompile(`(?i)^[^.;]{0,80}\b(?:who|which)\s+(?:now\s+|still\s+)?(?:heads|leads|led|headed|commands|runs)\s+(?:the\s+)?$|^,\s+(?:the\s+)?(?:leader|head|chief|commander|founder)\s+of\s+(?:the\s+)?$`)

// leaderRE matches the words between a group and its leader: "G leader X",
// "G chief X".
var leaderRE = regexp.MustCompile(`(?i)^[’']?s?\s+(?:leader|chief|head|commander|boss)\s+$`)

// loyalToHead joins "fighters loyal to X" (a loyalists mention) to the
// group the text says X heads ("X, who heads the G9 federation", "G9
// leader X"): his fighters are that group's. Without such words the
// loyalists stay a group of their own.
func (r *Rules) loyalToHead(text string, ms []mention.Mention, ents []*dent, of []int, log *[]string) {
	for i := range ms {
		to := ms[i].Attrs[mention.AttrLoyalTo]
		if ms[i].Source != mention.SrcLoyalists || to == "" || of[i] < 0 {
			continue
		}
		lk := LastKey(to)
		head := -1
		for x := range ms {
			if of[x] < 0 || ms[x].Type != mention.Person && ms[x].Source != mention.SrcSingle || LastKey(ms[x].Text) != lk {
				continue
			}
			for y := range ms {
				if of[y] < 0 || ms[y].Sentence != ms[x].Sentence || votedType(ents[root(ents, of[y])].votes) != mention.Group || ms[y].Source == mention.SrcLoyalists {
					continue
				}
				var ok bool
				switch {
				case ms[y].Start >= ms[x].End:
					ok = headsRE.MatchString(text[ms[x].End:ms[y].Start])
				case ms[y].End <= ms[x].Start:
					ok = leaderRE.MatchString(text[ms[y].End:ms[x].Start])
				}
				if ok {
					g := root(ents, of[y])
					if head >= 0 && head != g {
						head = -2
					} else if head != -2 {
						head = g
					}
				}
			}
		}
		if e := root(ents, of[i]); head >= 0 && head != e {
			*log = append(*log, fmt.Sprintf("merge: loyal-to-head: %s = %s", ms[i].Text, ents[head].order[0]))
			mergeDents(ents, of, e, head)
			// the group keeps its own name, not "X loyalists"
			h := ents[head]
			if f := ms[i].Canonical; f != "" && len(h.order) > 1 {
				delete(h.forms, f)
				h.order = slices.DeleteFunc(h.order, func(o string) bool { return o == f })
			}
		}
	}
}

// placeBaseMerge joins the places no table knows that are named by a base
// name alone or with a vague place word ("Galwan", "Galwan area") to the
// one feature of that base name ("Galwan Valley"). Two features of one
// name (a valley and a river) leave them apart.
func placeBaseMerge(ents []*dent, of []int, log *[]string) {
	feature := map[string]int{} // base key -> entity, -1 when two
	for e, d := range ents {
		if d.merged >= 0 || d.key != "" || votedType(d.votes) != mention.Place {
			continue
		}
		for _, f := range d.order {
			if b, feat := mention.PlaceBase(f); feat && b != "" {
				k := NameKey(b)
				if o, ok := feature[k]; !ok {
					feature[k] = e
				} else if o != e {
					feature[k] = -1
				}
			}
		}
	}
	if len(feature) == 0 {
		return
	}
	for e, d := range ents {
		if d.merged >= 0 || d.key != "" {
			continue
		}
		if t := votedType(d.votes); t != mention.Place && t != "" {
			continue
		}
		for _, f := range d.order {
			b, feat := mention.PlaceBase(f)
			if feat {
				break
			}
			if b == "" {
				b = f
			}
			if o, ok := feature[NameKey(b)]; ok && o >= 0 && o != e && ents[o].merged < 0 {
				*log = append(*log, fmt.Sprintf("merge: place-base: %s = %s", f, ents[o].order[0]))
				mergeDents(ents, of, e, o)
				break
			}
		}
	}
}

// acronymCountries checks the bodies the table gave to acronyms the text
// does not define: of several bodies of those letters, the one of a
// country the text names ("SDF" in a text on Cameroon); a body of a
// country the text never names is not the one meant ("ADF" in a text on
// Congo is no Australian force), and the acronym stays a group of the
// text's own, to be joined to a name it abbreviates.
func (r *Rules) acronymCountries(ms []mention.Mention) {
	if r.Gaz == nil {
		return
	}
	named := map[string]bool{}
	for _, m := range ms {
		if m.Key == "" {
			continue
		}
		if m.Type == mention.Country {
			named[m.Key] = true
		} else if e, ok := r.Gaz.LookupKey(m.Key); ok && e.Country != "" && m.Type == mention.Place {
			named[e.Country] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Key == "" || m.Source != mention.SrcGazetteer || m.Type != mention.Group || !isAcronymText(m.Text) {
			continue
		}
		es := r.Gaz.Lookup(m.Text)
		var fit, free []gazetteer.Entry
		for _, e := range es {
			if mention.Type(e.Type) != mention.Group {
				continue
			}
			if e.Country == "" {
				free = append(free, e)
			} else if named[e.Country] {
				fit = append(fit, e)
			}
		}
		switch {
		case len(fit) >= 1:
			m.Key, m.Canonical = fit[0].Key, fit[0].Name
		case len(free) >= 1:
			// a body of no one country (NATO, ISIS): the table's
			m.Key, m.Canonical = free[0].Key, free[0].Name
		default:
			m.Key, m.Canonical, m.Source = "", "", mention.SrcAcronym
		}
	}
}

// foreignRegions drops a one-word province the table knows only as a
// province (no city of that name) when it qualifies a lower-case noun ("the Sahel
// leaders", "the Kivu delegates") and the text never names its country
// otherwise: such a word is the adjective of a wider region or a name of
// the text's own, not a province abroad.
func (r *Rules) foreignRegions(text string, ms []mention.Mention) {
	if r.Gaz == nil {
		return
	}
	named := map[string]int{} // country -> mentions that name it
	keyN := map[string]int{}  // key -> its mentions
	for _, m := range ms {
		if m.Key == "" {
			continue
		}
		keyN[m.Key]++
		if m.Type == mention.Country {
			named[m.Key]++
		} else if e, ok := r.Gaz.LookupKey(m.Key); ok && e.Country != "" && m.Type == mention.Place {
			named[e.Country]++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Key == "" || m.Source != mention.SrcGazetteer || m.Type != mention.Place {
			continue
		}
		e, ok := r.Gaz.LookupKey(m.Key)
		if !ok || e.Kind != gazetteer.KindAdmin1 || e.Country == "" || strings.ContainsAny(m.Text, " -") {
			// a name of several words ("Red Sea shipping") is a name
			continue
		}
		if named[e.Country] > keyN[m.Key] || !beforeLowerNoun(text, m.End) {
			continue
		}
		if slices.ContainsFunc(r.Gaz.Lookup(m.Text), func(x gazetteer.Entry) bool { return x.Kind != gazetteer.KindAdmin1 }) {
			continue
		}
		m.Key, m.Canonical, m.Type = "", "", ""
	}
}

// beforeLowerNoun says whether the text after end is a space and a
// lower-case word.
func beforeLowerNoun(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	c := text[end+1]
	return c >= 'a' && c <= 'z'
}

// countryLess returns the group name f without the country, demonym or
// country acronym that opens it ("U.S. Treasury Department" -> "Treasury
// Department"), "" when none opens it or nothing would be left.
func (r *Rules) countryLess(f string) string {
	if r.Gaz == nil {
		return ""
	}
	ws := strings.Fields(f)
	if len(ws) < 2 {
		return ""
	}
	ents, n := r.Gaz.LongestMatch(ws, 0)
	if n == 0 || n >= len(ws) {
		return ""
	}
	if ents[0].Kind != gazetteer.KindCountry && ents[0].Kind != gazetteer.KindDemonym {
		return ""
	}
	rest := ws[n:]
	if rest[0] == "'s" || rest[0] == "’s" {
		rest = rest[1:]
	}
	if len(rest) == 0 || !unicode.IsUpper([]rune(rest[0])[0]) {
		return "" // "Syrian government": a common noun, not a body's name
	}
	return strings.Join(rest, " ")
}

// countryLessMerge joins a group named without its country to the one
// group of the document named with it: the bare name is the body the
// text named in full.
func (r *Rules) countryLessMerge(ents []*dent, of []int, log *[]string) {
	bare := map[string]int{} // key of a form without its country -> entity, -1 when two
	prefixed := map[int]bool{}
	for e, d := range ents {
		if d.merged >= 0 || votedType(d.votes) != mention.Group {
			continue
		}
		for _, f := range d.order {
			rest := r.countryLess(f)
			if rest == "" {
				continue
			}
			prefixed[e] = true
			for _, k := range []string{NameKey(rest), NameKey(mention.ShortName(rest))} {
				if k == "" {
					continue
				}
				if o, ok := bare[k]; !ok {
					bare[k] = e
				} else if o != e {
					bare[k] = -1
				}
			}
		}
	}
	if len(bare) == 0 {
		return
	}
	for e, d := range ents {
		if d.merged >= 0 || prefixed[e] || d.key != "" || votedType(d.votes) != mention.Group {
			continue
		}
		for _, f := range d.order {
			if o, ok := bare[NameKey(f)]; ok && o >= 0 && o != e && ents[o].merged < 0 {
				*log = append(*log, fmt.Sprintf("merge: country-prefix: %s = %s", f, r.bestName(ents[o], mention.Group)))
				r.mergeInto(ents, of, e, o)
				break
			}
		}
	}
}

// shortFormOf finds the one other group whose long name (three words or
// more) holds every word of each of e's names (two words or more), one of
// them no generic word of organisation names. -1 when none or several.
func shortFormOf(ents []*dent, e int) int {
	var shorts [][]string
	for _, f := range ents[e].order {
		ps := strip(nameParts(f))
		if len(ps) < 2 || isAcronymText(f) {
			return -1
		}
		shorts = append(shorts, ps)
	}
	if len(shorts) == 0 || !slices.ContainsFunc(shorts[0], func(p string) bool { return !genericOrgWord[p] }) {
		return -1
	}
	found := -1
	for o, d := range ents {
		if o == e || d.merged >= 0 || votedType(d.votes) != mention.Group {
			continue
		}
		for _, f := range d.order {
			long := nameParts(f)
			if len(long) < 3 || isAcronymText(f) {
				continue
			}
			all := true
			for _, ps := range shorts {
				for _, p := range ps {
					if !slices.Contains(long, p) {
						all = false
					}
				}
				all = all && len(ps) < len(long)
			}
			if all {
				if found >= 0 && found != o {
					return -1
				}
				found = o
				break
			}
		}
	}
	return found
}

// genericOrgWord are folded words that many organisations' names share; a
// short name of nothing but these names no one body.
var genericOrgWord = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`national democratic popular united revolutionary islamic liberation
		republican socialist federal new free patriotic progressive people peoples armed forces force army
		front party movement union council congress alliance coalition brigades brigade organisation
		organization group resistance defence defense salvation unity independence justice state republic
		arab social workers christian muslim sunni shia islamist communist labour labor liberal
		conservative green central south north east west southern northern eastern western
		supreme high command special general joint international world of the for and in`) {
		genericOrgWord[w] = true
	}
}

// root follows merges from entity e to the one it now belongs to.
func root(ents []*dent, e int) int {
	for ents[e].merged >= 0 {
		e = ents[e].merged
	}
	return e
}

var (
	aliasKnownAs = regexp.MustCompile(`^\)?\s*[,(]\s*(?:also\s+|locally\s+|formally\s+|officially\s+)?(?:known|called)\s+as\s+(?:the\s+)?$`)
	aliasAsThe   = regexp.MustCompile(`^\s*,\s*as\s+(?:the\s+)?$`)
	aliasWhose   = regexp.MustCompile(`^\s*,\s*whose\s+(?:formal|official|full|real|original|legal)\s+name\s+is\s+(?:the\s+)?$`)
	aliasAreKnow = regexp.MustCompile(`^\s+(?:is|are|was|were)\s+(?:also\s+|locally\s+|commonly\s+|widely\s+)?(?:known|called)\b`)
)

var (
	nickKnownAs    = regexp.MustCompile(`^\s*[,(]\s*(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+|locally\s+)?(?:known|called|nicknamed)\s+(?:as\s+|by\s+(?:his|her|the)\s+(?:alias|nickname|nom\s+de\s+guerre)\s+)?["“']?$`)
	nickHisName    = regexp.MustCompile(`^\s*(?:[a-z]+\s*)?,?\s*(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+)?(?:known|called)\s+by\s+(?:his|her)\s+(?:alias|nickname|nom\s+de\s+guerre)\s+["“']?$`)
	nickPersonNoun = regexp.MustCompile(`\b(?:commander|leader|chief|warlord|kingpin|boss|cleric|preacher|general|colonel|fighter|gunman|smuggler|trafficker|man|woman)\s*,?\s+(?:also\s+|better\s+|widely\s+|only\s+|simply\s+|locally\s+)?(?:known|called|nicknamed)\s+(?:only\s+|simply\s+)?(?:as\s+|by\s+(?:his|her)\s+(?:alias|nickname)\s+)?["“']?$`)
	nickOr         = regexp.MustCompile(`^\s*,\s*(?:or|aka|alias)\s+["“']?$`)
	nickAsHeIs     = regexp.MustCompile(`^["”']?\s*,?\s*as\s+(?:he|she)\s+is\s+(?:also\s+|better\s+|widely\s+|commonly\s+|popularly\s+|universally\s+|locally\s+)?(?:known|called)\b`)
)

// nicknames joins a one-word name to the person it is a nickname of: the
// full name just before it ("A, better known as B", "A, known by his
// alias B"), or, for "B, as he is widely known," the person the sentence
// before is most about (of its people, the one the text names most; the
// first on a tie). Only a name of no other type joins.
func (r *Rules) nicknames(text string, ms []mention.Mention, ents []*dent, of []int, log *[]string) {
	isNick := func(y int) bool {
		if of[y] < 0 || len(WordKeys(ms[y].Text)) != 1 {
			return false
		}
		b := root(ents, of[y])
		t := votedType(ents[b].votes)
		return ents[b].key == "" && (t == "" || t == mention.Person && strongType(ents[b].votes) == "")
	}
	fullPerson := func(x int) int {
		if of[x] < 0 {
			return -1
		}
		a := root(ents, of[x])
		if votedType(ents[a].votes) != mention.Person || len(WordKeys(r.bestName(ents[a], mention.Person))) < 2 {
			return -1
		}
		return a
	}
	for y := range ms {
		if !isNick(y) {
			continue
		}
		target := -1
		x := y - 1
		between := ""
		if x >= 0 && ms[x].Sentence == ms[y].Sentence && ms[x].End <= ms[y].Start {
			between = text[ms[x].End:ms[y].Start]
		}
		if between != "" && (nickKnownAs.MatchString(between) || nickOr.MatchString(between) && nickAsHeIs.MatchString(text[ms[y].End:])) {
			// "A, known as B", "A, or B as he is known,"
			target = fullPerson(x)
		} else if between != "" && nickHisName.MatchString(between) {
			// "A, the leader of G, known by his alias B": "his" is the
			// person's, past the body named after them
			for ; target < 0 && x >= 0 && ms[x].Sentence == ms[y].Sentence; x-- {
				target = fullPerson(x)
			}
		} else if nickAsHeIs.MatchString(text[ms[y].End:]) {
			// the person the sentence before is about
			best, bestN := -1, 0
			for x := y - 1; x >= 0 && ms[x].Sentence >= ms[y].Sentence-1; x-- {
				if ms[x].Sentence != ms[y].Sentence-1 {
					continue
				}
				if a := fullPerson(x); a >= 0 && len(ents[a].ms) >= bestN {
					best, bestN = a, len(ents[a].ms)
				}
			}
			target = best
		}
		b := root(ents, of[y])
		if target < 0 && votedType(ents[b].votes) == "" && nickPersonNoun.MatchString(text[max(0, ms[y].Start-80):ms[y].Start]) {
			// "a militia commander known as B": a person known by that name alone
			ents[b].votes[mention.Person] += SourceWeight(mention.SrcContext)
		}
		if target < 0 || target == b {
			continue
		}
		*log = append(*log, fmt.Sprintf("merge: nickname: %s = %s", ms[y].Text, r.bestName(ents[target], mention.Person)))
		r.mergeInto(ents, of, b, target)
	}
}

// shipNoun are the lower-case nouns of vessels before a ship's name.
var shipNoun = map[string]bool{"carrier": true, "destroyer": true, "frigate": true, "warship": true, "cruiser": true,
	"corvette": true, "submarine": true, "tanker": true, "freighter": true, "vessel": true, "ship": true}

// shipBefore says whether the word before byte start is a vessel's noun,
// with a "USS"|"HMS" prefix allowed between.
func shipBefore(text string, start int) bool {
	ws := strings.Fields(text[max(0, start-40):start])
	if n := len(ws); n > 0 && (ws[n-1] == "USS" || ws[n-1] == "HMS") {
		ws = ws[:n-1]
	}
	return len(ws) > 0 && shipNoun[ws[len(ws)-1]]
}

// placeCallsRe matches the text before a name that one side calls a
// place by: "the reef, which Hanoi calls ", "..., which A calls X and B
// calls ". Group 1 is the place's noun.
var placeCallsRe = regexp.MustCompile(`\bthe\s+([a-z]+),\s*which\s+(?:[^.;]{0,80}?\band\s+)?(?:[A-Z][\w'.-]*\s+){1,3}(?:calls|call|names)\s+(?:it\s+)?["“']?$`)

// endsWithCallVerb is a cheap necessary condition for placeCallsRe: the
// window ends with calls|call|names, then maybe "it", then maybe a quote.
func endsWithCallVerb(s string) bool {
	const space = " \t\n\f\r"
	s = strings.TrimRight(s, space+"\"“'")
	if t := strings.TrimSuffix(s, "it"); len(t) < len(s) && strings.ContainsAny(t[len(t)-min(1, len(t)):], space) {
		s = strings.TrimRight(t, space)
	}
	return strings.HasSuffix(s, "calls") || strings.HasSuffix(s, "call") || strings.HasSuffix(s, "names")
}

// placeCalls joins the names a text says sides call a place by to the
// place named before whose name ends in the noun ("Mischief Reef ... the
// reef, which Manila calls Panganiban"). A name the table knows as
// something else stays its own.
func (r *Rules) placeCalls(text string, ms []mention.Mention, ents []*dent, of []int, log *[]string) {
	for y := range ms {
		if of[y] < 0 {
			continue
		}
		win := text[max(0, ms[y].Start-160):ms[y].Start]
		if !endsWithCallVerb(win) {
			continue // the regexp below is a tenth of the build's CPU when run on every name
		}
		sm := placeCallsRe.FindStringSubmatch(win)
		if sm == nil {
			continue
		}
		b := root(ents, of[y])
		weak := strongType(ents[b].votes) == "" // typed by the name's shape only
		if t := votedType(ents[b].votes); ents[b].key != "" || t != "" && t != mention.Place && !weak {
			continue
		}
		target := -1
		for x := y - 1; x >= 0 && target < 0; x-- {
			if of[x] < 0 {
				continue
			}
			a := root(ents, of[x])
			ws := strings.Fields(ms[x].Text)
			if a != b && votedType(ents[a].votes) == mention.Place && len(ws) > 1 && strings.EqualFold(ws[len(ws)-1], sm[1]) {
				target = a
			}
		}
		if target < 0 {
			continue
		}
		*log = append(*log, fmt.Sprintf("merge: called: %s = %s", ms[y].Text, r.bestName(ents[target], mention.Place)))
		r.mergeInto(ents, of, b, target)
	}
}

// aliasLink says whether the text between two names (and after the
// second) makes them one: "A, also known as B", "A, as the B are known",
// "A, whose formal name is B".
func aliasLink(between, after string) bool {
	if aliasKnownAs.MatchString(between) || aliasWhose.MatchString(between) {
		return true
	}
	return aliasAsThe.MatchString(between) && aliasAreKnow.MatchString(after)
}

// surnameSpelledLike finds the one person named in full whose surname is
// another romanisation of the lone word w ("Shuhratov" for "Shukhratov"): five
// letters or more, close by edit distance. -1 when none or several.
func surnameSpelledLike(ents []*dent, w string) int {
	wp := strip(nameParts(w))
	if len(wp) != 1 || len(wp[0]) < 5 {
		return -1
	}
	found := -1
	for e, d := range ents {
		if d.merged >= 0 || d.votes[mention.Person] == 0 || votedType(d.votes) != mention.Person {
			continue
		}
		for _, f := range d.order {
			ps := nameParts(f)
			if len(ps) < 2 {
				continue
			}
			if last := ps[len(ps)-1]; len(last) >= 5 && last[0] == wp[0][0] && similar(last, wp[0]) {
				if found >= 0 && found != e {
					return -1
				}
				found = e
				break
			}
		}
	}
	return found
}

// lastWordIs says whether the last word of name is spelled w, folded.
func lastWordIs(name, w string) bool {
	a, b := nameParts(name), strip(nameParts(w))
	return len(a) > 0 && len(b) == 1 && a[len(a)-1] == b[0]
}

// spelledBy finds the one group or place of the document whose long name
// the undefined acronym a spells with its letters in another order:
// "FARDC" beside "Armed Forces of the Democratic Republic of the Congo"
// (the acronym of the French name). -1 when none or several.
func spelledBy(ents []*dent, e int, a string) int {
	if len([]rune(acronymForm(a))) < 3 {
		return -1 // two letters spell too many names
	}
	found := -1
	for o, d := range ents {
		if o == e || d.merged >= 0 {
			continue
		}
		if t := votedType(d.votes); t != mention.Group && t != mention.Place {
			continue
		}
		for _, f := range d.order {
			if len(WordKeys(f)) >= 3 && !isAcronymText(f) && mention.Spells(a, f) {
				if found >= 0 && found != o {
					return -1
				}
				found = o
				break
			}
		}
	}
	return found
}

// firstName finds the person of the document one of whose name's words
// before the last is the lone word m: family names come first in some
// languages ("Kim" for Kim Jong Un, "Xi" for Xi Jinping) and some peoples
// go by the given name ("Abiy" for Abiy Ahmed). When several people have
// that word, the one with a title of office who is named more often than
// each of the others ("Kim" for the leader, not his aide Kim Yong Chol);
// else -1.
func (r *Rules) firstName(ents []*dent, ms []mention.Mention, m *mention.Mention) int {
	ws := strip(nameParts(m.Text))
	if len(ws) != 1 || len(ws[0]) < 2 || articles[ws[0]] {
		return -1
	}
	k := WordKey(ws[0])
	var found []int
	for e, d := range ents {
		if d.merged >= 0 || votedType(d.votes) != mention.Person {
			continue
		}
		for _, f := range d.order {
			ks := WordKeys(f)
			if len(ks) >= 2 && slices.Contains(ks[:len(ks)-1], k) {
				found = append(found, e)
				break
			}
		}
	}
	// One full name written twice may still be two entities here (one
	// titled, one the table knows): one person, the titled one first.
	seen := map[string]int{}
	uniq := found[:0]
	for _, e := range found {
		nk := NameKey(BestForm(ents[e].order, ents[e].forms, mention.Person))
		if o, dup := seen[nk]; dup {
			if len(ents[uniq[o]].titles) == 0 {
				uniq[o] = e
			}
			continue
		}
		seen[nk] = len(uniq)
		uniq = append(uniq, e)
	}
	found = uniq
	switch {
	case len(found) == 0:
		return -1
	case len(found) == 1:
		return found[0]
	}
	best := -1
	for _, e := range found {
		if len(ents[e].titles) == 0 {
			continue
		}
		if best >= 0 {
			return -1 // two titled people share the word
		}
		best = e
	}
	if best < 0 {
		return -1
	}
	for _, e := range found {
		if e != best && len(ents[e].ms) >= len(ents[best].ms) {
			return -1
		}
	}
	return best
}

// mergeInto moves entity e into o.
func (r *Rules) mergeInto(ents []*dent, of []int, e, o int) { mergeDents(ents, of, e, o) }

// mergeDents moves entity e into o.
func mergeDents(ents []*dent, of []int, e, o int) {
	d, t := ents[e], ents[o]
	for ty, v := range d.votes {
		t.votes[ty] += v
	}
	for _, f := range d.order {
		if t.forms[f] == 0 {
			t.order = append(t.order, f)
		}
		t.forms[f] += d.forms[f]
	}
	for ti, n := range d.titles {
		t.titles[ti] += n
	}
	for _, a := range d.acr {
		if !slices.Contains(t.acr, a) {
			t.acr = append(t.acr, a)
		}
	}
	t.ms = append(t.ms, d.ms...)
	t.prose = t.prose || d.prose
	d.merged = o
	for i := range of {
		if of[i] == e {
			of[i] = o
		}
	}
}

// lookupSpelling finds an entity the gazetteer spells differently: exact
// names first ("Pashtun" as "Pashtuns"), then transliteration keys.
func (r *Rules) lookupSpelling(d *dent, countries map[string]int) (gazetteer.Entry, bool) {
	if r.Gaz == nil || !d.placed {
		return gazetteer.Entry{}, false
	}
	for _, f := range d.order {
		if _, feat := mention.PlaceBase(f); feat && votedType(d.votes) == mention.Place {
			return gazetteer.Entry{}, false // "Borgu forest" is no Borgou the table spells otherwise
		}
	}
	// Of the entries that fit, the first of a country the text names.
	pick := func(es []gazetteer.Entry, ok func(gazetteer.Entry) bool) (gazetteer.Entry, bool) {
		var first *gazetteer.Entry
		best, bestN := -1, 0
		for i := range es {
			if !ok(es[i]) {
				continue
			}
			if first == nil {
				first = &es[i]
			}
			if n := countries[es[i].Country]; n > bestN {
				best, bestN = i, n
			}
		}
		if best >= 0 {
			return es[best], true
		}
		if first != nil {
			return *first, true
		}
		return gazetteer.Entry{}, false
	}
	strong := strongType(d.votes)
	if d.titles != nil && len(d.titles) > 0 || strong == mention.Person {
		// A person only under the very name the table gives him: the
		// titled "Prime Minister X" and a bare "X" the table knows are
		// one person.
		for _, f := range d.order {
			if len(WordKeys(f)) < 2 {
				continue
			}
			for _, e := range r.Gaz.Lookup(f) {
				if mention.Type(e.Type) == mention.Person && e.Kind != gazetteer.KindDemonym {
					return e, true
				}
			}
		}
		return gazetteer.Entry{}, false
	}
	weak := votedType(d.votes)
	ok := func(e gazetteer.Entry) bool {
		if strong != "" && mention.Type(e.Type) != strong {
			return false
		}
		if e.Kind == gazetteer.KindDemonym {
			return false
		}
		// A word that nothing says is a place may be a surname: it only
		// finds organisations, groups and countries under other spellings.
		if mention.Type(e.Type) == mention.Place && weak != mention.Place {
			return false
		}
		return true
	}
	for _, f := range d.order {
		if isAcronymText(f) {
			continue
		}
		for _, v := range variants(f) {
			if e, found := pick(r.Gaz.Lookup(v), ok); found {
				return e, true
			}
		}
	}
	ph := r.phonetic()
	for _, f := range d.order {
		if isAcronymText(f) {
			continue
		}
		for _, v := range variants(f) {
			k := NameKey(v)
			if len(k) < 3 {
				continue
			}
			// a place spelled otherwise only in a country the text names:
			// "Ras al-Ain" in a text on Syria is no town of Algeria
			near := func(e gazetteer.Entry) bool {
				return ok(e) && similar(v, e.Name) && (mention.Type(e.Type) != mention.Place || countries[e.Country] > 0)
			}
			if e, found := pick(ph[k], near); found {
				return e, true
			}
		}
	}
	return gazetteer.Entry{}, false
}

// similar says whether two spellings differ by few letters: at most a
// third of the longer, once folded and without article particles. Keys
// alone are too loose for short names (Putin is no Pattani).
func similar(a, b string) bool {
	x := strings.Join(strip(nameParts(a)), "")
	y := strings.Join(strip(nameParts(b)), "")
	n := max(len(x), len(y))
	return n > 0 && levenshtein(x, y)*10 <= n*3
}

func strip(parts []string) []string {
	var out []string
	for i, p := range parts {
		if !(articles[p] && i+1 < len(parts)) {
			out = append(out, p)
		}
	}
	return out
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// variants are a name and its singular ("Hazaras" -> "Hazara").
func variants(f string) []string {
	out := []string{f}
	switch {
	case strings.HasSuffix(f, "ies") && len(f) > 4:
		out = append(out, f[:len(f)-3]+"y")
	case strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && len(f) > 3:
		out = append(out, f[:len(f)-1])
	}
	return out
}

// isAcronymText matches RSF, U.N. and the acronyms with a few small
// letters or a hyphen that texts define (LoC, FAMa, CSP-DPA).
func isAcronymText(s string) bool {
	n, low := 0, 0
	for i, r := range s {
		switch {
		case r == '.' || r == '-' && i > 0:
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r) && i > 0:
			low++
		default:
			return false
		}
	}
	return n >= 2 && low < n && (low == 0 || n <= 10)
}

// entity builds the output entity of d, typed t.
func (r *Rules) entity(d *dent, t mention.Type) Entity {
	e := Entity{Type: t, Votes: d.votes, Forms: map[string]int{}, Acronyms: d.acr}
	for _, f := range d.order {
		e.Forms[f] = d.forms[f]
	}
	e.Name = r.bestName(d, t)
	if d.key != "" {
		e.Key = d.key
	} else {
		e.Key = "~" + NameKey(e.Name)
	}
	if d.canonical != "" {
		e.Forms[d.canonical] += 0
	}
	if t == mention.Person && len(d.titles) > 0 {
		e.Attrs = map[string]string{"title": mostFrequent(d.titles)}
	}
	if t == mention.Group {
		for _, f := range d.order {
			if rest := r.countryLess(f); rest != "" && !slices.Contains(e.Bare, rest) {
				e.Bare = append(e.Bare, rest)
				if sh := mention.ShortName(rest); sh != "" {
					e.Bare = append(e.Bare, sh)
				}
			}
		}
	}
	return e
}

func mostFrequent(m map[string]int) string {
	best := ""
	for k, v := range m {
		if best == "" || v > m[best] || v == m[best] && k < best {
			best = k
		}
	}
	return best
}

// bestName picks the fullest well-formed name: the table's for known
// entities; for people the form with the most name words (particles
// written in lower case preferred, then the most frequent); for others the
// most frequent form that is not an acronym.
func (r *Rules) bestName(d *dent, t mention.Type) string {
	if d.canonical != "" {
		return d.canonical
	}
	return BestForm(d.order, d.forms, t)
}

// BestForm picks the name among forms (in first-seen order, with counts).
func BestForm(order []string, counts map[string]int, t mention.Type) string {
	best := ""
	score := func(f string) [4]int {
		words := len(WordKeys(f))
		acr := 0
		if !isAcronymText(f) {
			acr = 1
		}
		wellFormed := 0
		if strings.Contains(f, "al-") || strings.Contains(f, "el-") || !strings.Contains(f, "Al ") {
			wellFormed = 1
		}
		if t == mention.Person {
			return [4]int{acr, words, wellFormed, counts[f]}
		}
		return [4]int{acr, counts[f], words, wellFormed}
	}
	var bs [4]int
	for _, f := range order {
		s := score(f)
		if best == "" || slices.Compare(s[:], bs[:]) > 0 {
			best, bs = f, s
		}
	}
	return best
}
