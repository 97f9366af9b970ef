package mention

import (
	"strings"
	"testing"
)

// qualityCase is a sentence with the mentions it must and must not give.
type qualityCase struct {
	name string
	text string
	want []want
	not  []string
}

func checkCases(t *testing.T, tests []qualityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := find(tt.text)
			for _, w := range tt.want {
				ok := false
				for _, m := range ms {
					if m.Text == w.text && (w.typ == "" || m.Type == w.typ) && strings.HasPrefix(m.Key, w.key) &&
						(w.title == "" || m.Attrs[AttrTitle] == w.title) && (w.canon == "" || m.Canonical == w.canon) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("want %+v; got:%s", w, describe(ms))
				}
			}
			for _, m := range ms {
				if m.Text == "DPK" && m.Key != "" {
					t.Errorf("DPK keyed %q, want the text's own definition", m.Key)
				}
			}
			for _, n := range tt.not {
				for _, m := range ms {
					if m.Text == n {
						t.Errorf("%q must not be a mention; got:%s", n, describe(ms))
					}
				}
			}
		})
	}
}

// Long names run on through of/for/in/and when the acronym after them
// spells them; the acronym a text defines wins over the table's.
func TestLongNamesBeforeAcronyms(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "mission in a country",
			text: "Troops of the African Union Transition Mission in Somalia (ATMIS) left the base.",
			want: []want{{text: "African Union Transition Mission in Somalia", typ: Group}, {text: "ATMIS"}},
			not:  []string{"Somalia", "African Union Transition Mission"}},
		{name: "acronym in another word order",
			text: "The Allied Democratic Forces for the Liberation of Uganda (ADFLU) attacked a village.",
			want: []want{{text: "Allied Democratic Forces for the Liberation of Uganda", typ: Group}},
			not:  []string{"Uganda", "Allied Democratic Forces for the Liberation"}},
		{name: "dotted initials open the name",
			text: "Officials of the U.N. Assistance Mission in Afghanistan (UNAMA) said talks would resume.",
			want: []want{{text: "U.N. Assistance Mission in Afghanistan", typ: Group}, {text: "UNAMA"}}},
		{name: "a border line is a place",
			text: "Soldiers crossed the Line of Actual Control (LAC) near the pass.",
			want: []want{{text: "Line of Actual Control", typ: Place}, {text: "LAC"}},
			not:  []string{"Line", "Actual Control"}},
		{name: "mixed-case acronym",
			text: "Shelling resumed along the Line of Contact (LoC) in the east.",
			want: []want{{text: "Line of Contact", typ: Place}, {text: "LoC"}}},
		{name: "hyphenated acronym, used again",
			text: "Rebels of the Strategic Council for the Defence of the People of Kivu (CSD-DPK) withdrew. The CSD-DPK said so.",
			want: []want{{text: "Strategic Council for the Defence of the People of Kivu", typ: Group}, {text: "CSD-DPK", typ: Group}},
			not:  []string{"People", "CSD", "DPK"}},
		{name: "a table's name opens a longer one",
			text: "Rebels of the Patriotic Front for the Liberation of Kivu (FPLK) attacked.",
			want: []want{{text: "Patriotic Front for the Liberation of Kivu", typ: Group}},
			not:  []string{"Patriotic Front"}},
		{name: "foreign acronym after a head word",
			text: "Fighters of the Group for the Defence of Faith and Believers (JDFM) ambushed a convoy.",
			want: []want{{text: "Group for the Defence of Faith and Believers", typ: Group}}},
		{name: "no acronym, no long name",
			text: "The Rapid Support Forces in Darfur (RSF) denied it.",
			want: []want{{text: "Rapid Support Forces", typ: Group}},
			not:  []string{"Rapid Support Forces in Darfur"}},
		{name: "an army's acronym",
			text: "Fighters clashed with the Kenyan army (KDF) near the border.",
			want: []want{{text: "Kenyan army", typ: Group, key: "group:army-of-kenya"}, {text: "KDF"}}},
		{name: "defined acronym beats the table's (DPK is a Korean party there)",
			text: "The Democratic Party of Kivu (DPK) boycotted the vote. Leaders of the DPK said it was rigged.",
			want: []want{{text: "Democratic Party of Kivu", typ: Group}, {text: "DPK", typ: Group}}},
	})
}

func TestSpells(t *testing.T) {
	tests := []struct {
		acr  string
		name string
		want bool
	}{
		{"UNAMA", "U.N. Assistance Mission in Afghanistan", true},
		{"FDLU", "Democratic Forces for the Liberation of Uganda", true},
		{"ATMIS", "African Union Transition Mission in Somalia", true},
		{"LoC", "Line of Contact", true},
		{"RSF", "Rapid Support Forces in Darfur", false},
		{"JNIM", "Group for the Defence of Faith", false},
		{"EU", "Uganda", false},
	}
	for _, tt := range tests {
		if got := spells(tt.acr, strings.Fields(tt.name)); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}
