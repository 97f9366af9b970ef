package gazetteer

import (
	"embed"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Kind says which table an entry comes from.
type Kind string

// Entry kinds.
const (
	KindCountry   Kind = "country" // a country or territory name or abbreviation
	KindDemonym   Kind = "demonym" // "Syrian", "Turks": stands for the country
	KindCity      Kind = "city"
	KindAdmin1    Kind = "admin1"    // first-level subdivision (province, state)
	KindRegion    Kind = "region"    // physical region or feature
	KindOrg       Kind = "org"       // international organisation
	KindGroup     Kind = "group"     // armed group, party, force, community
	KindCommunity Kind = "community" // ethnic or religious community
	KindPerson    Kind = "person"    // head of state or government
)

// Entry is one name of one known entity.
type Entry struct {
	Key        string // stable identity: "country:syria", "place:damascus", "group:united-nations"
	Type       string // person | group | country | place
	Name       string // canonical display name
	Kind       Kind
	Country    string // key of the country it belongs to ("country:syria"), if any
	Population int    // cities: for ranking ambiguous names
	Capital    bool   // a national capital (Kind city)
	Title      string // persons: title of office ("Prime Minister")
}

// posting is one entity a name stands for.
type posting struct {
	ent   int32
	kind  Kind   // the entity's kind, or KindDemonym
	cased uint8  // caseNone, caseInitial or caseAcronym
	upper string // caseAcronym: the name's letters as written
	// initCap: every written form starts with a capital, so LongestMatch
	// wants one too ("National Unity" is not "national unity")
	initCap bool
	user    bool // from a user file: ranks first
}

const (
	caseNone    = iota
	caseInitial // must start with a capital letter
	caseAcronym // must be capitals (<= 3 letters) or not all lower case
)

// nameRec is one folded name and the entities it stands for, best first.
type nameRec struct {
	parts []string
	posts []posting
	title string // title index only: canonical title
}

// index maps folded names to records, and first parts to the records that
// start with them, longest first.
type index struct {
	names  map[string]*nameRec
	first  map[string][]*nameRec
	maxLen int
	// groups holds, for long first-part lists ("san", "al", "the"), where
	// each run of names of one length starts and ends, so that match
	// binary-searches each run instead of comparing every name.
	groups map[string][]lenGroup
}

// lenGroup is the run first[key][start:end] of names of n parts.
type lenGroup struct{ n, start, end int }

// minGroupList is the shortest list worth grouping.
const minGroupList = 8

func newIndex() index {
	return index{names: map[string]*nameRec{}, first: map[string][]*nameRec{}}
}

// Gazetteer answers name look-ups. It is safe for concurrent use; it is not
// changed after construction.
type Gazetteer struct {
	ents   []Entry
	byKey  map[string]int32
	names  index
	titles index
	stop   map[string]bool

	// build only: scratch parts and slabs that save an allocation per name
	scratch  []string
	recSlab  []nameRec
	partSlab []string
	postSlab []posting
}

// newRec returns a record holding a copy of parts, from the slabs.
func (g *Gazetteer) newRec(parts []string) *nameRec {
	if len(g.recSlab) == 0 {
		g.recSlab = make([]nameRec, 4096)
	}
	rec := &g.recSlab[0]
	g.recSlab = g.recSlab[1:]
	if len(g.partSlab) < len(parts) {
		g.partSlab = make([]string, max(8192, len(parts)))
	}
	rec.parts = g.partSlab[:len(parts):len(parts)]
	copy(rec.parts, parts)
	g.partSlab = g.partSlab[len(parts):]
	return rec
}

//go:embed data
var dataFS embed.FS

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the embedded tables, parsed once. It panics if the
// embedded data is corrupt (a build error, caught by the tests).
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG, defaultErr = build(nil) })
	if defaultErr != nil {
		panic(fmt.Sprintf("gazetteer: embedded tables: %v", defaultErr))
	}
	return defaultG
}

// Load returns the embedded tables plus the user's extra files (TSV, or
// YAML for .yaml/.yml). With no files it returns Default. Errors name the
// file and line.
func Load(extra ...string) (*Gazetteer, error) {
	if len(extra) == 0 {
		return Default(), nil
	}
	var rows []fileRows
	for _, p := range extra {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %s: %w", p, err)
		}
		rs, err := parseUser(p, b)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		rows = append(rows, fileRows{p, rs})
	}
	return build(rows)
}

type fileRows struct {
	file string
	rows []row
}

// builder accumulates entities and names.
type builder struct {
	g *Gazetteer
}

func build(user []fileRows) (*Gazetteer, error) {
	// sized for the embedded tables (about 45k entities, 90k names) so the
	// maps do not regrow while parsing
	g := &Gazetteer{byKey: make(map[string]int32, 1<<16), names: newIndex(), titles: newIndex(), stop: map[string]bool{},
		ents: make([]Entry, 0, 1<<16)}
	g.names.names = make(map[string]*nameRec, 1<<17)
	g.names.first = make(map[string][]*nameRec, 1<<16)
	if b, err := dataFS.ReadFile("data/commonwords.txt"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				g.stop[FoldName(l)] = true
			}
		}
	}
	des, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, err
	}
	files := make([]string, 0, len(des))
	for _, de := range des {
		files = append(files, de.Name())
	}
	sort.Strings(files)
	for _, f := range files {
		path := "data/" + f
		b, err := dataFS.ReadFile(path)
		if err != nil {
			return nil, err
		}
		switch {
		case f == "titles.tsv":
			if err := g.loadTitles(path, b); err != nil {
				return nil, err
			}
		case strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".tsv.gz"):
			r, err := openData(f, b)
			if err != nil {
				return nil, err
			}
			if err := parseTSV(path, r, func(rw row) error { g.add(rw, false); return nil }); err != nil {
				return nil, err
			}
		}
	}
	for _, fr := range user {
		for _, rw := range fr.rows {
			g.add(rw, true)
		}
	}
	g.names.finish(g)
	g.titles.finish(g)
	g.scratch, g.recSlab, g.partSlab, g.postSlab = nil, nil, nil, nil
	return g, nil
}

// add adds one row: a new entity, or more names for a known key.
func (g *Gazetteer) add(rw row, user bool) {
	kind := rw.kind
	if kind == KindDemonym {
		// a bare demonym row names its country: "demonym  Syrian  ...  country:syria"
		if i, ok := g.byKey[rw.country]; ok {
			for _, n := range append([]string{rw.name}, rw.aliases...) {
				g.addName(n, i, KindDemonym, user)
			}
		}
		return
	}
	key := rw.key
	if key == "" {
		key = defaultKey(kind, rw.name)
	}
	i, ok := g.byKey[key]
	if !ok {
		i = int32(len(g.ents))
		g.ents = append(g.ents, Entry{Key: key, Type: typeOf(kind), Name: rw.name, Kind: kind, Country: rw.country,
			Population: rw.pop, Capital: rw.capital, Title: rw.title})
		g.byKey[key] = i
		g.addName(rw.name, i, kind, user)
	} else {
		e := &g.ents[i]
		if e.Title == "" {
			e.Title = rw.title
		}
		if e.Country == "" {
			e.Country = rw.country
		}
		kind = e.Kind
		g.addName(rw.name, i, kind, user)
	}
	for _, a := range rw.aliases {
		g.addName(a, i, kind, user)
	}
	for _, d := range rw.demonyms {
		g.addName(d, i, KindDemonym, user)
	}
}

// caseOf decides how a written name form must be cased to match.
func (g *Gazetteer) caseOf(name string, parts []string) (uint8, string) {
	if len(parts) != 1 {
		return caseNone, ""
	}
	letters, upper := 0, 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
			upper++
		case r >= 'a' && r <= 'z':
			letters++
		case r >= 0x80 && isLetter(r):
			letters++
			if isUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters && letters <= 8 {
		return caseAcronym, strings.Map(func(r rune) rune {
			if isLetter(r) {
				return r
			}
			return -1
		}, name)
	}
	if g.stop[parts[0]] || letters <= 3 {
		return caseInitial, ""
	}
	return caseNone, ""
}

func (g *Gazetteer) addName(name string, ent int32, kind Kind, user bool) {
	parts := appendParts(g.scratch[:0], name)
	g.scratch = parts[:0]
	if len(parts) == 0 {
		return
	}
	var key string
	if len(parts) == 1 {
		key = parts[0]
	} else {
		key = strings.Join(parts, " ")
	}
	rec := g.names.names[key]
	if rec == nil {
		rec = g.newRec(parts)
		g.names.names[key] = rec
		g.names.first[rec.parts[0]] = append(g.names.first[rec.parts[0]], rec)
	}
	cased, upper := g.caseOf(name, parts)
	initCap := startsUpper(name)
	for j, p := range rec.posts {
		if p.ent == ent && p.kind == kind {
			// the loosest written form wins: "Nato" listed beside "NATO"
			if cased < p.cased {
				rec.posts[j].cased, rec.posts[j].upper = cased, upper
			}
			rec.posts[j].initCap = p.initCap && initCap
			rec.posts[j].user = p.user || user
			return
		}
	}
	p := posting{ent: ent, kind: kind, cased: cased, upper: upper, initCap: initCap, user: user}
	if rec.posts == nil {
		// most names have one entity: take a one-element slice of a slab
		if len(g.postSlab) == 0 {
			g.postSlab = make([]posting, 4096)
		}
		rec.posts = g.postSlab[:1:1]
		g.postSlab = g.postSlab[1:]
		rec.posts[0] = p
		return
	}
	rec.posts = append(rec.posts, p)
}

// finish builds the first-part lists and ranks each name's entities.
func (ix *index) finish(g *Gazetteer) {
	for _, rec := range ix.names {
		if len(rec.parts) > ix.maxLen {
			ix.maxLen = len(rec.parts)
		}
		if len(rec.posts) > 1 {
			g.rank(rec.posts)
		}
	}
	for _, l := range ix.first {
		if len(l) < 2 {
			continue
		}
		sort.Slice(l, func(a, b int) bool {
			if len(l[a].parts) != len(l[b].parts) {
				return len(l[a].parts) > len(l[b].parts)
			}
			return slices.Compare(l[a].parts, l[b].parts) < 0
		})
	}
	ix.groups = map[string][]lenGroup{}
	for k, l := range ix.first {
		if len(l) < minGroupList {
			continue
		}
		var gs []lenGroup
		for i := 0; i < len(l); {
			j := i + 1
			for j < len(l) && len(l[j].parts) == len(l[i].parts) {
				j++
			}
			gs = append(gs, lenGroup{n: len(l[i].parts), start: i, end: j})
			i = j
		}
		ix.groups[k] = gs
	}
}

// kindRank orders kinds for ambiguous names; places share one rank and are
// ordered by score.
func kindRank(k Kind) int {
	switch k {
	case KindCountry:
		return 0
	case KindDemonym:
		return 1
	case KindOrg:
		return 2
	case KindGroup:
		return 3
	case KindCommunity:
		return 4
	case KindPerson:
		return 5
	case KindCity, KindAdmin1:
		return 6
	}
	return 7
}

// rank sorts postings best first (see the package doc).
func (g *Gazetteer) rank(ps []posting) {
	admin1 := map[string]bool{}
	for _, p := range ps {
		if p.kind == KindAdmin1 {
			admin1[g.ents[p.ent].Country] = true
		}
	}
	score := func(p posting) int {
		e := &g.ents[p.ent]
		switch {
		case p.kind == KindDemonym || p.kind == KindCountry:
			return e.Population
		case e.Capital:
			return 1 << 40
		case p.kind == KindAdmin1:
			// admin1 rows carry no population: rank by their country's
			if c, ok := g.byKey[e.Country]; ok {
				return 1<<32 + g.ents[c].Population/1000
			}
			return 1 << 32
		case p.kind == KindCity && e.Country != "" && admin1[e.Country]:
			return 1<<33 + e.Population
		}
		return e.Population
	}
	sort.SliceStable(ps, func(a, b int) bool {
		if ps[a].user != ps[b].user {
			return ps[a].user
		}
		ra, rb := kindRank(ps[a].kind), kindRank(ps[b].kind)
		if ra != rb {
			return ra < rb
		}
		sa, sb := score(ps[a]), score(ps[b])
		if sa != sb {
			return sa > sb
		}
		return g.ents[ps[a].ent].Key < g.ents[ps[b].ent].Key
	})
}

// Lookup returns the entries whose name folds (see Parts) to the same key
// as name, best first. Case rules (acronyms, common words) apply to name as
// written. The slice is new; nil when none.
func (g *Gazetteer) Lookup(name string) []Entry {
	rec := g.names.names[FoldName(name)]
	if rec == nil {
		return nil
	}
	return g.entries(rec, name, false, "")
}

// LookupKey returns the entity with the given key.
func (g *Gazetteer) LookupKey(key string) (Entry, bool) {
	i, ok := g.byKey[key]
	if !ok {
		return Entry{}, false
	}
	return g.ents[i], true
}

// Demonym returns the country a demonym or nationality adjective stands for
// ("Syrian", "Syrians", "Turkish" -> Syria, Turkey), best first.
func (g *Gazetteer) Demonym(word string) (Entry, bool) {
	for _, e := range g.Lookup(word) {
		if e.Kind == KindDemonym {
			return e, true
		}
	}
	return Entry{}, false
}

// IsStopword reports whether word is a common English word that is also a
// place name ("Most", "Nice", "Split"): such names need a capital letter,
// and city names among them are not in the tables at all.
func (g *Gazetteer) IsStopword(word string) bool { return g.stop[FoldName(word)] }

// Len returns the number of entities.
func (g *Gazetteer) Len() int { return len(g.ents) }

// startsUpper reports whether the first letter of s is upper case.
func startsUpper(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return isUpper(r)
		}
	}
	return false
}

// entries materialises rec's postings that the written form allows; with
// initCap set, postings that want a capital need one in first.
func (g *Gazetteer) entries(rec *nameRec, written string, initCap bool, first string) []Entry {
	var out []Entry
	for _, p := range rec.posts {
		if !caseOK(p, written) || initCap && p.initCap && !startsUpper(first) {
			continue
		}
		e := g.ents[p.ent]
		e.Kind = p.kind
		out = append(out, e)
	}
	return out
}

// caseOK checks a posting's case rule against the written form.
func caseOK(p posting, written string) bool {
	switch p.cased {
	case caseInitial:
		for _, r := range written {
			if isLetter(r) {
				return isUpper(r)
			}
		}
		return false
	case caseAcronym:
		var letters, upper int
		var b strings.Builder
		for _, r := range written {
			if isLetter(r) {
				letters++
				if isUpper(r) {
					upper++
				}
				b.WriteRune(r)
			}
		}
		if len(p.upper) <= 3 {
			return b.String() == p.upper
		}
		return upper > 0
	}
	return true
}

// Titles returns the canonical titles of office, sorted.
func (g *Gazetteer) Titles() []string {
	seen := map[string]bool{}
	var out []string
	for _, rec := range g.titles.names {
		if rec.title != "" && !seen[rec.title] {
			seen[rec.title] = true
			out = append(out, rec.title)
		}
	}
	sort.Strings(out)
	return out
}
