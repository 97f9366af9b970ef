package mention

import (
	"strings"
	"testing"
)

// Names written with a regnal numeral or a hyphenated given name stay whole;
// compound adjectives after a name do not.
func TestWholeNames(t *testing.T) {
	tests := []struct {
		text string
		want []want
		not  []string
	}{
		{text: "King Letsie III received the envoy in Maseru on Sunday.",
			want: []want{{text: "Letsie III", typ: Person}}, not: []string{"Letsie"}},
		{text: "Pope Leo XIV spoke to pilgrims about the war.",
			want: []want{{text: "Leo XIV", typ: Person}}, not: []string{"Leo"}},
		{text: "South Korean President Lee Jae-myung flew to Tokyo.",
			want: []want{{text: "Lee Jae-myung", typ: Person}}, not: []string{"Lee Jae"}},
		{text: "The talks in Pyongyang were chaired by Kim Yo-jong, officials said.",
			want: []want{{text: "Kim Yo-jong", typ: Person}}, not: []string{"Kim Yo"}},
		{text: "A Saudi-led coalition and Iran-backed fighters clashed near the port.",
			not: []string{"Saudi-led", "Iran-backed"}},
		{text: "I met them, said Daniel Ortega-Reyes, and I left.",
			not: []string{"I"}},
	}
	for _, tt := range tests {
		ms := find(tt.text)
		for _, w := range tt.want {
			ok := false
			for _, m := range ms {
				if m.Text == w.text && (w.typ == "" || m.Type == w.typ) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q: no %s mention %q; got%s", tt.text, w.typ, w.text, describe(ms))
			}
		}
		for _, n := range tt.not {
			for _, m := range ms {
				if m.Text == n {
					t.Errorf("%q: unexpected mention %q; got%s", tt.text, n, describe(ms))
				}
			}
		}
	}
}

// Two unknown acronyms joined by a hyphen are one body's name; two known
// bodies joined by a hyphen stay two.
func TestHyphenPair(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{text: "Supporters of the ruling KDP-S marched in the capital.", want: []string{"KDP-S"}, not: []string{"KDP", "S"}},
		{text: "Fighters loyal to the NDC-R withdrew from the hills.", want: []string{"NDC-R"}, not: []string{"NDC", "R"}},
		{text: "The US-EU summit ended without a statement.", not: []string{"US-EU"}},
	}
	for _, tt := range tests {
		ms := find(tt.text)
		has := map[string]bool{}
		for _, m := range ms {
			has[m.Text] = true
		}
		for _, w := range tt.want {
			if !has[w] {
				t.Errorf("%q: no mention %q; got%s", tt.text, w, describe(ms))
			}
		}
		for _, n := range tt.not {
			if has[n] {
				t.Errorf("%q: unexpected mention %q; got%s", tt.text, n, describe(ms))
			}
		}
	}
}

// Words that look like names but are none of ours, and names that context
// types: a community's adjective that names a -stan country, a faith or a
// community used as an adjective, month abbreviations, seas, exclaves and
// zones, a particle name after "the" that is a body.
func TestAdjectivesAndContextTypes(t *testing.T) {
	tests := []struct {
		text string
		want []want
		not  []string
	}{
		{text: "Kazakh and Turkmen border guards traded fire near the crossing.",
			want: []want{{text: "Kazakh", typ: Country, key: "country:kazakhstan"}, {text: "Turkmen", typ: Country, key: "country:turkmenistan"}}},
		{text: "Kazakh President Kassym-Jomart Tokayev flew to Baku.",
			want: []want{{text: "Kazakh", typ: Country, key: "country:kazakhstan", role: RoleModifier}}},
		{text: "Clashes between ethnic Kazakh and Russian youths spread.",
			not: []string{"Kazakhstan"}},
		{text: "He was elected with the votes of a Sunni cleric's followers and met a Yazidi politician.",
			not: []string{"Yazidi"}},
		{text: "Gunmen attacked the mostly Christian town of Bawku on the Sept. 12 holiday.",
			not: []string{"Sept.", "Christian"}},
		{text: "Residents of the largely Muslim district fled.",
			not: []string{"Muslim district", "Muslim"}},
		{text: "Yazidi militias said they would defend the town.",
			want: []want{{text: "Yazidi militias", typ: Group}}},
		{text: "The tanker sailed from Odesa into the Adriatic.",
			want: []want{{text: "Adriatic", typ: Place}}},
		{text: "Soldiers entered the Kalari buffer zone on Monday.",
			want: []want{{text: "Kalari", typ: Place}}},
		{text: "Shelling hit the Armenian exclave of Tigranashen overnight.",
			want: []want{{text: "Tigranashen", typ: Place}}},
		{text: "Witnesses said the Jaysh al-Karama had burned the market.",
			want: []want{{text: "Jaysh al-Karama", typ: Group}}},
		{text: "Mali said it was ready. Mali denied it. Mali would talk. Malian government forces retook the town of Ber.",
			want: []want{{text: "Malian", typ: Country, key: "country:mali"}}, not: []string{"Malian government", "government forces"}},
		{text: "The Malian government rejected the report.",
			want: []want{{text: "Malian government", typ: Group}}},
		{text: "Peru and the Andean states urged restraint; a West African bloc and the North Ossetian capital were named too.",
			not: []string{"Andean", "West African", "North Ossetian"}},
		{text: "Tigrayan fighters and the Somali forces withdrew.",
			want: []want{{text: "Tigrayan", typ: Group}}},
		{text: "In Ottawa, Conservative Senator Leo Housakos said the vote was lost.",
			want: []want{{text: "Leo Housakos", typ: Person, title: "Senator"}}, not: []string{"Conservative", "Conservative Senator Leo Housakos"}},
		{text: "Divers reached the Scarborough Shoal and the Kinabalu Gorge, then the Yadi forest.",
			want: []want{{text: "Scarborough Shoal", typ: Place}, {text: "Kinabalu Gorge", typ: Place}}},
		{text: "Ethnic Hungarian mayors met ethnic Romanian protesters in Cluj.",
			want: []want{{text: "ethnic Romanian", typ: Group}}, not: []string{"Romanian"}},
		{text: "The government installed ethnic Hungarian mayors in the north.",
			want: []want{{text: "ethnic Hungarian", typ: Group}}, not: []string{"Hungarian", "Hungary"}},
		{text: "Boats crossed Lake Malawi after columns left through the Salang tunnel.",
			want: []want{{text: "Lake Malawi", typ: Place}, {text: "Salang tunnel", typ: Place}}, not: []string{"Malawi"}},
		{text: "Leaders from Europe and the Hispanic world will meet in Madrid.",
			not: []string{"Hispanic world", "Hispanic"}},
		{text: "Many fled during the Muammar al-Gaddafi era.",
			want: []want{{text: "Muammar al-Gaddafi", typ: Person}}},
	}
	for _, tt := range tests {
		ms := find(tt.text)
		for _, w := range tt.want {
			ok := false
			for _, m := range ms {
				if m.Text == w.text && m.Type == w.typ && strings.HasPrefix(m.Key, w.key) && (w.role == "" || m.Attrs[AttrRole] == w.role) &&
					(w.title == "" || m.Attrs[AttrTitle] == w.title) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q: no %s mention %q (key %s); got%s", tt.text, w.typ, w.text, w.key, describe(ms))
			}
		}
		for _, n := range tt.not {
			for _, m := range ms {
				if m.Text == n || m.Canonical == n {
					t.Errorf("%q: unexpected mention %q; got%s", tt.text, n, describe(ms))
				}
			}
		}
	}
}
