package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// orgs adds the supraverden international organisations: English name,
// abbreviation, other and former names and abbreviations.
func (g *gen) orgs() error {
	b, err := os.ReadFile(filepath.Join(g.data, "supraverden-intl-orgs", "data", "general_list.yaml"))
	if err != nil {
		return err
	}
	var m map[string]map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("general_list.yaml: %w", err)
	}
	g.handOrgs = map[string][]string{}
	hl, err := readLines(filepath.Join(g.hand, "orgs.tsv"))
	if err != nil {
		return err
	}
	for _, l := range hl {
		name, aliases, _ := strings.Cut(l, "\t")
		g.handOrgs[fold(name)] = append(g.handOrgs[fold(name)], strings.Split(aliases, "|")...)
	}
	fields := []string{"Abbreviation_en", "Name_other_en", "Name_other_1_en", "Name_other_2_en", "Name_other_3_en",
		"Name_other_4_en", "Name_former_en", "Abbreviation_other_en", "Abbreviation_former_en"}
	for k, o := range m {
		name := str(o["Name_en"])
		if name == "" {
			name = k
		}
		r := &outRow{kind: "org", name: name, prio: 2, id: str(o["Wikidata_code"])}
		for _, f := range fields {
			for _, a := range strs(o[f]) {
				// all-caps acronyms stay even if common words ("WHO"): they
				// match only in capitals
				if a != "" && latin(a) && (!g.common[fold(a)] || isAcronym(a) && strings.ToUpper(a) == a) {
					r.aliases = append(r.aliases, a)
				}
			}
		}
		// "United Nations Security Council" is also the "Security Council"
		for _, pre := range []string{"United Nations ", "UN "} {
			if rest, ok := strings.CutPrefix(name, pre); ok && strings.Contains(rest, " ") && !strings.HasPrefix(rest, "for ") && !strings.HasPrefix(rest, "of ") {
				r.aliases = append(r.aliases, rest, "UN "+rest, "U.N. "+rest)
			}
		}
		r.aliases = append(r.aliases, g.handOrgs[fold(name)]...)
		if k != name {
			r.aliases = append(r.aliases, k)
		}
		// British and American spellings: "North Atlantic Treaty Organisation"
		for _, a := range append([]string{name}, r.aliases...) {
			if v := spellingVariant(a); v != a {
				r.aliases = append(r.aliases, v)
			}
		}
		g.add("orgs.tsv", r)
	}
	return nil
}

var spellings = strings.NewReplacer("Organisation", "Organization", "Organization", "Organisation",
	"Defence", "Defense", "Defense", "Defence", "Programme", "Program", "Centre", "Center", "Center", "Centre")

func spellingVariant(s string) string { return spellings.Replace(s) }

func str(v any) string {
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	if s == "null" || strings.HasPrefix(s, "[") {
		return ""
	}
	return s
}

func strs(v any) []string {
	switch t := v.(type) {
	case string:
		if s := str(t); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range t {
			if s := str(x); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// abbrevs expands Natural Earth's label abbreviations.
var abbrevs = []struct {
	re  *regexp.Regexp
	rep string
}{
	{regexp.MustCompile(`\bI\.$`), "Island"},
	{regexp.MustCompile(`\bIs\.$`), "Islands"},
	{regexp.MustCompile(`^Mt\.\s`), "Mount "},
	{regexp.MustCompile(`^Mts\.\s`), "Mountains "},
	{regexp.MustCompile(`\bMts\.$`), "Mountains"},
	{regexp.MustCompile(`\bPk\.$`), "Peak"},
	{regexp.MustCompile(`\bPen\.$`), "Peninsula"},
	{regexp.MustCompile(`\bPlat\.$`), "Plateau"},
	{regexp.MustCompile(`^C\.\s`), "Cape "},
	{regexp.MustCompile(`^G\.\s`), "Gulf "},
	{regexp.MustCompile(`^N\.\s`), "North "},
	{regexp.MustCompile(`^S\.\s`), "South "},
	{regexp.MustCompile(`^Fr\.\s`), "French "},
	{regexp.MustCompile(`\bSt\.\s`), "Saint "},
}

// neName cleans a Natural Earth label: expands abbreviations, fixes
// ALL-CAPS ocean names, collapses spaces.
func neName(s string) string {
	s = strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
	if s == "" {
		return ""
	}
	for _, a := range abbrevs {
		s = a.re.ReplaceAllString(s, a.rep)
	}
	if strings.ToUpper(s) == s {
		s = titleCase(s)
	}
	if strings.ContainsAny(s, "()?0123456789") || strings.HasSuffix(s, ".") {
		return ""
	}
	return s
}

// titleCase turns "NORTH ATLANTIC OCEAN" into "North Atlantic Ocean",
// keeping small words and Arabic particles lower case ("al-Bashir").
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			lp := strings.ToLower(p)
			if (i > 0 || j > 0 || len(parts) > 1 && j == 0) && particles[lp] {
				parts[j] = lp
				continue
			}
			rs := []rune(lp)
			if len(rs) > 0 {
				rs[0] = []rune(strings.ToUpper(string(rs[0])))[0]
				// O'Neill, D'Souza
				if len(rs) > 2 && (rs[1] == '\'' || rs[1] == '’') {
					rs[2] = []rune(strings.ToUpper(string(rs[2])))[0]
				}
			}
			parts[j] = string(rs)
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

var particles = map[string]bool{"of": true, "the": true, "and": true, "al": true, "el": true, "bin": true, "bint": true,
	"ibn": true, "de": true, "da": true, "du": true, "di": true, "del": true, "der": true, "van": true, "von": true,
	"la": true, "le": true, "ad": true, "as": true, "ash": true, "ar": true, "az": true, "an": true, "at": true,
	"y": true, "dos": true, "das": true}

// regions adds Natural Earth physical regions, region and elevation points,
// marine areas and disputed areas (names only).
func (g *gen) regions() error {
	type feat struct {
		Properties map[string]any `json:"properties"`
	}
	files := []struct {
		path  string
		names []string
	}{
		{"10m/physical/ne_10m_geography_regions_polys.json", []string{"name", "namealt"}},
		{"10m/physical/ne_10m_geography_regions_points.json", []string{"name", "name_alt"}},
		{"10m/physical/ne_10m_geography_regions_elevation_points.json", []string{"name", "name_alt"}},
		{"10m/physical/ne_10m_geography_marine_polys.json", []string{"name", "namealt"}},
		{"10m/cultural/ne_10m_admin_0_disputed_areas.json", []string{"BRK_NAME", "NAME_LONG"}},
	}
	byName := map[string]*outRow{}
	g.regionFold = map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(g.data, "natural-earth", f.path))
		if err != nil {
			return err
		}
		var fc struct {
			Features []feat `json:"features"`
		}
		if err := json.Unmarshal(b, &fc); err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		for _, ft := range fc.Features {
			name := neName(str(ft.Properties[f.names[0]]))
			if name == "" || letters(name) <= 3 || g.ordinary(name) || !latin(name) {
				continue
			}
			if g.countryFold[fold(name)] || g.placeFold[fold(name)] {
				continue // "India" as a claim area is the country; "Crimea" is an admin1
			}
			var aliases []string
			for _, a := range strings.Split(str(ft.Properties[f.names[1]]), "/") {
				if a = neName(a); a != "" && letters(a) > 3 && !g.ordinary(a) && latin(a) && !g.countryFold[fold(a)] {
					aliases = append(aliases, a)
				}
			}
			k := fold(name)
			if r := byName[k]; r != nil {
				r.aliases = append(r.aliases, aliases...)
				continue
			}
			r := &outRow{kind: "region", name: name, aliases: aliases, prio: 30, id: fmt.Sprint(len(byName))}
			byName[k] = r
			g.regionFold[k] = true
		}
	}
	// factbook entities that are no country of GeoNames: West Bank, Gaza
	// Strip, Spratly Islands, oceans...
	codes := make([]string, 0, len(g.factbook))
	for c := range g.factbook {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		if g.byFIPS[c] != nil {
			continue
		}
		p := g.factbook[c]
		var names []string
		for _, f := range []string{"conventional short form", "conventional long form"} {
			names = append(names, splitNames(noteRE.ReplaceAllString(get(p, "Government", "Country name", f), ""))...)
		}
		if len(names) == 0 {
			continue
		}
		var keep []string
		for _, n := range names {
			if letters(n) > 3 && latin(n) && !g.countryFold[fold(n)] && !g.placeFold[fold(n)] {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			continue
		}
		// "Gaza, Gaza Strip": the longest form is the name
		sort.SliceStable(keep, func(a, b int) bool { return len(keep[a]) > len(keep[b]) })
		k := fold(keep[0])
		if r := byName[k]; r != nil {
			r.aliases = append(r.aliases, keep[1:]...)
			continue
		}
		byName[k] = &outRow{kind: "region", name: keep[0], aliases: keep[1:], prio: 29}
	}
	// hand-written regions of general knowledge that the sources lack
	hl, err := readLines(filepath.Join(g.hand, "regions.tsv"))
	if err != nil {
		return err
	}
	for _, l := range hl {
		name, aliases, _ := strings.Cut(l, "\t")
		k := fold(name)
		var al []string
		for _, a := range strings.Split(aliases, "|") {
			if a = strings.TrimSpace(a); a != "" {
				al = append(al, a)
			}
		}
		if r := byName[k]; r != nil {
			r.aliases = append(r.aliases, al...)
			continue
		}
		byName[k] = &outRow{kind: "region", name: name, aliases: al, prio: 28}
		g.regionFold[k] = true
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		byName[k].id = fmt.Sprint(i)
		g.add("regions.tsv", byName[k])
	}
	return nil
}
