package mention

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// want is one expected mention: its text, type and, when set, key prefix,
// title, canonical name or role.
type want struct {
	text  string
	typ   Type
	key   string // prefix of Key
	title string
	canon string
	role  string
}

func find(text string) []Mention {
	return NewRules(gazetteer.Default()).Find(text, segment.Default{}.Segment(text))
}

func describe(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %q %s %s key=%s canon=%s %v", m.Text, m.Type, m.Source, m.Key, m.Canonical, m.Attrs)
	}
	return b.String()
}

// Every rule gets sentences about conflicts other than the one the project
// started from, so that the rules are checked for what they are, not for
// one set of names.
func TestRules(t *testing.T) {
	tests := []qualityCase{
		{name: "title before name, demonym qualifies the title",
			text: "Ukrainian Foreign Minister Andrii Sybiha arrived in Warsaw on Monday.",
			want: []want{{text: "Andrii Sybiha", typ: Person, title: "Foreign Minister"},
				{text: "Ukrainian", typ: Country, key: "country:ukraine", role: RoleModifier}},
			not: []string{"Ukrainian Foreign Minister Andrii Sybiha", "Foreign Minister Andrii Sybiha"}},
		{name: "honorific is no title",
			text: "Talks stalled after Mr Okonkwo left the room.",
			want: []want{{text: "Okonkwo", typ: Person}}},
		{name: "appositive title",
			text: "The plan was backed by Daniel Mwangi, the Kenyan foreign minister, on Friday.",
			want: []want{{text: "Daniel Mwangi", typ: Person, title: "Foreign Minister"}}},
		{name: "name particles stay in the name",
			text: "The talks were hosted by Khalid bin Rashid and attended by Omar al-Tayeb.",
			want: []want{{text: "Khalid bin Rashid", typ: Person}, {text: "Omar al-Tayeb", typ: Person}}},
		{name: "acronym defined in parentheses",
			text: "Fighters of the Sudan Liberation Movement (SLM) entered the town of Tawila.",
			want: []want{{text: "Sudan Liberation Movement", typ: Group}, {text: "SLM"}, {text: "Tawila", typ: Place}}},
		{name: "group cue words",
			text: "Local officials said Wagner fighters and Mai-Mai militias had left the area.",
			want: []want{{text: "Wagner", typ: Group}}},
		{name: "demonym alone is its country",
			text: "Sudanese troops shelled the market, witnesses said.",
			want: []want{{text: "Sudanese", typ: Country, key: "country:sudan"}}},
		{name: "demonym opens an organisation's name",
			text: "The Ukrainian Volunteer Corps claimed the raid.",
			want: []want{{text: "Ukrainian Volunteer Corps", typ: Group}},
			not:  []string{"Ukrainian"}},
		{name: "a country's government",
			text: "The Ethiopian government rejected the report.",
			want: []want{{text: "Ethiopian government", typ: Group, key: "group:government-of-ethiopia", canon: "Ethiopian government"}}},
		{name: "a country's army",
			text: "The Colombian army said it had repelled the attack.",
			want: []want{{text: "Colombian army", typ: Group, key: "group:"}}},
		{name: "a country's ministry carries the country",
			text: "Armenia's Foreign Ministry summoned the envoy.",
			want: []want{{text: "Armenia's Foreign Ministry", typ: Group, key: "group:armenia-foreign-ministry"}}},
		{name: "a force-commanding ministry in lower case is a body",
			text: "Greece's defence ministry said two of its frigates shadowed the vessel.",
			want: []want{{text: "Greece's defence ministry", typ: Group, key: "group:greece-defence-ministry"}}},
		{name: "a demonym before a lower-case interior ministry gives the country's key",
			text: "The Chilean interior ministry deployed riot police to Temuco.",
			want: []want{{text: "Chilean interior ministry", typ: Group, key: "group:chile-interior-ministry"}}},
		{name: "a monarchy's army is the table's royal armed forces by its people's word",
			text: "Cambodian troops withdrew after the Cambodian army shelled a ridge.",
			want: []want{{text: "Cambodian army", typ: Group, key: "group:royal-cambodian-armed-forces"}}},
		{name: "a monarchy's army is the table's royal armed forces by the country's name",
			text: "Morocco's army closed the border crossing on Sunday.",
			want: []want{{text: "Morocco's army", typ: Group, key: "group:royal-moroccan-armed-forces"}}},
		{name: "a conference or convention centre is a venue, a research centre a body",
			text: "Envoys met at the Abuja International Conference Centre while the Carter Center sent observers.",
			want: []want{{text: "International Conference Centre", typ: Place}, {text: "Carter Center", typ: Group}}},
		{name: "a lower-case foreign ministry only speaks for its country",
			text: "Peru's foreign ministry said the ambassador had been recalled.",
			want: []want{{text: "Peru", typ: Country}},
			not:  []string{"Peru's foreign ministry"}},
		{name: "capital acting for its government",
			text: "Kyiv said the strike hit a power plant. Officials in Kyiv declined to comment.",
			want: []want{{text: "Kyiv", typ: Country, key: "country:ukraine"}, {text: "Kyiv", typ: Place}}},
		{name: "capital as the object of dealing",
			text: "Tshisekedi accused Kigali of sending troops, and Kinshasa is relying on Washington for help.",
			want: []want{{text: "Kigali", typ: Country, key: "country:rwanda"}, {text: "Washington", typ: Country, key: "country:united-states"}}},
		{name: "a person's party",
			text: "President Viktor Orban's Fidesz Alliance won again, and Prime Minister Abiy Ahmed's Prosperity Movement lost seats.",
			want: []want{{text: "Prosperity Movement", typ: Group}}},
		{name: "a person's possessive run is a group",
			text: "Opposition leader Ruth Okello's Green Hope campaigned in the north.",
			want: []want{{text: "Green Hope", typ: Group, key: ""}}},
		{name: "group noun before the name",
			text: "The rebel group M23 took the town. Fighters of his movement, Ahl al-Wadi, withdrew.",
			want: []want{{text: "M23", typ: Group}, {text: "Ahl al-Wadi", typ: Group}}},
		{name: "numbered unit",
			text: "Soldiers of the 47th Mechanised Brigade held the line.",
			want: []want{{text: "47th Mechanised Brigade", typ: Group}}},
		{name: "place noun after a modifier",
			text: "Shells hit the Zamzam displacement camp on Friday.",
			want: []want{{text: "Zamzam", typ: Place}}},
		{name: "a person's followers",
			text: "Clashes broke out between Karimov loyalists and the police.",
			want: []want{{text: "Karimov loyalists", typ: Group, canon: "Karimov loyalists"}},
			not:  []string{"Karimov"}},
		{name: "pro-person fighters",
			text: "Hundreds of pro-Haftar fighters withdrew from the town.",
			want: []want{{text: "pro-Haftar fighters", typ: Group, canon: "Haftar loyalists"}}},
		{name: "sentence openers are no names",
			text: "Despite the truce, shelling went on. Meanwhile aid trucks waited.",
			not:  []string{"Despite", "Meanwhile"}},
		{name: "place nouns type a lone name",
			text: "Shells hit the neighbourhood of Shuhada overnight.",
			want: []want{{text: "Shuhada", typ: Place}}},
		{name: "dateline",
			text: "KHARTOUM, May 2 - The army said it held the bridge.",
			want: []want{{text: "KHARTOUM", typ: Place}}},
		{name: "a town's name opening a person's name",
			text: "The region is run by Vladimir Saldo, a former mayor.",
			want: []want{{text: "Vladimir Saldo", typ: Person}}},
		{name: "compass word and region",
			text: "Aid reached camps in North Kivu and South Darfur.",
			want: []want{{text: "South Darfur", typ: Place}}},
		{name: "community with its noun",
			text: "Amhara fighters and Tuareg communities were targeted.",
			want: []want{{text: "Tuareg communities", typ: Group}}},
		{name: "headline gives no new names",
			text: "Mwangi Vows Swift Response To Border Raid\n\nThe army said it was ready.",
			not:  []string{"Mwangi", "Vows Swift Response", "Border Raid"}},
		{name: "boilerplate gives nothing",
			text: "Leave a Comment\n\nScroll to Top\n\nLatest International News",
			not:  []string{"Comment", "Scroll", "Top", "Latest International News"}},
		{name: "organisation over connectors",
			text: "The Institute for Peace and Security Studies published the figures.",
			want: []want{{text: "Institute for Peace and Security Studies", typ: Group}}},
		{name: "a person before an organisation is not part of it",
			text: "Talks were led by Ana Ruiz of the Unity Platform.",
			want: []want{{text: "Ana Ruiz", typ: Person}, {text: "Unity Platform", typ: Group}}},
	}
	checkCases(t, tests)
}

func TestGenericGovernment(t *testing.T) {
	text := "Ethiopia accused Eritrea of massing troops. Ethiopia said talks were possible. " +
		"Ethiopia has denied the claims. Government forces later entered the town."
	ms := find(text)
	for _, m := range ms {
		if m.Text == "Government forces" {
			if m.Key != "group:government-of-ethiopia" || m.Canonical != "Government of Ethiopia" {
				t.Errorf("got %+v", m)
			}
			return
		}
	}
	t.Errorf("no government mention:%s", describe(ms))
}

func TestMentionsDoNotOverlap(t *testing.T) {
	text := "Russian Foreign Minister Sergei Ivanov met the Sudanese Armed Forces (SAF) chief in Port Sudan."
	end := -1
	for _, m := range find(text) {
		if m.Start < end {
			t.Errorf("%q overlaps the mention before it", m.Text)
		}
		end = m.End
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Ukrainian Foreign Minister Andrii Sybiha met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan. "+
		"Kyiv said the Rapid Support Forces (RSF) and Wagner fighters withdrew from El Fasher.\n", 50)
	r := NewRules(gazetteer.Default())
	sents := segment.Default{}.Segment(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Find(text, sents)
	}
}
