package resolve

import "testing"

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
