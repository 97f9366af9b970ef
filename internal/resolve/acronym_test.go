package resolve

import (
	"slices"
	"strings"
	"testing"
)

// Acronyms the text defines join their long form, whatever the gazetteer
// knows by the same letters, in any of the shapes texts write them.
func TestDefinedAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		mention    string // its last occurrence after `after`
		after      string
		entity     string
	}{
		{"mixed-case acronym",
			"Shelling resumed along the Line of Contact (LoC) in the east. Troops on both sides of the LoC were pulled back.",
			"LoC", "Troops", "Line of Contact"},
		{"hyphenated acronym",
			"Rebels of the Strategic Council for the Defence of the People of Kivu (CSD-DPK) withdrew. The CSD-DPK said so.",
			"CSD-DPK", "withdrew", "Strategic Council for the Defence of the People of Kivu"},
		{"the text's definition beats the table's",
			"The Democratic Party of Kivu (DPK) boycotted the vote. Leaders of the DPK said it was rigged.",
			"DPK", "Leaders", "Democratic Party of Kivu"},
		{"an army's acronym",
			"Fighters clashed with the Kenyan army (KDF) near the border. Later the KDF said two soldiers died.",
			"KDF", "Later", "Kenyan army"},
		{"long name through 'in'",
			"Officials of the U.N. Assistance Mission in Afghanistan (UNAMA) met elders. UNAMA said the talks would resume.",
			"UNAMA", "elders", "U.N. Assistance Mission in Afghanistan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			from := strings.Index(tt.text, tt.after)
			if got := entityOf(ms, de, tt.mention, from); got != tt.entity {
				t.Errorf("%q -> %q, want %q; entities:%s", tt.mention, got, tt.entity, dump(de))
			}
		})
	}
}

func TestIsAcronymText(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"RSF", true}, {"U.N.", true}, {"LoC", true}, {"FAMa", true}, {"CSP-DPA", true},
		{"McDonald", false}, {"Kenya", false}, {"A", false}, {"-AB", false}, {"al-Qaeda", false},
	}
	for _, tt := range tests {
		if got := isAcronymText(tt.s); got != tt.want {
			t.Errorf("isAcronymText(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A text that names a body only by an acronym another text defined means
// that body, not the table's body of the same letters (DPK is a Korean
// party in the gazetteer).
func TestCrossDocumentDefinedAcronym(t *testing.T) {
	ents := buildIndex([]string{
		"The Democratic Party of Kivu (DPK) boycotted the vote in Goma.",
		"Police in Bukavu arrested three DPK officials on Friday.",
	})
	for _, e := range ents {
		if strings.Contains(e.Name, "Korea") {
			t.Errorf("DPK went to the table's %q (%s)", e.Name, e.Key)
		}
		if e.Name == "Democratic Party of Kivu" && !slices.Contains(e.Aliases, "DPK") {
			t.Errorf("Democratic Party of Kivu has aliases %v, want DPK", e.Aliases)
		}
	}
}

// An undefined acronym joins the one long name its letters spell.
func TestAcronymLetters(t *testing.T) {
	tests := []struct {
		name, text, mention, after, entity string
	}{
		{"letters in another order",
			"The Democratic Forces for the Liberation of Kivu retook Sake. The FDLK said ten soldiers died.",
			"FDLK", "Sake", "Democratic Forces for the Liberation of Kivu"},
		{"two candidates: no merge",
			"The Front for Democracy in Kivu and the Kivu Democratic Front held talks. The FDK said nothing.",
			"FDK", "talks", "FDK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, de := resolveText(tt.text)
			if got := entityOf(ms, de, tt.mention, strings.Index(tt.text, tt.after)); got != tt.entity {
				t.Errorf("%q -> %q, want %q; entities:%s", tt.mention, got, tt.entity, dump(de))
			}
		})
	}
}
