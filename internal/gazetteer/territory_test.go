package gazetteer

import "testing"

// Dependencies and territories of unsettled status are places; a capital
// or another country's name is no alias of a country.
func TestTerritoriesAndCapitals(t *testing.T) {
	g := Default()
	tests := []struct {
		name, typ, notKey string
	}{
		{"Hong Kong", "place", ""},
		{"Western Sahara", "place", "country:morocco"},
		{"Gibraltar", "place", ""},
		{"Quito", "place", "country:ecuador"},
		{"Tunis", "place", "country:tunisia"},
		{"Morocco", "country", ""},
	}
	for _, tt := range tests {
		es := g.Lookup(tt.name)
		if len(es) == 0 {
			t.Errorf("%s: not in the table", tt.name)
			continue
		}
		if es[0].Type != tt.typ {
			t.Errorf("%s: first entry %s (%s), want a %s", tt.name, es[0].Key, es[0].Type, tt.typ)
		}
		for _, e := range es {
			if tt.notKey != "" && e.Key == tt.notKey {
				t.Errorf("%s: still an alias of %s", tt.name, e.Key)
			}
		}
	}
}
