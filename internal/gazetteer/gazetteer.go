// Package gazetteer holds newsgraph's general world knowledge as embedded
// tables generated from public sources (see NOTICE): countries with their
// names, abbreviations, demonyms and capitals; world cities; first-level
// subdivisions; physical regions; international organisations; groups named
// in the sources (armed groups, parties, forces, ethnic and religious
// communities); heads of state and government; titles of office.
//
// API CONTRACT (stub written by the coordinator; the gazetteer owner fills in
// the implementation and may extend it, but keeps these signatures).
package gazetteer

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
}

// Gazetteer answers name look-ups. It is safe for concurrent use.
type Gazetteer struct{}

// Default returns the embedded tables, parsed once.
func Default() *Gazetteer { return &Gazetteer{} }

// Load returns the embedded tables plus the user's extra files.
func Load(extra ...string) (*Gazetteer, error) { return Default(), nil }

// Lookup returns the entries whose name folds (textnorm.Fold) to the same
// key as name, best first.
func (g *Gazetteer) Lookup(name string) []Entry { return nil }

// LongestMatch returns the entries of the longest known name that starts at
// words[i], and how many words it covers (0 when none).
func (g *Gazetteer) LongestMatch(words []string, i int) ([]Entry, int) { return nil, 0 }

// Title returns the title of office that starts at words[i] ("Foreign
// Minister", "President", "spokesman") and how many words it covers.
func (g *Gazetteer) Title(words []string, i int) (string, int) { return "", 0 }
