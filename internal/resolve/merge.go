package resolve

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// Merger joins the entities of many documents into global entities. Add must
// be called in document order so that the result is deterministic.
type Merger interface {
	// Add registers one document's entities and returns, for each, the
	// index of its global entity.
	Add(doc string, ents []Entity) []int
	// Entities returns the global entities in first-seen order.
	Entities() []Entity
}

// Index is the cross-document merger. It finds the candidates for each
// entity through blocking indexes (gazetteer key, transliteration key of
// the whole name, of a person's surname, acronyms), so adding a document
// costs a few map look-ups whatever the size of the collection. It is not
// safe for concurrent use; the builder calls it from one goroutine.
type Index struct {
	// Explain, when not nil, receives one line per merge:
	// "merge: <rule>: <a> = <b>".
	Explain io.Writer

	ents        []*gent
	byKey       map[string]int   // gazetteer key -> global
	byName      map[string][]int // transliteration key of any form -> globals
	byLast      map[string][]int // person surname key -> globals with a full name
	byStem      map[string][]int // first letters of a person's folded surname -> globals with a full name
	byAcr       map[string]int   // acronym -> global
	defAcr      map[string]int   // acronym a text defined in parentheses -> global
	byBare      map[string][]int // key of a group's name without its country -> globals
	withCountry map[int]bool     // globals a country's name opens
	out         []Entity
	dirty       []int // globals changed since the last Entities
}

type gent struct {
	Entity
	order []string
	last  int  // sequence number of the document that last added to it
	dirty bool // listed in Index.dirty
}

// NewIndex returns an empty cross-document merger.
func NewIndex(explain io.Writer) *Index {
	return &Index{Explain: explain, byKey: map[string]int{}, byName: map[string][]int{},
		byLast: map[string][]int{}, byStem: map[string][]int{}, byAcr: map[string]int{}, defAcr: map[string]int{}, byBare: map[string][]int{}, withCountry: map[int]bool{}}
}

func (x *Index) logf(format string, args ...any) {
	if x.Explain != nil {
		fmt.Fprintf(x.Explain, format+"\n", args...)
	}
}

// Add implements Merger.
func (x *Index) Add(doc string, ents []Entity) []int {
	if x.byKey == nil {
		*x = *NewIndex(x.Explain)
	}
	seq := len(x.ents) // any increasing number will do for recency
	out := make([]int, len(ents))
	for i := range ents {
		for _, l := range ents[i].Explain {
			x.logf("%s (%s)", l, doc)
		}
	}
	for i := range ents {
		e := &ents[i]
		g, rule := x.find(e)
		if g < 0 {
			g = len(x.ents)
			x.ents = append(x.ents, &gent{Entity: Entity{Key: e.Key, Type: e.Type, Name: e.Name,
				Votes: map[mention.Type]int{}, Forms: map[string]int{}}})
		} else if rule != "key" || e.Name != x.ents[g].Name {
			x.logf("merge: %s: %s = %s (%s)", rule, e.Name, x.ents[g].Name, doc)
		}
		if rule == "acronym-defined" {
			e = textAcronym(e)
		}
		x.absorb(g, e, seq)
		if !x.ents[g].dirty {
			// once: a country named in every document would otherwise
			// be listed, and its name recomputed, once per document
			x.ents[g].dirty = true
			x.dirty = append(x.dirty, g)
		}
		out[i] = g
	}
	return out
}

// find returns the global entity e belongs to, and the rule that says so;
// -1 when it is new.
func (x *Index) find(e *Entity) (int, string) {
	if g, ok := x.definedAcronym(e); ok {
		return g, "acronym-defined"
	}
	if !strings.HasPrefix(e.Key, "~") {
		if g, ok := x.byKey[e.Key]; ok {
			return g, "key"
		}
	}
	strong := strongType(e.Votes)
	compatible := func(g int) bool {
		o := x.ents[g]
		if !strings.HasPrefix(e.Key, "~") && !strings.HasPrefix(o.Key, "~") && e.Key != o.Key {
			return false // two entities the tables tell apart (Oman, Yemen)
		}
		os := strongType(o.Votes)
		if strong != "" && os != "" && strong != os {
			return false
		}
		if e.Type == mention.Person || o.Type == mention.Person {
			return x.samePerson(e, &o.Entity)
		}
		return true
	}
	// An acronym joins the entity it stands for.
	if isAcronymText(e.Name) {
		if g, ok := x.byAcr[acronymForm(e.Name)]; ok && compatible(g) {
			return g, "acronym"
		}
	}
	fullName := e.Type == mention.Person && len(WordKeys(e.Name)) > 1
	for _, f := range sortedForms(e) {
		for _, g := range x.byName[NameKey(f)] {
			if fullName && len(WordKeys(f)) == 1 && x.ents[g].Type != mention.Person {
				continue // "Baghdadi" of Abu Bakr al-Baghdadi is no Baghdad
			}
			if compatible(g) {
				return g, "translit"
			}
		}
	}
	if e.Type == mention.Group {
		for _, f := range sortedForms(e) {
			if s := mention.ShortName(f); s != "" {
				for _, g := range x.byName[NameKey(s)] {
					if compatible(g) {
						return g, "short-name"
					}
				}
			}
		}
	}
	for _, a := range e.Acronyms {
		if g, ok := x.byAcr[a]; ok && compatible(g) && x.sameLongForm(e, g) {
			return g, "acronym"
		}
	}
	// "Treasury Department" is the one "U.S. Treasury Department" seen
	// before; a name of nothing but office words ("Defence Ministry")
	// says no country's, and two countries' bodies leave it open.
	if e.Type == mention.Group && len(e.Bare) == 0 && strings.HasPrefix(e.Key, "~") {
		var fs []string
		for _, f := range sortedForms(e) {
			fs = append(fs, f)
			if sh := mention.ShortName(f); sh != "" {
				fs = append(fs, sh) // "Treasury Department" for "U.S. Treasury"
			}
		}
		for _, f := range fs {
			if officeWords(f) {
				continue
			}
			found := -1
			for _, g := range x.byBare[NameKey(f)] {
				if !compatible(g) {
					continue
				}
				if found >= 0 && found != g {
					found = -2
					break
				}
				found = g
			}
			if found >= 0 {
				return found, "country-prefix"
			}
		}
	}
	// ... and "U.S. Treasury Department" is the one bare "Treasury
	// Department" seen before.
	if e.Type == mention.Group && len(e.Bare) > 0 {
		found := -1
		for _, b := range e.Bare {
			if officeWords(b) {
				continue
			}
			for _, g := range x.byName[NameKey(b)] {
				if x.withCountry[g] || x.ents[g].Type != mention.Group || !strings.HasPrefix(x.ents[g].Key, "~") || !compatible(g) {
					continue
				}
				if found >= 0 && found != g {
					return -1, ""
				}
				found = g
			}
		}
		if found >= 0 {
			return found, "country-prefix"
		}
	}
	// A person named by surname only: the person with that surname seen
	// most recently.
	if e.Type == mention.Person && len(WordKeys(e.Name)) == 1 {
		best := -1
		for _, g := range x.byLast[LastKey(e.Name)] {
			if compatible(g) && (best < 0 || x.ents[g].last > x.ents[best].last) {
				best = g
			}
		}
		if best >= 0 {
			return best, "surname"
		}
	}
	// A full name whose surname names a person known only by surname so far.
	if e.Type == mention.Person && len(WordKeys(e.Name)) > 1 {
		for _, g := range x.byName[LastKey(e.Name)] {
			o := x.ents[g]
			if o.Type == mention.Person && len(WordKeys(o.Name)) == 1 && compatible(g) {
				return g, "surname"
			}
		}
		if g := x.spelledLike(e); g >= 0 {
			return g, "spelling"
		}
	}
	return -1, ""
}

// sameLongForm says whether e and global g, which share an acronym, may
// be one body: an acronym binds to the name its text spelled out, so two
// bodies each written in full under different names ("Sudan People's
// Liberation Army" and "Sahrawi People's Liberation Army", both SPLA) stay
// two.
func (x *Index) sameLongForm(e *Entity, g int) bool {
	var mine []string
	for f, n := range e.Forms {
		if n > 0 && !isAcronymText(f) {
			mine = append(mine, NameKey(f))
		}
	}
	if len(mine) == 0 {
		return true
	}
	theirs := false
	for f, n := range x.ents[g].Forms {
		if n == 0 || isAcronymText(f) {
			continue
		}
		theirs = true
		if slices.Contains(mine, NameKey(f)) {
			return true
		}
		if s := mention.ShortName(f); s != "" && slices.Contains(mine, NameKey(s)) {
			return true
		}
	}
	return !theirs
}

// officeWords says whether the name f has only words of the kind every
// country's bodies have ("Defence Ministry", "Foreign Office").
func officeWords(f string) bool {
	for _, w := range nameParts(f) {
		if !officeWord[w] {
			return false
		}
	}
	return true
}

var officeWord = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`foreign defence defense interior justice finance health education economy
		economic energy information ministry ministries department office affairs home security intelligence
		service services council national police border guard guards army navy air force forces armed military
		of the and for central bank trade agriculture environment transport labour labor culture
		communications development commerce industry planning water war general staff command ministers
		cabinet presidency parliament government supreme court courts constitutional electoral election
		elections commission assembly senate congress high federal reserve tribunal prosecutor prosecutors
		attorney customs tax revenue statistics meteorological coast navy marine marines special
		operations republican revolutionary guard`) {
		officeWord[w] = true
	}
}

// surnameStem is the blocking key of spelledLike: the first four letters
// of the folded surname.
func surnameStem(name string) string {
	ps := strip(nameParts(name))
	if len(ps) < 2 {
		return ""
	}
	last := ps[len(ps)-1]
	if len(last) > 4 {
		last = last[:4]
	}
	return last
}

// spelledLike finds the one person whose full name is another
// romanisation of e's (Belarusian "-ka" for Ukrainian or Russian "-ko",
// "-ia-" for "-e-"): as many words, the surnames close by edit distance,
// the first words with the same initial, no word with more than half its
// letters changed ("Sheikh Tamir bin ..." is not "Sheikh Mansour bin ..."). -1
// when none or several.
func (x *Index) spelledLike(e *Entity) int {
	ep := strip(nameParts(e.Name))
	found := -1
	for _, g := range x.byStem[surnameStem(e.Name)] {
		o := x.ents[g]
		if o.Type != mention.Person || !strings.HasPrefix(e.Key, "~") && !strings.HasPrefix(o.Key, "~") && e.Key != o.Key {
			continue
		}
		op := strip(nameParts(o.Name))
		if len(op) != len(ep) || op[0][0] != ep[0][0] || !similar(op[len(op)-1], ep[len(ep)-1]) {
			continue
		}
		close := true
		for k := range op {
			close = close && levenshtein(op[k], ep[k])*2 <= max(len(op[k]), len(ep[k]))
		}
		if !close {
			continue
		}
		if found >= 0 && found != g {
			return -1
		}
		found = g
	}
	return found
}

// definedAcronym finds the body a text defined by the acronym that is all
// e is named by: a text that says only "GNS" means the GNS that another
// text spelled out, not whatever body a table knows by those letters.
func (x *Index) definedAcronym(e *Entity) (int, bool) {
	if len(x.defAcr) == 0 || e.Type == mention.Person {
		return -1, false
	}
	acr := ""
	for f, n := range e.Forms {
		if n == 0 {
			continue // the table's name, never written in the text
		}
		if !isAcronymText(f) || acr != "" && acronymForm(f) != acr {
			return -1, false
		}
		acr = acronymForm(f)
	}
	g, ok := x.defAcr[acr]
	if !ok || x.ents[g].Key == e.Key || x.ents[g].Type == mention.Person {
		return -1, false
	}
	return g, true
}

// textAcronym is e without what the table said of its acronym: its key,
// its name and the table's forms the text never wrote.
func textAcronym(e *Entity) *Entity {
	c := *e
	c.Key = "~" + NameKey(e.Name)
	c.Forms = map[string]int{}
	c.Name = ""
	for f, n := range e.Forms {
		if n > 0 {
			c.Forms[f] = n
			if c.Name == "" || n > c.Forms[c.Name] || n == c.Forms[c.Name] && f < c.Name {
				c.Name = f // the most written, the same whatever the map's order
			}
		}
	}
	return &c
}

// samePerson applies the never-merge rule: two full names of people are
// one person only if their first names agree too (Raul Castro is not
// Fidel Castro); a surname alone agrees with any first name.
func (x *Index) samePerson(a, b *Entity) bool {
	if a.Type != b.Type && a.Type != "" && b.Type != "" {
		// A person and a group may share a name only when one of them
		// is typed by weak evidence (a bare multiword name).
		return strongType(a.Votes) == "" || strongType(b.Votes) == ""
	}
	ak, bk := WordKeys(a.Name), WordKeys(b.Name)
	if len(ak) < 2 || len(bk) < 2 {
		return true
	}
	if ak[len(ak)-1] != bk[len(bk)-1] && NameKey(a.Name) != NameKey(b.Name) {
		return false
	}
	return ak[0] == bk[0] || NameKey(a.Name) == NameKey(b.Name)
}

func sortedForms(e *Entity) []string {
	fs := []string{e.Name}
	var rest []string
	for f := range e.Forms {
		if f != e.Name {
			rest = append(rest, f)
		}
	}
	slices.Sort(rest)
	return append(fs, rest...)
}

// absorb adds e to global entity g and indexes its names.
func (x *Index) absorb(g int, e *Entity, seq int) {
	o := x.ents[g]
	o.last = seq
	for t, v := range e.Votes {
		o.Votes[t] += v
	}
	if len(e.Votes) == 0 && e.Type != "" {
		o.Votes[e.Type]++
	}
	forms := sortedForms(e)
	var fresh []string // forms g did not have
	for _, f := range forms {
		n := e.Forms[f]
		if n == 0 {
			n = 1
		}
		if o.Forms[f] == 0 {
			o.order = append(o.order, f)
			fresh = append(fresh, f)
		}
		o.Forms[f] += n
	}
	for k, v := range e.Attrs {
		if o.Attrs == nil {
			o.Attrs = map[string]string{}
		}
		if _, ok := o.Attrs[k]; !ok {
			o.Attrs[k] = v
		}
	}
	if strings.HasPrefix(o.Key, "~") && !strings.HasPrefix(e.Key, "~") {
		o.Key = e.Key
		o.Name = e.Name // the table's name wins
	}
	if !strings.HasPrefix(e.Key, "~") {
		if _, ok := x.byKey[e.Key]; !ok {
			x.byKey[e.Key] = g
		}
	}
	// A form g already had is indexed already, unless a group brings it
	// (a group's forms are indexed by their short name too).
	if e.Type != mention.Group {
		forms = fresh
	}
	for _, f := range forms {
		k := NameKey(f)
		if k != "" && !slices.Contains(x.byName[k], g) {
			x.byName[k] = append(x.byName[k], g)
		}
		if s := mention.ShortName(f); s != "" && e.Type == mention.Group {
			if k := NameKey(s); !slices.Contains(x.byName[k], g) {
				x.byName[k] = append(x.byName[k], g)
			}
		}
		if !isAcronymText(f) {
			if in := Initials(f); in != "" {
				if _, ok := x.byAcr[in]; !ok {
					x.byAcr[in] = g
				}
			}
		}
	}
	if len(e.Bare) > 0 {
		x.withCountry[g] = true
	}
	for _, b := range e.Bare {
		if k := NameKey(b); k != "" && !slices.Contains(x.byBare[k], g) {
			x.byBare[k] = append(x.byBare[k], g)
		}
	}
	for _, a := range e.Acronyms {
		if _, ok := x.byAcr[a]; !ok {
			x.byAcr[a] = g
		}
		if _, ok := x.defAcr[a]; !ok {
			x.defAcr[a] = g
		}
	}
	if e.Type == mention.Person {
		if ks := WordKeys(e.Name); len(ks) > 1 {
			lk := ks[len(ks)-1] // LastKey
			if !slices.Contains(x.byLast[lk], g) {
				x.byLast[lk] = append(x.byLast[lk], g)
			}
			if st := surnameStem(e.Name); st != "" && !slices.Contains(x.byStem[st], g) {
				x.byStem[st] = append(x.byStem[st], g)
			}
		}
	}
}

// Entities implements Merger: each global entity with its voted type and
// its fullest name.
// Only the entities changed since the last call are recomputed, so the
// builder may call it after every document.
func (x *Index) Entities() []Entity {
	for len(x.out) < len(x.ents) {
		x.out = append(x.out, Entity{})
	}
	for _, g := range x.dirty {
		o := x.ents[g]
		o.dirty = false
		e := o.Entity
		if t := votedType(o.Votes); t != "" {
			e.Type = t
		}
		if strings.HasPrefix(o.Key, "~") {
			e.Name = BestForm(o.order, o.Forms, e.Type)
		}
		e.Aliases = nil
		for _, f := range o.order {
			if f != e.Name {
				e.Aliases = append(e.Aliases, f)
			}
		}
		e.Votes, e.Forms = nil, nil // internal to the merge
		x.out[g] = e
	}
	x.dirty = x.dirty[:0]
	return x.out
}
