package main

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// factbookExtras adds from each factbook profile: armed groups (Terrorism),
// political parties, military and security forces, ethnic and religious
// communities, and heads of state and government.
func (g *gen) factbookExtras() error {
	if err := g.loadTitles(); err != nil {
		return err
	}
	comm, err := g.loadCommunities()
	if err != nil {
		return err
	}
	hand, err := readLines(filepath.Join(g.hand, "groups.tsv"))
	if err != nil {
		return err
	}
	codes := make([]string, 0, len(g.factbook))
	for c := range g.factbook {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	// Armed groups are one entity wherever named; parties and forces are one
	// per country ("Green Party" exists in many).
	groups := map[string]*outRow{} // folded name, or folded name|country key -> row
	addGroup := func(name string, aliases []string, country string, pop int) {
		name = strings.TrimSpace(name)
		f := fold(name)
		if letters(name) < 3 || !latin(name) || g.common[f] || g.countryFold[f] || theOrdinary(name, g) ||
			!strings.ContainsAny(name, " -") && (g.lowerSeen[f] || g.capNonName[f] || g.lowerFreq[f]) {
			return
		}
		var keep []string
		for _, a := range aliases {
			// acronyms of one or two letters ("MP", "IN", "C") say too little;
			// "DNA", "DOE" are mostly something else
			if fa := fold(a); letters(a) > 2 && !g.common[fa] && !g.countryFold[fa] && !g.capNonName[fa] {
				keep = append(keep, a)
			}
		}
		if r := groups[f]; r != nil {
			r.aliases = append(r.aliases, keep...)
			return
		}
		k := f
		if country != "" {
			k += "|" + country
		}
		if r := groups[k]; r != nil {
			r.aliases = append(r.aliases, keep...)
			return
		}
		groups[k] = &outRow{kind: "group", name: name, aliases: keep, country: country, prio: 3, sortPop: pop}
	}
	for _, c := range codes {
		for _, grp := range terrorGroups(get(g.factbook[c], "Terrorism", "Terrorist group(s)")) {
			addGroup(grp[0], grp[1:], "", 0)
		}
	}
	communities := map[string]*outRow{}
	people := map[string]*outRow{}
	for _, c := range codes {
		p := g.factbook[c]
		ct := g.byFIPS[c]
		ckey, cpop := "", 0
		if ct != nil {
			ckey, cpop = ct.key, ct.pop
		}
		for _, grp := range parties(rawText(p, "Government", "Political parties")) {
			if g.placeFold[fold(grp[0])] {
				continue
			}
			addGroup(grp[0], g.notPlaces(grp[1:]), ckey, cpop)
		}
		for _, grp := range forces(rawText(p, "Military and Security", "Military and security forces")) {
			addGroup(grp[0], grp[1:], ckey, cpop)
		}
		for _, n := range communityNames(get(p, "People and Society", "Ethnic groups") + ", " + get(p, "People and Society", "Religions")) {
			f := fold(n)
			if g.countryFold[f] || g.common[f] || g.placeFold[f] || g.regionFold[f] || dropCommunity[f] || letters(n) < 3 {
				continue
			}
			canon, aliases := comm.canonical(n)
			k := fold(canon)
			if r := communities[k]; r != nil {
				r.aliases = append(r.aliases, aliases...)
				continue
			}
			communities[k] = &outRow{kind: "community", name: canon, aliases: aliases, prio: 4}
		}
		for _, f := range []string{"chief of state", "head of government"} {
			for _, pr := range g.persons(get(p, "Government", "Executive branch", f)) {
				k := fold(pr.name)
				if r := people[k]; r != nil {
					if r.country == ckey && r.title != pr.title && !strings.Contains(r.title, pr.title) {
						r.title += " and " + pr.title
					}
					// head of state of dependencies too: keep the largest country
					if cpop > r.sortPop {
						r.country, r.sortPop, r.title = ckey, cpop, pr.title
					}
					continue
				}
				pr.country, pr.prio, pr.sortPop = ckey, 6, cpop
				people[k] = pr
			}
		}
	}
	// hand-written general-knowledge aliases (gen/groups.tsv): name, aliases
	for _, l := range hand {
		cols := strings.Split(l, "\t")
		if len(cols) < 2 {
			continue
		}
		var aliases []string
		for _, a := range strings.Split(cols[1], "|") {
			aliases = append(aliases, strings.TrimSpace(a))
		}
		if r := groups[fold(cols[0])]; r != nil {
			r.aliases = append(r.aliases, aliases...)
			continue
		}
		if r := communities[fold(cols[0])]; r != nil {
			r.aliases = append(r.aliases, aliases...)
			continue
		}
		groups[fold(cols[0])] = &outRow{kind: "group", name: cols[0], aliases: aliases, prio: 3}
	}
	for _, m := range []map[string]*outRow{groups, communities, people} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, k := range keys {
			r := m[k]
			r.id = strings.TrimPrefix(r.kind, "")[:1] + itoa(i)
			switch r.kind {
			case "person":
				g.add("people.tsv", r)
			default:
				g.add("groups.tsv", r)
			}
		}
	}
	return nil
}

// theOrdinary: "The Right", "The Front": an article and an ordinary word.
func theOrdinary(name string, g *gen) bool {
	w := strings.Fields(name)
	return len(w) == 2 && strings.EqualFold(w[0], "the") && (g.lowerFreq[fold(w[1])] || g.common[fold(w[1])])
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}

// notPlaces drops aliases that are place names ("(Northern Ireland)").
func (g *gen) notPlaces(l []string) []string {
	var out []string
	for _, a := range l {
		if f := fold(a); !g.placeFold[f] && !g.countryFold[f] {
			out = append(out, a)
		}
	}
	return out
}

var (
	acronymRE = regexp.MustCompile(`^[\p{Lu}0-9][\p{Lu}0-9&'’.\- ]*[\p{Lu}0-9.]$`)
	brRE      = regexp.MustCompile(`(?i)<br\s*/?>`)
	bracketRE = regexp.MustCompile(`\s*\[[^\]]*\]`)
)

// isAcronym: "ISIS", "PFLP-GC", "HUDA PAR", "U.S.".
func isAcronym(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 2 && len(s) <= 12 && acronymRE.MatchString(s)
}

// terrorGroups splits the factbook's "Terrorist group(s)" list: "A (ACR); B
// (X)/C" -> [A ACR] [B X] [C].
func terrorGroups(s string) [][]string {
	s = noteRE.ReplaceAllString(s, "")
	var out [][]string
	for _, item := range splitOutside(s, ";,") {
		for _, part := range splitSlash(item) {
			name, inner := cutParens(part)
			if name == "" || !properName(name) {
				continue
			}
			grp := []string{name}
			for _, a := range inner {
				if isAcronym(a) || properName(a) {
					grp = append(grp, a)
				}
			}
			out = append(out, grp)
		}
	}
	return out
}

// splitSlash splits "A (X)/B C" on '/' outside parentheses when both sides
// are names of two or more words ("Party/Front (DHKP/C)" stays whole).
func splitSlash(s string) []string {
	parts := splitOutside(s, "/")
	for _, p := range parts {
		if name, _ := cutParens(p); !strings.Contains(name, " ") {
			return []string{s}
		}
	}
	return parts
}

// splitOutside splits s on any of seps outside parentheses.
func splitOutside(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:])
}

// cutParens returns s without its parenthesised parts, and those parts
// split on ',', ';' and " or " ("(IRGC or Sepah)", "(TAF; ..., TSK)").
func cutParens(s string) (string, []string) {
	var inner []string
	for {
		i := strings.LastIndex(s, "(")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			s = s[:i]
			break
		}
		content := strings.TrimSpace(s[i+1 : i+j])
		if r := []rune(content); len(r) > 0 && unicode.IsLower(r[0]) && !strings.HasPrefix(content, "aka ") {
			content = "" // "(electoral alliance includes ...)", "(two branches)": notes
		}
		for _, a := range regexp.MustCompile(`\s*(?:[,;]|\bor\b|\baka\b)\s*`).Split(content, -1) {
			if a = strings.Trim(strings.TrimSpace(a), `"“”`); a != "" {
				inner = append(inner, a)
			}
		}
		s = s[:i] + s[i+j+1:]
	}
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " ")), inner
}

// properName: every word capitalised except small particles ("Hope
// Movement", "Hezb-e Ettehad-e Iran-e Eslami").
func properName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for i, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i > 0 && particles[strings.ToLower(strings.Split(w, "-")[0])] || i > 0 && smallWords[w] {
			continue
		}
		return false
	}
	return true
}

var smallWords = map[string]bool{"for": true, "in": true, "on": true, "to": true, "e": true, "i": true, "a": true, "des": true, "et": true}

// parties reads the factbook's "Political parties" list: one party a <br>
// line, "Name (Local name) or ACR [leader]"; bold lines are headings.
func parties(raw string) [][]string {
	var out [][]string
	for _, line := range brRE.Split(raw, -1) {
		if strings.Contains(line, "<strong>") || strings.Contains(line, "<em>") {
			continue
		}
		line = bracketRE.ReplaceAllString(clean(line), "")
		line = noteRE.ReplaceAllString(line, "")
		if line == "" || strings.HasSuffix(line, ":") {
			continue
		}
		name, inner := cutParens(line)
		var grp []string
		for i, a := range regexp.MustCompile(`\s+or\s+`).Split(name, -1) {
			a = strings.Trim(strings.TrimSpace(a), ",;")
			if i == 0 && !properName(a) && !isAcronym(a) {
				break
			}
			if properName(a) || isAcronym(a) {
				grp = append(grp, a)
			}
		}
		if len(grp) == 0 {
			continue
		}
		for _, a := range inner {
			if isAcronym(a) || properName(a) {
				grp = append(grp, a)
			}
		}
		out = append(out, grp)
	}
	return out
}

// genericForce words name a branch, not a force: "Ground Forces", "Navy".
var genericForce = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ground forces force navy naval air army defense defence command marines marine corps
	special operations national guard guards police coast border security general directorate ministry of the and for
	land aerospace cyber electronic paramilitary strategic missile missiles public internal intelligence service services
	staff federal gendarmerie military armed rocket troops presidential republican royal state forces' militia militias
	reserve reserves border coastguard fleet aviation units unit brigade brigades division regiment headquarters
	agency office department investigation protection rescue emergency civil counterterrorism counter terrorism
	interior affairs law enforcement order response territorial`) {
		genericForce[w] = true
	}
}

// forces reads "Military and security forces": force names with
// acronyms, keeping those that are not made only of generic words.
func forces(raw string) [][]string {
	var out [][]string
	text := clean(brRE.ReplaceAllString(raw, "; "))
	text = noteRE.ReplaceAllString(text, "")
	text = regexp.MustCompile(`\(\d{4}\)`).ReplaceAllString(text, "")
	for _, seg := range splitOutside(text, ";") {
		// "Ministry of Interior: A, B" -> A, B ; "Turkish Armed Forces (TAF...): ..." -> the head and the list
		head, rest, found := strings.Cut(seg, ":")
		items := []string{head}
		if found {
			items = append(items, splitTop(rest)...)
		}
		for _, it := range items {
			name, inner := cutParens(it)
			name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
			if !properName(name) || strings.HasPrefix(name, "Ministry") || allGeneric(name) || isAcronym(name) {
				continue
			}
			grp := []string{name}
			for _, a := range inner {
				if isAcronym(a) || properName(a) && !allGeneric(a) {
					grp = append(grp, a)
				}
			}
			out = append(out, grp)
		}
	}
	return out
}

// splitTop splits on ',' outside parentheses.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func allGeneric(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericForce[w] {
			return false
		}
	}
	return true
}

// dropCommunity: ethnic and religious labels that are not communities a
// news story names (colours, "other", "mixed", census categories).
var dropCommunity = map[string]bool{}

func init() {
	for _, w := range strings.Split(`white|black|asian|other|others|mixed|unspecified|none|native|indigenous|european|
	african|american|african american|amerindian|mestizo|mulatto|creole|unknown|non religious|nonreligious|atheist|
	agnostic|folk|traditional|ethnic|minority|minorities|foreign|foreigners|expatriate|expatriates|citizens|non citizens|
	local|immigrants|catholic|orthodox|protestant|evangelical|religious|christian|muslim|jewish|islamic|buddhist|hindu|
	latin|arab african|afro asian|south asian|east asian|pacific islander|caribbean|levantine|muslim 87|roman`, "|") {
		dropCommunity[strings.TrimSpace(w)] = true
	}
}

var (
	percentRE  = regexp.MustCompile(`[~<>]?\d[\d.,\-–]*\s*%?`)
	estRE      = regexp.MustCompile(`\(\s*\d{4}\s*est\.?\s*\)|\best\.`)
	commSplit  = regexp.MustCompile(`\s*(?:[,;:()/]|\band\b|\bor\b|\bincludes?\b|\bincluding\b|\bmostly\b|\bmainly\b|\bofficial\b|\bof which\b|\bsmall numbers of\b|\bsmaller percentages of\b)\s*`)
	leadingOff = regexp.MustCompile(`^(?:(?:other|some|very|small|smaller|numbers|of|the|are|is|and|largely|predominantly|majority|minority|mostly|mainly|almost|all|percent|citizens|a|an)\s+)+`)
)

// communityNames extracts capitalised labels from the ethnic-groups and
// religions texts: "Arab ~75%, Kurd ~15%, Turkmen ~5% (includes Yazidi)".
func communityNames(s string) []string {
	s = estRE.ReplaceAllString(s, "")
	s = percentRE.ReplaceAllString(s, " ")
	var out []string
	for _, p := range commSplit.Split(s, -1) {
		p = strings.TrimSpace(leadingOff.ReplaceAllString(strings.TrimSpace(p), ""))
		p = strings.Trim(p, ".-– ")
		if p == "" || strings.Count(p, " ") > 2 || !properName(p) || strings.HasSuffix(p, "-born") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// communities holds gen/communities.tsv: canonical community name (plural)
// and its variants ("Shia Muslims<TAB>Shia|Shiite|Shiites|Shi'a").
type communities struct {
	canon map[string]string // folded variant -> canonical
	vars  map[string][]string
}

func (g *gen) loadCommunities() (*communities, error) {
	c := &communities{canon: map[string]string{}, vars: map[string][]string{}}
	lines, err := readLines(filepath.Join(g.hand, "communities.tsv"))
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		cols := strings.Split(l, "\t")
		c.canon[fold(cols[0])] = cols[0]
		if len(cols) > 1 {
			for _, v := range strings.Split(cols[1], "|") {
				c.canon[fold(v)] = cols[0]
				c.vars[cols[0]] = append(c.vars[cols[0]], v)
			}
		}
	}
	return c, nil
}

// canonical names a community: the hand-written canonical form and variants
// where there are any ("Kurd" -> "Kurds"), else the factbook's label with a
// regular plural as alias ("Azeri" + "Azeris").
func (c *communities) canonical(n string) (string, []string) {
	if canon, ok := c.canon[fold(n)]; ok {
		return canon, append([]string{n}, c.vars[canon]...)
	}
	pl := plural(n)
	if canon, ok := c.canon[fold(pl)]; ok {
		return canon, append([]string{n}, c.vars[canon]...)
	}
	if pl == n {
		return n, nil
	}
	// the label as the factbook writes it; the plural as an alias
	return n, []string{pl}
}

// plural of a community noun: Kurd -> Kurds, Yazidi -> Yazidis; nouns in
// -ese, -ish, -ch, -sh, -ze, -men and multi-word names stay.
func plural(n string) string {
	if strings.Contains(n, " ") {
		return n
	}
	l := strings.ToLower(n)
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ze", "men", "s", "x", "ic", "an'"} {
		if strings.HasSuffix(l, suf) {
			return n
		}
	}
	if strings.HasSuffix(l, "y") && len(l) > 3 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])) {
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// loadTitles reads the folded titles of office and their prefixes from
// data/titles.tsv, to find where a title ends and a name begins.
func (g *gen) loadTitles() error {
	lines, err := readLines(filepath.Join(g.hand, "..", "data", "titles.tsv"))
	if err != nil {
		return err
	}
	g.titles, g.titlePre = map[string]bool{}, map[string]bool{}
	for _, l := range lines {
		cols := strings.Split(l, "\t")
		set, forms := g.titles, []string{cols[0]}
		if cols[0] == "@prefix" {
			set, forms = g.titlePre, nil
		}
		if len(cols) > 1 {
			forms = append(forms, strings.Split(cols[1], "|")...)
		}
		for _, f := range forms {
			if f = fold(f); f != "" {
				set[f] = true
			}
		}
	}
	return nil
}

// titleAt returns the end of the longest "prefix* title" at words[i:].
func (g *gen) titleAt(words []string, i int) int {
	k := i
	for k < len(words) {
		n := longestIn(g.titlePre, words, k)
		if n == k {
			break
		}
		k = n
	}
	if n := longestIn(g.titles, words, k); n > k {
		return n
	}
	return i
}

func longestIn(set map[string]bool, words []string, i int) int {
	for j := min(len(words), i+6); j > i; j-- {
		if set[fold(strings.Join(words[i:j], " "))] {
			return j
		}
	}
	return i
}

var sinceRE = regexp.MustCompile(`\s*\((?:since|acting|interim|de facto)[^)]*\)`)

// persons finds "Title Given SURNAME" in an executive-branch text. The
// factbook writes surnames in capitals: they mark where a name ends; the
// name is written in title case ("Muhammad al-BASHIR" -> "Muhammad
// al-Bashir"). Persons without a capitalised surname are skipped.
func (g *gen) persons(s string) []*outRow {
	s = noteRE.ReplaceAllString(s, "")
	var out []*outRow
	// protect initials ("Donald J. TRUMP") from the sentence split
	s = initialDotRE.ReplaceAllString(sinceRE.ReplaceAllString(s, ""), "$1\x00")
	for _, seg := range regexp.MustCompile(`[;.]\s+|\s+\(`).Split(s, -1) {
		words := strings.Fields(strings.ReplaceAll(seg, "\x00", "."))
		for i := 0; i < len(words); i++ {
			tEnd := g.titleAt(words, i)
			// chained titles: "Crown Prince and Prime Minister"
			for tEnd > i && tEnd+1 < len(words) && words[tEnd] == "and" {
				n := g.titleAt(words, tEnd+1)
				if n == tEnd+1 {
					break
				}
				tEnd = n
			}
			title := strings.Join(words[i:tEnd], " ")
			if title == "" && i > 0 {
				continue
			}
			// the name: capitalised words and particles, the surname in capitals
			j, lastCaps := tEnd, -1
			for ; j < len(words); j++ {
				w := strings.TrimRight(words[j], ",")
				r := []rune(w)
				if len(r) == 0 || !(unicode.IsUpper(r[0]) || particles[strings.ToLower(strings.Split(w, "-")[0])]) {
					break
				}
				if capsWord(w) {
					lastCaps = j
				}
				if strings.HasSuffix(words[j], ",") {
					j++
					break
				}
			}
			if lastCaps < 0 || tEnd >= len(words) || !unicode.IsUpper([]rune(words[tEnd])[0]) {
				continue
			}
			name := personName(strings.Join(words[tEnd:j], " "))
			short := personName(strings.Join(words[tEnd:lastCaps+1], " "))
			if !strings.Contains(short, " ") && title == "" || letters(short) < 4 {
				continue
			}
			r := &outRow{kind: "person", name: name, title: title}
			if short != name && strings.Contains(short, " ") {
				r.aliases = append(r.aliases, short)
			}
			// without a patronymic: "Vladimir Vladimirovich Putin" -> "Vladimir Putin"
			if w := strings.Fields(short); len(w) == 3 && patronymicRE.MatchString(w[1]) {
				r.aliases = append(r.aliases, w[0]+" "+w[2])
			}
			// without middle initials: "Donald J. Trump" -> "Donald Trump"
			if noInit := initialRE.ReplaceAllString(short, " "); noInit != short {
				r.aliases = append(r.aliases, noInit)
			}
			// the form news writes is the name ("Donald Trump", "Vladimir
			// Putin"); the factbook's full form stays an alias
			if n := len(r.aliases); n > 0 && (initialRE.MatchString(short) || strings.Count(short, " ") == 2 && patronymicRE.MatchString(strings.Fields(short)[1])) {
				r.name, r.aliases[n-1] = r.aliases[n-1], r.name
			}
			out = append(out, r)
			i = j - 1
		}
	}
	return out
}

var patronymicRE = regexp.MustCompile(`(?:ovich|evich|ich|ovna|evna|ichna|yevich)$`)

var initialDotRE = regexp.MustCompile(`\b(\p{Lu})\.`)

var initialRE = regexp.MustCompile(`\s\p{Lu}\.\s`)

// capsWord: "BASHIR", "al-ASAD", "Hoseini-KHAMENEI", "III".
func capsWord(w string) bool {
	parts := strings.Split(strings.Trim(w, ",.'’"), "-")
	last := parts[len(parts)-1]
	up := 0
	for _, r := range last {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up >= 2
}

// personName writes the factbook's capitalised surnames in title case.
func personName(s string) string {
	words := strings.Fields(strings.Trim(s, ", "))
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if capsWord(p) && !romanRE.MatchString(p) {
				parts[j] = titleCase(p)
				if (j > 0 || i > 0) && particles[strings.ToLower(p)] {
					parts[j] = strings.ToLower(p)
				}
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

var romanRE = regexp.MustCompile(`^[IVX]+$`)
