package gazetteer

import (
	"strings"
	"testing"
)

func first(es []Entry) Entry {
	if len(es) == 0 {
		return Entry{}
	}
	return es[0]
}

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		name, key string
		kind      Kind
	}{
		{"Syria", "country:syria", KindCountry},
		{"Syrian", "country:syria", KindDemonym},
		{"Syrians", "country:syria", KindDemonym},
		{"Türkiye", "country:turkey", KindCountry},
		{"Turkiye", "country:turkey", KindCountry},
		{"Turkish", "country:turkey", KindDemonym},
		{"Turks", "country:turkey", KindDemonym},
		{"U.S.", "country:united-states", KindCountry},
		{"US", "country:united-states", KindCountry},
		{"America", "country:united-states", KindCountry},
		{"UK", "country:united-kingdom", KindCountry},
		{"Britain", "country:united-kingdom", KindCountry},
		{"British", "country:united-kingdom", KindDemonym},
		{"UAE", "country:united-arab-emirates", KindCountry},
		{"Emirati", "country:united-arab-emirates", KindDemonym},
		{"Côte d'Ivoire", "country:ivory-coast", KindCountry},
		{"Damascus", "place:damascus", KindCity},
		{"Beirut", "place:beirut", KindCity},
		{"Ankara", "place:ankara", KindCity},
		{"Aleppo", "place:aleppo", KindCity},
		{"São Paulo", "place:sao-paulo", KindCity},
		{"Sao Paulo", "place:sao-paulo", KindCity},
		{"Georgia", "country:georgia", KindCountry},
		{"Lebanon", "country:lebanon", KindCountry},
		{"Idlib", "place:idlib", KindCity},
		{"Bavaria", "place:bavaria", KindAdmin1},
		{"Turkey", "country:turkey", KindCountry},
	}
	for _, tt := range tests {
		got := first(g.Lookup(tt.name))
		if got.Key != tt.key || got.Kind != tt.kind {
			t.Errorf("Lookup(%q) = %q %s, want %q %s (all: %v)", tt.name, got.Key, got.Kind, tt.key, tt.kind, g.Lookup(tt.name))
		}
	}
}

func TestNoMatch(t *testing.T) {
	g := Default()
	for _, w := range []string{"us", "Us", "un", "most", "Most", "nice", "of", "Of", "police", "turkey", "the", "split"} {
		if es := g.Lookup(w); len(es) > 0 {
			t.Errorf("Lookup(%q) = %v, want none", w, es)
		}
	}
	for _, w := range []string{"most", "police", "nice", "split"} {
		if !g.IsStopword(w) {
			t.Errorf("IsStopword(%q) = false", w)
		}
	}
}

func TestCapital(t *testing.T) {
	g := Default()
	e := first(g.Lookup("Damascus"))
	if !e.Capital || e.Country != "country:syria" || e.Type != "place" {
		t.Errorf("Damascus = %+v", e)
	}
}

func TestLongestMatch(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		i    int
		key  string
		n    int
	}{
		{"the United States said", 1, "country:united-states", 2},
		{"in United Arab Emirates .", 1, "country:united-arab-emirates", 3},
		{"Syria 's army", 0, "country:syria", 1},
		{"Syria's army", 0, "country:syria", 1},
		{"the U.S .", 1, "country:united-states", 1},
		{"the us", 1, "", 0},
		{"went to New York City", 2, "place:new-york-city", 3},
		{"Most people", 0, "", 0},
		{"Turkish troops", 0, "country:turkey", 1},
	}
	for _, tt := range tests {
		es, n := g.LongestMatch(strings.Fields(tt.text), tt.i)
		if first(es).Key != tt.key || n != tt.n {
			t.Errorf("LongestMatch(%q, %d) = %q %d, want %q %d", tt.text, tt.i, first(es).Key, n, tt.key, tt.n)
		}
	}
}

func TestTitle(t *testing.T) {
	g := Default()
	tests := []struct {
		text, title string
		n           int
	}{
		{"Foreign Minister Sergey", "Foreign Minister", 2},
		{"foreign minister", "Foreign Minister", 2},
		{"Minister of Foreign Affairs X", "Foreign Minister", 4},
		{"Defense Minister X", "Defence Minister", 2},
		{"President X", "President", 1},
		{"Deputy Prime Minister X", "Deputy Prime Minister", 3},
		{"spokesman for", "Spokesperson", 1},
		{"UN Secretary-General", "", 0},
		{"Crown Prince Mohammed", "Crown Prince", 2},
		{"the president", "", 0},
	}
	for _, tt := range tests {
		got, n := g.Title(strings.Fields(tt.text), 0)
		if got != tt.title || n != tt.n {
			t.Errorf("Title(%q) = %q %d, want %q %d", tt.text, got, n, tt.title, tt.n)
		}
	}
}
