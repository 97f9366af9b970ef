package mention

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/rules.txt
var rulesData string

// wordLists are the finder's word lists (data/rules.txt), lower-cased.
type wordLists struct {
	cueAfter, orgHead, orgConnector, placeHead, placeFirst, placeAfter                                                                                                                                              map[string]bool
	notEntityHead, notName, particle, particlePrefix, honorific, govNoun, govModifier                                                                                                                               map[string]bool
	armyNoun, forceNoun, unitHead, armedAdjective, armedBody, loyalNoun, loyalFighters, speechVerb, notAcronym, placeNoun, communityNoun, personVerb, direction, genericOrg, dispensableHead, objectVerb, cueBefore map[string]bool
	groupOf, placeEvent, appositiveGroup, notEntityFirst, nameTitle, hyphenParticle, religion, featureAfter, placeOf                                                                                                map[string]bool
	personNounAfter, describedNoun, leadWord, orgFirst, building, atPlace, placeCueAfter, stateBody                                                                                                                 map[string]bool
	capitalBody                                                                                                                                                                                                     map[string]string
	orgSuffix                                                                                                                                                                                                       []string
	govGeneric                                                                                                                                                                                                      [][]string
}

var (
	listsOnce sync.Once
	lists     *wordLists
)

// words returns the parsed word lists; they are parsed once.
func words() *wordLists {
	listsOnce.Do(func() { lists = parseLists(rulesData) })
	return lists
}

func parseLists(data string) *wordLists {
	sections := map[string][]string{}
	cur := ""
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = line[1 : len(line)-1]
			continue
		}
		if cur == "capital-body" {
			sections[cur] = append(sections[cur], line)
			continue
		}
		if cur == "gov-generic" {
			sections[cur] = append(sections[cur], strings.Split(line, "|")...)
			continue
		}
		sections[cur] = append(sections[cur], strings.Fields(line)...)
	}
	set := func(name string) map[string]bool {
		m := map[string]bool{}
		for _, w := range sections[name] {
			m[strings.ToLower(strings.ReplaceAll(w, "-", " "))] = true
		}
		return m
	}
	l := &wordLists{
		cueAfter: set("cue-after"), orgHead: set("org-head"), orgConnector: set("org-connector"),
		placeHead: set("place-head"), placeFirst: set("place-first"), placeAfter: set("place-after"),
		notEntityHead: set("not-entity-head"), notName: set("not-name"), particle: set("particle"), particlePrefix: set("particle-prefix"),
		honorific: set("honorific"), govNoun: set("gov-noun"), govModifier: set("gov-modifier"),
		armyNoun: set("army-noun"), forceNoun: set("force-noun"), unitHead: set("unit-head"), armedAdjective: set("armed-adjective"), armedBody: set("armed-body"), loyalNoun: set("loyal-noun"), loyalFighters: set("loyal-fighters"),
		speechVerb: set("speech-verb"), notAcronym: set("not-acronym"), placeNoun: set("place-noun"), communityNoun: set("community-noun"), personVerb: set("person-verb"), direction: set("direction"), genericOrg: set("generic-org"), dispensableHead: set("dispensable-head"), objectVerb: set("object-verb"), cueBefore: set("cue-before"),
		groupOf: set("group-of"), placeEvent: set("place-event"), appositiveGroup: set("appositive-group"), notEntityFirst: set("not-entity-first"),
		nameTitle: set("name-title"), hyphenParticle: set("hyphen-particle"), religion: set("religion"),
	}
	l.featureAfter = set("feature-after")
	l.placeOf = set("place-of")
	l.personNounAfter = set("person-noun-after")
	l.describedNoun = set("described-noun")
	l.leadWord = set("lead-word")
	l.orgFirst = set("org-first")
	l.stateBody = set("state-body")
	l.building = set("building")
	l.atPlace = set("at-place")
	l.placeCueAfter = set("place-cue-after")
	l.capitalBody = map[string]string{}
	for _, p := range sections["capital-body"] {
		if a, b, ok := strings.Cut(p, "|"); ok {
			l.capitalBody[strings.ToLower(strings.TrimSpace(a))] = strings.TrimSpace(b)
		}
	}
	l.orgSuffix = sections["org-suffix"]
	for w := range l.featureAfter {
		l.placeAfter[w] = true
	}
	for _, p := range sections["gov-generic"] {
		l.govGeneric = append(l.govGeneric, strings.Fields(strings.ToLower(p)))
	}
	return l
}
