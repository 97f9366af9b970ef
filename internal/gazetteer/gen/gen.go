package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// outRow is one line of an output table (format: see package gazetteer).
type outRow struct {
	kind     string // country capital city admin1 region org group community person
	name     string
	aliases  []string
	key      string
	country  string
	pop      int
	title    string
	demonyms []string
	prio     int    // key assignment order: lower claims the plain slug first
	sortPop  int    // tie-break for prio when pop is not written (admin1: country population)
	id       string // source id, the last resort against key clashes
}

type country struct {
	iso, iso3, fips, geoname string
	key, name                string
	pop                      int
	arabic                   bool // Arabic is among its languages (GeoNames)
}

type gen struct {
	data, hand, out string
	words           string              // CoNLL corpus for word statistics, or ""
	personTok       map[string]bool     // folded tokens tagged as person names more often than as places
	regionFold      map[string]bool     // folded Natural Earth region names
	capNonName      map[string]bool     // folded capitalised words the corpus tags as no entity (mostly)
	handOrgs        map[string][]string // folded org name -> hand-written aliases (gen/orgs.tsv)
	lowerFreq       map[string]bool     // folded words the corpus writes in lower case three times or more

	common      map[string]bool // folded common lowercase English words
	lowerSeen   map[string]bool // folded words the factbook writes in lower case at least once
	countries   map[string]*country
	byFIPS      map[string]*country
	factbook    map[string]map[string]any // FIPS code (lower case) -> profile
	titles      map[string]bool           // folded titles of office
	titlePre    map[string]bool           // folded title prefixes ("deputy")
	placeFold   map[string]bool           // folded city and admin1 names
	countryFold map[string]bool           // folded country names, aliases and demonyms
	rows        map[string][]*outRow      // output file -> rows
}

func (g *gen) add(file string, r *outRow) {
	if g.rows == nil {
		g.rows = map[string][]*outRow{}
	}
	g.rows[file] = append(g.rows[file], r)
}

var (
	tagRE    = regexp.MustCompile(`<[^>]*>`)
	spaceRE  = regexp.MustCompile(`\s+`)
	parenRE  = regexp.MustCompile(`\s*\([^()]*\)`)
	wordRE   = regexp.MustCompile(`[\p{L}][\p{L}'’-]*`)
	digitsRE = regexp.MustCompile(`[0-9]`)
	noteRE   = regexp.MustCompile(`(?i)\bnote\b.*$`)
)

// clean unescapes HTML, drops tags and collapses white space.
func clean(s string) string {
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

// get walks a factbook profile: get(p, "Government", "Capital", "name").
// It returns the "text" of the last object, cleaned.
func get(p map[string]any, path ...string) string { return clean(rawText(p, path...)) }

// rawText is like get but keeps the HTML (line breaks matter for lists).
func rawText(p map[string]any, path ...string) string {
	var cur any = p
	for _, k := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[k]
	}
	if m, ok := cur.(map[string]any); ok {
		cur = m["text"]
	}
	s, _ := cur.(string)
	return s
}

func none(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "" || s == "none" || s == "na" || s == "n/a"
}

// latin reports whether every letter of s is Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func fold(s string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(textnorm.Fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '.')
	}) {
		w = strings.NewReplacer("'", "", ".", "").Replace(w)
		if w != "" {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// loadCommonWords builds the stop list: words that the factbook's own
// English prose uses in lower case at least as often as capitalised (a
// general test of "common English word", not a hand-picked list), plus the
// hand-written gen/commonwords.txt.
func (g *gen) loadCommonWords() error {
	g.common = map[string]bool{}
	lower := map[string]int{}
	upper := map[string]int{}
	g.factbook = map[string]map[string]any{}
	files, err := filepath.Glob(filepath.Join(g.data, "factbook-json", "*", "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	var walk func(v any)
	walk = func(v any) {
		switch t := v.(type) {
		case map[string]any:
			for _, x := range t {
				walk(x)
			}
		case []any:
			for _, x := range t {
				walk(x)
			}
		case string:
			for _, sent := range strings.Split(clean(t), ". ") {
				for i, w := range wordRE.FindAllString(sent, -1) {
					if i == 0 {
						continue // sentence-initial capitals say nothing
					}
					r := []rune(w)[0]
					if unicode.IsUpper(r) {
						upper[strings.ToLower(w)]++
					} else {
						lower[w]++
					}
				}
			}
		}
	}
	for _, f := range files {
		if filepath.Base(filepath.Dir(f)) == "meta" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var p map[string]any
		if err := json.Unmarshal(b, &p); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		g.factbook[strings.TrimSuffix(filepath.Base(f), ".json")] = p
		walk(p)
	}
	g.lowerSeen = map[string]bool{}
	for w, n := range lower {
		g.lowerSeen[fold(w)] = true
		if n >= 3 && n >= upper[w] {
			g.common[fold(w)] = true
		}
	}
	return nil
}

// handCommonWords applies gen/commonwords.txt last, so that its "!word"
// lines can take words out of the derived list.
func (g *gen) handCommonWords() error {
	hand, err := readLines(filepath.Join(g.hand, "commonwords.txt"))
	if err != nil {
		return err
	}
	for _, l := range hand {
		if strings.HasPrefix(l, "!") { // "!word": never a stop word
			delete(g.common, fold(l[1:]))
			continue
		}
		g.common[fold(l)] = true
	}
	return nil
}

// loadWordStats reads a tagged English news corpus (CoNLL: token<TAB>tag)
// and adds to the stop list every word that occurs in lower case at least
// three times and at least as often as capitalised (not counting
// sentence-initial tokens). It also collects person-name tokens: words
// tagged PER at least twice and more often than PLACE/CTRY, used to drop
// city alternate names that are usually given names ("Ahmad").
func (g *gen) loadWordStats() error {
	g.personTok, g.lowerFreq, g.capNonName = map[string]bool{}, map[string]bool{}, map[string]bool{}
	if g.words == "" {
		return nil
	}
	f, err := os.Open(g.words)
	if err != nil {
		return fmt.Errorf("word statistics: %w", err)
	}
	defer f.Close()
	lower, upper, per, place := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	capO, capEnt := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		tok, tag, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			first = true
			continue
		}
		if tok == "" {
			continue
		}
		r := []rune(tok)[0]
		k := strings.ToLower(tok)
		switch {
		case strings.HasSuffix(tag, "PER"):
			per[k]++
		case strings.HasSuffix(tag, "PLACE") || strings.HasSuffix(tag, "CTRY"):
			place[k]++
		}
		if !first && unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				lower[k]++
			} else {
				upper[k]++
				if tag == "O" {
					capO[k]++
				} else {
					capEnt[k]++
				}
			}
		}
		first = false
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("word statistics: %w", err)
	}
	for w, n := range lower {
		if n >= 3 && letters(w) == len([]rune(w)) {
			// "west", "republic": ordinary words even if often capitalised
			g.lowerFreq[fold(w)] = true
			if n >= upper[w] {
				g.common[fold(w)] = true
			}
		}
	}
	for w, n := range capO {
		if n >= 3 && n > 2*capEnt[w] {
			// "Olympic", "Democrats", "DNA": capitalised, yet not a name
			g.capNonName[fold(w)] = true
		}
	}
	for w, n := range per {
		if n >= 2 && n > place[w] {
			g.personTok[fold(w)] = true
		}
	}
	return nil
}

// readLines returns the non-empty, non-comment lines of a file.
func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// splitNames splits a factbook name list: "US or USA", "Tchad/Tshad",
// "Djibouti (French)/ Jibuti (Arabic)", "A, B; C".
func splitNames(s string) []string {
	s = parenRE.ReplaceAllString(s, "")
	var out []string
	for _, a := range regexp.MustCompile(`\s*(?:[,;/]|\bor\b)\s*`).Split(s, -1) {
		a = strings.TrimSpace(a)
		if !none(a) && letters(a) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// demonyms expands "Syrian(s)", "Briton(s), British (collective plural)",
// "Congolese (singular and plural)", "Saudi or Saudi Arabian".
func demonyms(s string) []string {
	s = strings.NewReplacer("(s)", "\x00s", "(es)", "\x00es").Replace(s)
	var out []string
	for _, a := range splitNames(s) {
		if i := strings.IndexByte(a, 0); i >= 0 {
			base := a[:i]
			out = append(out, base, base+a[i+1:])
			continue
		}
		if a == strings.ToLower(a) { // "singular and plural" notes
			continue
		}
		out = append(out, a)
	}
	var keep []string
	for _, a := range out {
		if strings.Count(a, " ") <= 2 && a != "" && unicode.IsUpper([]rune(a)[0]) {
			keep = append(keep, a)
		}
	}
	return keep
}

// countries reads geonames countryInfo.txt joined with the factbook (by FIPS
// code) and the hand-written gen/countries.tsv.
func (g *gen) loadCountries() error {
	g.countries = map[string]*country{}
	g.byFIPS = map[string]*country{}
	g.countryFold = map[string]bool{}
	lines, err := readLines(filepath.Join(g.data, "geonames", "countryInfo.txt"))
	if err != nil {
		return err
	}
	over := map[string][]string{}
	hl, err := readLines(filepath.Join(g.hand, "countries.tsv"))
	if err != nil {
		return err
	}
	for _, l := range hl {
		c := strings.Split(l, "\t")
		for len(c) < 5 {
			c = append(c, "")
		}
		over[c[0]] = c
	}
	// GeoNames names of every country and territory: one is no alias of
	// another ("Western Sahara" of Morocco in a former-name note).
	names := map[string]string{}
	for _, l := range lines {
		if c := strings.Split(l, "\t"); len(c) >= 17 {
			names[fold(c[4])] = c[0]
		}
	}
	for _, l := range lines {
		c := strings.Split(l, "\t")
		if len(c) < 17 {
			continue
		}
		pop, _ := strconv.Atoi(c[7])
		ct := &country{iso: c[0], iso3: c[1], fips: strings.ToLower(c[3]), name: c[4], geoname: c[16], pop: pop,
			arabic: regexp.MustCompile(`(^|,)ar(-|,|$)`).MatchString(c[15])}
		p := g.factbook[ct.fips]
		if o, ok := over[ct.iso]; ok && strings.Contains(o[4], "nofactbook") {
			p = nil // the factbook profile with this FIPS code is a part, not the whole
		}
		var aliases, dems []string
		aliases = append(aliases, c[4])
		if p != nil {
			short := get(p, "Government", "Country name", "conventional short form")
			long := get(p, "Government", "Country name", "conventional long form")
			if !none(short) && !strings.Contains(short, ",") {
				ct.name = short
			}
			for _, f := range []string{"conventional short form", "conventional long form", "local short form", "local long form", "abbreviation", "former"} {
				for _, a := range splitNames(noteRE.ReplaceAllString(get(p, "Government", "Country name", f), "")) {
					if latin(a) {
						aliases = append(aliases, a)
					}
				}
			}
			_ = long
			dems = append(dems, demonyms(get(p, "People and Society", "Nationality", "noun"))...)
			dems = append(dems, demonyms(get(p, "People and Society", "Nationality", "adjective"))...)
		}
		// A former name that is the capital's ("Quito" for Ecuador) would
		// make every mention of the city the country.
		aliases = slices.DeleteFunc(aliases, func(a string) bool {
			if iso, ok := names[fold(a)]; ok && iso != c[0] {
				return true
			}
			return len(c) > 5 && c[5] != "" && fold(a) == fold(c[5]) && fold(c[5]) != fold(c[4])
		})
		if o, ok := over[ct.iso]; ok {
			if o[1] != "" {
				aliases = append(aliases, ct.name)
				ct.name = o[1]
			}
			aliases = append(aliases, strings.Split(o[2], "|")...)
			dems = append(dems, strings.Split(o[3], "|")...)
		}
		if n := strings.TrimSpace(parenRE.ReplaceAllString(ct.name, "")); n != ct.name {
			aliases = append(aliases, ct.name)
			ct.name = n
		}
		ct.key = "country:" + textnorm.Slug(ct.name)
		for _, a := range append(append([]string{ct.name}, aliases...), dems...) {
			g.countryFold[fold(a)] = true
		}
		g.countries[ct.iso] = ct
		if ct.fips != "" && p != nil {
			g.byFIPS[ct.fips] = ct
		}
		if p != nil && (get(p, "Government", "Dependency status") != "" ||
			strings.HasPrefix(get(p, "Government", "Government type"), "legal status of territory")) {
			// A dependency or a territory of unsettled status (Hong Kong,
			// Western Sahara, Gibraltar) is a place: news names it where
			// things happen, its sovereign state acts for it.
			g.add("regions.tsv", &outRow{kind: "region", name: ct.name, aliases: aliases,
				key: "place:" + textnorm.Slug(ct.name), pop: pop, id: ct.iso})
			continue
		}
		g.add("countries.tsv", &outRow{kind: "country", name: ct.name, aliases: aliases, key: ct.key, pop: pop,
			demonyms: dems, id: ct.iso})
	}
	return nil
}

// cities reads cities15000 (capitals and cities) and admin1CodesASCII.
func (g *gen) cities() error {
	g.placeFold = map[string]bool{}
	zr, err := zip.OpenReader(filepath.Join(g.data, "geonames", "cities15000.zip"))
	if err != nil {
		return err
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		return fmt.Errorf("cities15000.zip: want one member, have %d", len(zr.File))
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 {
			continue
		}
		ct := g.countries[c[8]]
		if ct == nil {
			continue
		}
		pop, _ := strconv.Atoi(c[14])
		capital := c[7] == "PPLC"
		kind := "city"
		if capital {
			kind = "capital"
		}
		r := &outRow{kind: kind, name: c[1], key: "", country: ct.key, pop: pop, id: c[0]}
		var aliases []string
		if c[2] != c[1] {
			aliases = append(aliases, c[2])
		}
		// Alternate names only for cities news is likely to name, and only
		// forms that cannot be mistaken for ordinary words (see package doc).
		if capital || pop >= 100000 {
			for _, a := range strings.Split(c[3], ",") {
				if g.goodAlt(a) && !articleAlt(a, c[1]) {
					aliases = append(aliases, a)
				}
			}
		}
		if letters(r.name) <= 2 && !capital {
			continue
		}
		aliases = g.dropCommon(aliases)
		if !capital && (g.ordinary(r.name) || pop < 500000 && g.personTok[fold(r.name)]) {
			// "Most", "Split", "Mobile", "Anderson": keep the city only under
			// another name, if it has one
			if len(aliases) == 0 {
				continue
			}
			r.name, aliases = aliases[0], aliases[1:]
		}
		for _, n := range []string{c[1], c[2]} {
			if a := g.withoutArticle(n); a != "" && ct.arabic {
				aliases = append(aliases, a)
			}
		}
		r.aliases = aliases
		g.placeFold[fold(r.name)] = true
		r.prio = 10
		if capital {
			r.prio = 5
		}
		g.add("cities.tsv.gz", r)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// An alternate name that is another city's main name belongs to that
	// city ("Venice" is not another name of Dayton).
	main := map[string]int{}
	for _, r := range g.rows["cities.tsv.gz"] {
		main[fold(r.name)]++
	}
	for _, r := range g.rows["cities.tsv.gz"] {
		own := fold(r.name)
		keep := r.aliases[:0]
		for _, a := range r.aliases {
			if f := fold(a); f == own || main[f] == 0 {
				keep = append(keep, a)
			}
		}
		r.aliases = keep
	}
	lines, err := readLines(filepath.Join(g.data, "geonames", "admin1CodesASCII.txt"))
	if err != nil {
		return err
	}
	for _, l := range lines {
		c := strings.Split(l, "\t")
		if len(c) < 4 {
			continue
		}
		cc, _, _ := strings.Cut(c[0], ".")
		ct := g.countries[cc]
		if ct == nil || g.ordinary(c[1]) {
			continue
		}
		var aliases []string
		if c[2] != c[1] {
			aliases = append(aliases, c[2])
		}
		for _, n := range []string{c[1], c[2]} {
			if a := g.withoutArticle(n); a != "" && ct.arabic {
				aliases = append(aliases, a)
			}
		}
		g.placeFold[fold(c[1])] = true
		g.add("admin1.tsv", &outRow{kind: "admin1", name: c[1], aliases: aliases, country: ct.key, prio: 20,
			id: c[3], sortPop: ct.pop})
	}
	return nil
}

// goodAlt keeps a city alternate name that is Latin script, capitalised, of
// four or more letters, without digits, and not a common English word.
func (g *gen) goodAlt(a string) bool {
	a = strings.TrimSpace(a)
	if a == "" || !latin(a) || letters(a) < 4 || digitsRE.MatchString(a) {
		return false
	}
	r := []rune(a)[0]
	if !unicode.IsUpper(r) || strings.ToUpper(a) == a {
		return false
	}
	if ws := strings.Fields(fold(a)); len(ws) > 1 {
		// a translation made of ordinary words ("White House" for Casablanca)
		allOrdinary := true
		for _, w := range ws {
			if !g.lowerFreq[w] && !g.common[w] {
				allOrdinary = false
			}
		}
		if allOrdinary {
			return false
		}
	}
	return !g.ordinary(a) && !g.personTok[fold(a)]
}

var articleRE = regexp.MustCompile(`^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ech|Esh)[- ](\p{Lu}.*)$`)

// withoutArticle: "Al Qamishli" -> "Qamishli", "Ar-Raqqah" -> "Raqqah",
// which is how English news writes most such names; "" if the rest is
// short or ordinary. Used for countries where Arabic is spoken only ("El
// Paso" keeps its article).
func (g *gen) withoutArticle(name string) string {
	m := articleRE.FindStringSubmatch(name)
	if m == nil || letters(m[1]) < 4 || g.ordinary(m[1]) || g.personTok[fold(m[1])] {
		return ""
	}
	return m[1]
}

// ordinary reports whether a place name is an ordinary English word: in the
// stop list, written in lower case three times or more in the corpus, or
// capitalised there but mostly not as part of a name ("Olympic").
// Such names are not taken for cities, provinces and regions ("Most",
// "West", "Republic").
func (g *gen) ordinary(name string) bool {
	f := fold(name)
	return g.common[f] || g.lowerFreq[f] || g.capNonName[f]
}

// articleAlt: an alternate name with an Arabic article that the main name
// lacks is a local or old name ("Al-Sham" for Damascus) that news uses for
// other things (a region, a movement named after it).
func articleAlt(alt, main string) bool {
	art := regexp.MustCompile(`(?i)^(al|el|ad|ar|as|ash|at|az|an|ech|esh|et)[- ]`)
	return art.MatchString(alt) && !art.MatchString(main)
}

func (g *gen) dropCommon(l []string) []string {
	var out []string
	for _, a := range l {
		if !g.ordinary(a) {
			out = append(out, a)
		}
	}
	return out
}

// writeAll assigns keys, dedups aliases and writes every table sorted.
func (g *gen) writeAll() error {
	var all []*outRow
	for _, rs := range g.rows {
		all = append(all, rs...)
	}
	// Plain slugs go to the most important entity of each type.
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].prio != all[b].prio {
			return all[a].prio < all[b].prio
		}
		if all[a].pop+all[a].sortPop != all[b].pop+all[b].sortPop {
			return all[a].pop+all[a].sortPop > all[b].pop+all[b].sortPop
		}
		if all[a].name != all[b].name {
			return all[a].name < all[b].name
		}
		return all[a].id < all[b].id
	})
	taken := map[string]bool{}
	typ := map[string]string{"country": "country", "capital": "place", "city": "place", "admin1": "place",
		"region": "place", "org": "group", "group": "group", "community": "group", "person": "person"}
	cname := map[string]string{}
	for _, c := range g.countries {
		cname[c.key] = c.name
	}
	for _, r := range all {
		if r.key == "" {
			base := typ[r.kind] + ":" + textnorm.Slug(r.name)
			r.key = base
			if taken[r.key] && r.country != "" {
				r.key = base + "-" + textnorm.Slug(cname[r.country])
			}
			if taken[r.key] && r.kind == "region" {
				r.key = base + "-region"
			}
			if taken[r.key] {
				r.key = base + "-" + r.id
			}
		}
		if taken[r.key] {
			return fmt.Errorf("duplicate key %s (%s)", r.key, r.name)
		}
		taken[r.key] = true
	}
	if err := os.MkdirAll(g.out, 0o755); err != nil {
		return err
	}
	files := make([]string, 0, len(g.rows))
	for f := range g.rows {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		rs := g.rows[f]
		sort.Slice(rs, func(a, b int) bool { return rs[a].key < rs[b].key })
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "# newsgraph gazetteer table %s. DO NOT EDIT: generated by internal/gazetteer/gen from shared/data (see NOTICE).\n", strings.TrimSuffix(f, ".gz"))
		buf.WriteString("# type\tname\taliases\tkey\tcountry\tpopulation\ttitle\tdemonyms\n")
		for _, r := range rs {
			writeRow(&buf, r)
		}
		b := buf.Bytes()
		if strings.HasSuffix(f, ".gz") {
			var z bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
			if _, err := zw.Write(b); err != nil {
				return err
			}
			if err := zw.Close(); err != nil {
				return err
			}
			b = z.Bytes()
		}
		if err := os.WriteFile(filepath.Join(g.out, f), b, 0o644); err != nil {
			return err
		}
	}
	words := make([]string, 0, len(g.common))
	for w := range g.common {
		words = append(words, w)
	}
	sort.Strings(words)
	var buf bytes.Buffer
	buf.WriteString("# newsgraph stop list: common lowercase English words (factbook prose + gen/commonwords.txt). DO NOT EDIT: generated.\n")
	for _, w := range words {
		buf.WriteString(w + "\n")
	}
	return os.WriteFile(filepath.Join(g.out, "commonwords.txt"), buf.Bytes(), 0o644)
}

// writeRow writes one TSV line; aliases equal (folded) to the name or to an
// earlier alias are dropped, and trailing empty columns are left off.
func writeRow(w io.Writer, r *outRow) {
	seen := map[string]bool{fold(r.name): true}
	uniq := func(l []string, seen map[string]bool) string {
		var out []string
		for _, a := range l {
			a = strings.TrimSpace(strings.NewReplacer("\t", " ", "|", " ").Replace(a))
			f := fold(a)
			if a == "" || f == "" {
				continue
			}
			// keep both "US" and "Us"-style variants only when case differs meaningfully
			k := f
			if strings.ToUpper(a) == a && letters(a) >= 2 {
				k = "UPPER:" + f
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, a)
		}
		sort.Strings(out)
		return strings.Join(out, "|")
	}
	name := strings.NewReplacer("\t", " ", "|", " ").Replace(r.name)
	cols := []string{r.kind, name, uniq(r.aliases, seen), r.key, r.country, "", r.title, uniq(r.demonyms, map[string]bool{})}
	if r.pop > 0 {
		cols[5] = strconv.Itoa(r.pop)
	}
	n := len(cols)
	for n > 2 && cols[n-1] == "" {
		n--
	}
	fmt.Fprintln(w, strings.Join(cols[:n], "\t"))
}

// Stubs filled in below (factbook groups and people, natural earth, orgs).
var _ = gzip.NoCompression
