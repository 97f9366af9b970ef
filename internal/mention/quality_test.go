package mention

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// qualityCase is a sentence with the mentions it must and must not give.
type qualityCase struct {
	name  string
	text  string
	want  []want
	not   []string
	noKey []string // texts that must not take a gazetteer key
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
						(w.title == "" || m.Attrs[AttrTitle] == w.title) && (w.canon == "" || m.Canonical == w.canon) &&
						(w.role == "" || m.Attrs[AttrRole] == w.role) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("want %+v; got:%s", w, describe(ms))
				}
			}
			for _, m := range ms {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has offsets of %q", m.Text, tt.text[m.Start:m.End])
				}
				if slices.Contains(tt.noKey, m.Text) && m.Key != "" {
					t.Errorf("%s keyed %q, want the text's own definition", m.Text, m.Key)
				}
				if slices.Contains(tt.not, m.Text) {
					t.Errorf("%q must not be a mention; got:%s", m.Text, describe(ms))
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
		{name: "a community's name opens a longer one",
			text: "The Karen National Liberation Army (KNLA) seized a base near Myawaddy.",
			want: []want{{text: "Karen National Liberation Army", typ: Group}},
			not:  []string{"Karen", "National Liberation Army"}},
		{name: "transliterated long name with wal-",
			text: "Fighters of Jamaat Ansar al-Din wal-Jihad (JADJ) ambushed a convoy.",
			want: []want{{text: "Jamaat Ansar al-Din wal-Jihad", typ: Group}},
			not:  []string{"Jihad"}},
		{name: "a direction word opens a defined body's name",
			text: "The Central General Staff (EMC), a dissident faction, was active in the north.",
			want: []want{{text: "Central General Staff", typ: Group}, {text: "EMC"}}},
		{name: "foreign acronym after a head word",
			text: "Fighters of the Group for the Defence of Faith and Believers (JDFM) ambushed a convoy.",
			want: []want{{text: "Group for the Defence of Faith and Believers", typ: Group}}},
		{name: "no acronym, no long name",
			text: "The Rapid Support Forces in Darfur (RSF) denied it.",
			want: []want{{text: "Rapid Support Forces", typ: Group}},
			not:  []string{"Rapid Support Forces in Darfur"}},
		{name: "two names joined by and",
			text: "Talks between Wazalendo and the Forces for Democratic Change (FDC) stalled.",
			want: []want{{text: "Forces for Democratic Change", typ: Group}},
			not:  []string{"Wazalendo and the Forces for Democratic Change"}},
		{name: "an army's acronym",
			text: "Fighters clashed with the Kenyan army (KDF) near the border.",
			want: []want{{text: "Kenyan army", typ: Group, key: "group:army-of-kenya"}, {text: "KDF"}}},
		{name: "defined acronym beats the table's (DPK is a Korean party there)",
			text:  "The Democratic Party of Kivu (DPK) boycotted the vote. Leaders of the DPK said it was rigged.",
			want:  []want{{text: "Democratic Party of Kivu", typ: Group}, {text: "DPK", typ: Group}},
			noKey: []string{"DPK"}},
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
		{"FDC", "Wazalendo and Forces for Democratic Change", false},
	}
	for _, tt := range tests {
		if got := spells(tt.acr, strings.Fields(tt.name)); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

// A body named only by what it does is its country's: "the Armed Forces of
// X" is X's army, whatever the text calls it.
func TestBodyOfCountry(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "armed forces of a country",
			text: "Troops of the Armed Forces of the Democratic Republic of the Congo retook Sake.",
			want: []want{{text: "Armed Forces of the Democratic Republic of the Congo", typ: Group,
				key: "group:army-of-democratic-republic-of-the-congo"}},
			not: []string{"Armed Forces"}},
		{name: "national army",
			text: "Clashes between the National Army of Colombia and rebels continued.",
			want: []want{{text: "National Army of Colombia", typ: Group, key: "group:army-of-colombia"}}},
		{name: "ministry of a country",
			text: "The Ministry of Defence of Ukraine said Russia attacked.",
			want: []want{{text: "Ministry of Defence of Ukraine", typ: Group, key: "group:ukraine-ministry-of-defence"},
				{text: "Russia", typ: Country}}},
		{name: "a name of its own stays",
			text: "The Rapid Support Forces of Sudan denied it.",
			not:  []string{"Rapid Support Forces of Sudan"}},
	})
}

// Cue words around an unknown name type it.
func TestContextCues(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "crossing", text: "Kosovo police clashed with protesters near the Jarinje crossing.",
			want: []want{{text: "Jarinje crossing", typ: Place}}, not: []string{"Jarinje"}},
		{name: "mountains and airport after a table's place",
			text: "The strike hit the Kandahar airport and the Zabul mountains.",
			want: []want{{text: "Kandahar airport", typ: Place, key: "place:kandahar"}, {text: "Zabul mountains", typ: Place}}},
		{name: "a place's head word before of",
			text: "Clashes erupted along the Line of Contact and near the Strait of Hormuz.",
			want: []want{{text: "Line of Contact", typ: Place}, {text: "Strait of Hormuz", typ: Place}},
			not:  []string{"Line", "Contact"}},
		{name: "no place's head word before of",
			text: "The House of Representatives voted on Friday.",
			not:  []string{"House of Representatives"}},
		{name: "appositive with the",
			text: "Russian peacekeepers left Stepanakert, the main town of Nagorno-Karabakh, last year.",
			want: []want{{text: "Stepanakert", typ: Place}}},
		{name: "appositive with a possessive is no cue",
			text: "The plan was backed by Tom Okello, the city's mayor.",
			want: []want{{text: "Tom Okello", typ: Person}}},
		{name: "a road",
			text: "Rebels seized two outposts along the Asian Highway.",
			want: []want{{text: "Asian Highway", typ: Place}}},
		{name: "a capitalised feature is a place of its own",
			text: "A new rail link across the Tumen River opened on Monday.",
			want: []want{{text: "Tumen River", typ: Place}}},
		{name: "mountains of X",
			text: "Rebels fled into the mountains of Shanland after the raid.",
			want: []want{{text: "Shanland", typ: Place}}},
		{name: "armed wing of X",
			text: "The armed wing of Ansar Dine said its fighters ambushed a patrol.",
			want: []want{{text: "Ansar Dine", typ: Group}}},
		{name: "fighters of a person stay a person's",
			text: "Fighters of Jane Mwangi, a former minister, were arrested.",
			want: []want{{text: "Jane Mwangi", typ: Person}}},
		{name: "appositive group",
			text: "The United States imposed sanctions on Lev Tahor, a settler group accused of abuses.",
			want: []want{{text: "Lev Tahor", typ: Group}}},
		{name: "appositive place",
			text: "Police said Kaliwan Bato, a town in the north, was calm.",
			want: []want{{text: "Kaliwan Bato", typ: Place}}},
		{name: "appositive noun that is no head is no cue",
			text: "The plan was drafted by Ana Petrovic, a city councillor, last year.",
			want: []want{{text: "Ana Petrovic", typ: Person}}},
		{name: "state of X",
			text: "Troops entered the semi-autonomous state of Jubaland on Monday.",
			want: []want{{text: "Jubaland", typ: Place}}},
		{name: "appositive region",
			text: "Clashes erupted in Galmudug, a semi-autonomous region, on Friday.",
			want: []want{{text: "Galmudug", typ: Place}}},
		{name: "the appositive's noun is another's",
			text: "Police arrested Ali Musa Hassan, a member of the militia, on Friday.",
			want: []want{{text: "Ali Musa Hassan", typ: Person}}},
		{name: "site of an event",
			text: "Crowds gathered at the site of the Srebrenica massacre.",
			want: []want{{text: "Srebrenica", typ: Place}}},
		{name: "the X attack",
			text: "Dozens were killed in the Kasese attack last year.",
			want: []want{{text: "Kasese", typ: Place}}},
		{name: "owner before a possessive is no group",
			text: "Members of Ortega's party were detained.",
			not:  []string{"Ortega's party"}},
	})
}

// Names that are none of our four types, and names that rules used to cut.
func TestNotEntitiesAndWholeNames(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "operation name",
			text: "The strikes were part of Operation Thunderbolt, the army said.",
			not:  []string{"Operation Thunderbolt", "Thunderbolt"}},
		{name: "title's domain",
			text: "The Director General of Military Intelligence met the envoy.",
			not:  []string{"Military Intelligence"}},
		{name: "inside a title of office",
			text: "The Minister of Foreign Affairs, Yvette Kamara, said Guinea would respond.",
			want: []want{{text: "Yvette Kamara", typ: Person}},
			not:  []string{"Foreign Affairs"}},
		{name: "two bodies joined by 'and the'",
			text: "Russia's Wagner Group and the Africa Corps (AC) fought in Mali.",
			want: []want{{text: "Wagner Group", typ: Group}, {text: "Africa Corps", typ: Group}},
			not:  []string{"Wagner Group and the Africa Corps"}},
		{name: "legal label",
			text: "Washington listed the group as a Specially Designated Global Terrorist entity.",
			not:  []string{"Specially Designated Global Terrorist"}},
		{name: "religion",
			text: "Many came to Islam after the war in Mindanao.",
			not:  []string{"Islam"}},
		{name: "adjective phrase",
			text: "Leaders of the bloc met as Central Asian ministers arrived in Tashkent.",
			not:  []string{"Central Asian"}},
		{name: "given name that is also a title",
			text: "The minister, Amir Hossein Abdollahian, flew to Baku.",
			want: []want{{text: "Amir Hossein Abdollahian", typ: Person}},
			not:  []string{"Hossein Abdollahian"}},
		{name: "the same word as a title",
			text: "Qatari Emir Sheikh Tamim met the president in Doha.",
			want: []want{{text: "Sheikh Tamim", typ: Person, title: "Emir"}}},
		{name: "title before of",
			text: "The Emir of Kuwait arrived in Manama.",
			not:  []string{"Emir"}},
		{name: "hyphenated names with a joining particle",
			text: "Police blamed Tehrik-e-Nifaz and the Sipah-e-Mustafa (SeM) for the attack.",
			want: []want{{text: "Tehrik-e-Nifaz", typ: Group}, {text: "Sipah-e-Mustafa", typ: Group}, {text: "SeM"}},
			not:  []string{"Tehrik", "Nifaz", "Mustafa"}},
	})
}

// FuzzFind checks that any text gives mentions inside it, in order and
// without overlaps, whatever parentheses, hyphens and acronyms it holds.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Troops of the U.N. Assistance Mission in Afghanistan (UNAMA) left.",
		"Rebels of the Strategic Council of Kivu (CSD-DPK) withdrew. The CSD-DPK said so.",
		"Police blamed Tehrik-e-Nifaz and the Sipah-e-Mustafa (SeM).",
		"Lev Tahor, a settler group accused of abuses, and Kaliwan Bato, a town in the north.",
		"The Emir of Kuwait met Amir Hossein Abdollahian (AHA",
		"(LoC) - e - X ( A-B ) , a",
		"RABAT/ALGIERS/ - On Friday Bank Melli, the U.S.-led coalition, a Muslim- and raids dubbed X-Y and Z began at the KL Regency hotel in 2008 at Ras X.",
		"Washington and , Brussels froze Kosovo Serbs' Sahrawi People's Liberation Army (SPLA) near Tal at",
	} {
		f.Add(s)
	}
	r := NewRules(gazetteer.Default())
	f.Fuzz(func(t *testing.T, text string) {
		end := -1
		for _, m := range r.Find(text, segment.Default{}.Segment(text)) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %+v outside the text", m)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q has offsets of %q", m.Text, text[m.Start:m.End])
			}
			if m.Start < end {
				t.Fatalf("%q overlaps the mention before it", m.Text)
			}
			end = m.End
		}
	})
}
