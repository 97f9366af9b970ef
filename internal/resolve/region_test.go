package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// A one-word province of a country the text never names, before a
// lower-case noun, is an adjective of a wider region, not the province.
func TestForeignRegions(t *testing.T) {
	tests := []struct {
		name, text, mention, key string // the key of the entity named mention; "" for none
	}{
		{"region adjective, its country unnamed",
			"The Balkan envoys met in Vienna on Monday.", "Balkan", ""},
		{"province of a country the text names",
			"Officials in Ashgabat said Balkan province had floods.", "Balkan", "place:balkan"},
		{"a sea's name of two words stays",
			"Insurers raised Red Sea shipping premiums again.", "Red Sea", "place:red-sea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, de := resolveText(tt.text)
			got := ""
			for _, e := range de.Entities {
				if e.Name == tt.mention {
					got = e.Key
				}
			}
			if got != tt.key {
				t.Errorf("%q -> key %q, want %q; entities:%s", tt.mention, got, tt.key, dump(de))
			}
		})
	}
}

// "the reef, which A calls X and B calls Y": X and Y are the reef's other
// names; a name the table knows stays its own.
func TestPlaceCalls(t *testing.T) {
	tests := []struct {
		name, text, alias, want string // want: the entity the alias is in
	}{
		{"first side's name",
			"Chinese ships blocked a supply run to Mischief Reef on Monday. The talks covered the reef, which Manila calls Panganiban and Beijing calls Meiji Jiao.",
			"Panganiban", "Mischief Reef"},
		{"second side's name, shaped like a person's",
			"Chinese ships blocked a supply run to Mischief Reef on Monday. The talks covered the reef, which Manila calls Panganiban and Beijing calls Meiji Jiao.",
			"Meiji Jiao", "Mischief Reef"},
		{"no earlier place ending in the noun",
			"Ships sailed past the island, which Hanoi calls Namyit Kecil, on Monday.",
			"Namyit Kecil", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			got := ""
			for i, m := range ms {
				if e := de.MentionEntity[i]; m.Text == tt.alias && e >= 0 && de.Entities[e].Name != tt.alias {
					got = de.Entities[e].Name
				}
			}
			if got != tt.want {
				t.Errorf("%q is in %q, want %q; entities:%s", tt.alias, got, tt.want, dump(de))
			}
		})
	}
}

// A ship named after a person ("the carrier Charles de Gaulle") is a
// body of its navy, no person.
func TestShipNames(t *testing.T) {
	tests := []struct {
		name, text, ship string
		want             mention.Type
	}{
		{"carrier", "The French carrier Charles de Gaulle sailed for the eastern Mediterranean.", "Charles de Gaulle", mention.Group},
		{"USS prefix", "Drones were fired at the destroyer USS Thomas Hudner overnight.", "Thomas Hudner", mention.Group},
		{"a person after a verb stays a person", "Sailors cheered when Charles Moreau arrived.", "Charles Moreau", mention.Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			var got mention.Type
			for i, m := range ms {
				if e := de.MentionEntity[i]; e >= 0 && strings.Contains(m.Text, tt.ship) {
					got = de.Entities[e].Type
				}
			}
			if got != tt.want {
				t.Errorf("%q typed %q, want %q; entities:%s", tt.ship, got, tt.want, dump(de))
			}
		})
	}
}
