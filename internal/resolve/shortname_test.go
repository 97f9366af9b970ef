package resolve

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// A lone word that is a word of a full name other than the last: family
// names written first, or people known by their given name.
func TestResolveNameWord(t *testing.T) {
	checkDocCases(t, []docCase{
		{"family name first",
			"Chinese Defence Minister Tian Ming flew to Phnom Penh on Monday. Talks with Tian ran late into the night.",
			"Tian", "Talks", "Tian Ming"},
		{"given name",
			"Tigray leader Debretsion Gebremichael spoke in Mekelle. On Friday Debretsion flew to Nairobi for talks.",
			"Debretsion", "Friday", "Debretsion Gebremichael"},
		{"two people share the word: no link",
			"Lee Jae-myung spoke to reporters in Seoul. Lee Hae-chan listened. Reporters asked Lee about the vote.",
			"Lee", "asked", ""},
		{"two share it: the titled one named more often",
			"Cambodian Prime Minister Hun Manet arrived in Bangkok on Tuesday. Hun Manet was met by businessman Hun To at the airport. Crowds greeted Hun at the airport.",
			"Hun", "Crowds", "Hun Manet"},
		{"a titled person the table knows is one entity",
			"Cambodian Prime Minister Hun Manet arrived in Bangkok on Tuesday. Hun Manet was met at the airport.",
			"Hun Manet", "Tuesday", "Hun Manet"},
	})
}

// A body named with and without its country's name in one text is one
// body; two countries' bodies of one name leave the bare name alone.
func TestResolveCountryPrefix(t *testing.T) {
	checkDocCases(t, []docCase{
		{"country acronym opens the full name",
			"The U.K. Foreign Office summoned the envoy on Monday. Later the Foreign Office said talks would resume.",
			"Foreign Office", "Later", "U.K. Foreign Office"},
		{"dispensable head dropped too",
			"The French Interior Department named the suspects. The Interior said three were held.",
			"Interior", "named", "French Interior Department"},
		{"two countries' bodies: the bare name stays apart",
			"The Russian Defence Ministry and the Ukrainian Defence Ministry gave different tolls. The Defence Ministry did not say which.",
			"Defence Ministry", "tolls", "Defence Ministry"},
	})
}

// Across documents, the bare name joins the one body named with its
// country, whichever came first; office words alone join nothing.
func TestCrossDocumentCountryPrefix(t *testing.T) {
	count := func(docs []string) map[string]int {
		n := map[string]int{}
		for _, e := range buildIndex(docs) {
			n[e.Name]++
		}
		return n
	}
	bareFirst := count([]string{
		"The Serious Fraud Office said the inquiry was closed on Monday.",
		"The U.K. Serious Fraud Office said the inquiry into two envoys was closed.",
	})
	prefixedFirst := count([]string{
		"The U.K. Serious Fraud Office said the inquiry into two envoys was closed.",
		"The Serious Fraud Office said the inquiry was closed on Monday.",
	})
	for _, n := range []map[string]int{bareFirst, prefixedFirst} {
		if n["Serious Fraud Office"] != 0 || n["U.K. Serious Fraud Office"] != 1 {
			t.Errorf("Serious Fraud Office not joined to the U.K. one: %v", n)
		}
	}
	generic := count([]string{
		"The Russian Defence Ministry said the drones were downed.",
		"The Defence Ministry in Kyiv said the drones were downed.",
	})
	if generic["Defence Ministry"] != 1 {
		t.Errorf("a bare office name joined another country's body: %v", generic)
	}
}

// A place named bare or with a vague word is the one feature of that name.
func TestResolvePlaceBase(t *testing.T) {
	checkDocCases(t, []docCase{
		{"area and valley",
			"Troops clashed in the Kalenga Valley on Monday. Both sides later pulled back from the Kalenga area.",
			"Kalenga area", "", "Kalenga Valley"},
		{"bare name and forest",
			"Rebels hid in the Borgu forest for weeks. Soldiers said they entered Borgu on Friday.",
			"Borgu", "Soldiers", "Borgu forest"},
		{"two features of one name stay apart",
			"Boats sailed up the Kalenga River. Troops held the Kalenga Valley. Villagers fled the Kalenga area.",
			"Kalenga area", "", "Kalenga area"},
	})
}

// A person's surname that sounds like a city joins no city across
// documents.
func TestCrossDocumentSurnameNoCity(t *testing.T) {
	ents := buildIndex([]string{
		"Shelling hit Kandahar on Monday.",
		"Its founder, Abu Hafs al-Kandahari, was killed in a raid. Kandahari had led it for years.",
	})
	for _, e := range ents {
		if e.Type == mention.Place && slices.Contains(e.Aliases, "Kandahari") {
			t.Errorf("the surname became an alias of the city: %+v", e)
		}
	}
}

// A surname of several words joins the one person whose name ends so.
func TestResolveLongSurname(t *testing.T) {
	checkDocCases(t, []docCase{
		{"particle surname",
			"Rebel leader Mahmoud Abdel Qader spoke in Sirte on Monday. Later that day Abdel Qader met the envoy.",
			"Abdel Qader", "Later", "Mahmoud Abdel Qader"},
		{"hyphenated surname",
			"Ghana's Kwame Owusu-Ansah flew to Lome. Owusu-Ansah said the talks would go on.",
			"Owusu-Ansah", "Lome", "Kwame Owusu-Ansah"},
		{"two people end so: no merge",
			"Ali Abdel Qader met Omar Abdel Qader in Sirte. Abdel Qader said nothing.",
			"Abdel Qader", "Sirte", "Abdel Qader"},
	})
}

// "X, also known as Y": a name typed person by its shape alone is the
// group's other name.
func TestResolveAliasOfGroup(t *testing.T) {
	checkDocCases(t, []docCase{
		{"alias typed by shape only",
			"The Popular Defence Forces (PDF), also known as Quwat Difa, fought in the hills. Quwat Difa denied it.",
			"Popular Defence Forces", "", "Quwat Difa"},
	})
}

// "fighters loyal to X" are the group the text says X heads.
func TestResolveLoyalToHead(t *testing.T) {
	checkDocCases(t, []docCase{
		{"who heads",
			"Ibrahim Ngarobe, a former soldier who heads the Ngarobe Brigade militia, spoke on radio. On Monday the fighters loyal to Ngarobe shelled the market.",
			"fighters loyal to", "", "Ngarobe Brigade"},
		{"no head named: loyalists of their own",
			"Ibrahim Ngarobe spoke on radio. On Monday the fighters loyal to Ngarobe shelled the market.",
			"fighters loyal to", "", "Ngarobe loyalists"},
	})
}

// One acronym spelled out as two different names in two texts is two
// bodies.
func TestCrossDocumentAcronymBindsToItsName(t *testing.T) {
	ents := buildIndex([]string{
		"Troops of the Karen National Union (KNU) crossed the river.",
		"Fighters of the Kachin National Union (KNU) attacked a post. The KNU denied it.",
	})
	n := 0
	for _, e := range ents {
		if e.Name == "Karen National Union" || e.Name == "Kachin National Union" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d bodies, want 2: %v", n, ents)
	}
}

// Bodies every country has do not join another country's across
// documents by their bare name.
func TestCrossDocumentBareCourt(t *testing.T) {
	ents := buildIndex([]string{
		"The U.S. Supreme Court heard the case on Monday.",
		"In Islamabad, the Supreme Court ordered the release of the journalist.",
	})
	for _, e := range ents {
		if e.Name == "U.S. Supreme Court" && slices.Contains(e.Aliases, "Supreme Court") {
			t.Errorf("a bare Supreme Court joined the U.S. one: %+v", e)
		}
	}
}

// A place the context typed takes another spelling from the table only in
// a country the text names.
func TestResolvePlaceSpellingCountry(t *testing.T) {
	_, de := resolveText("Turkish troops shelled positions near Ras al-Ain on Monday. Turkey said the raids would go on.")
	for _, e := range de.Entities {
		if e.Forms["Ras al-Ain"] > 0 && e.Name != "Ras al-Ain" {
			t.Errorf("Ras al-Ain took the table's %q (%s), a place in a country the text never names", e.Name, e.Key)
		}
	}
}

// "A (B)" of two countries, one the table does not know: one state.
func TestResolveCountryInParentheses(t *testing.T) {
	checkDocCases(t, []docCase{
		{"long name and the table's",
			"The council lifted sanctions on the Socialist Republic of Ruritania (Serbia and Montenegro) in May.",
			"Socialist Republic of Ruritania", "", "Serbia and Montenegro"},
	})
}

// An acronym the text does not define is the table's body of a country
// the text names, or of no one country; else the text's own group.
func TestResolveAcronymByCountry(t *testing.T) {
	checkDocCases(t, []docCase{
		{"the body of the country named",
			"Fighting spread across Sudan. The SAF said it retook the bridge.",
			"SAF", "", "Sudanese Armed Forces"},
		{"a body of a country never named is not meant",
			"The Allied Democratic Forces raided Beni in Congo. The ADF denied it.",
			"ADF", "", "Allied Democratic Forces"},
		{"a body of no one country stays",
			"Fighting spread across Syria. ISIS claimed the attack.",
			"ISIS", "", "Islamic State of Iraq and ash-Sham"},
	})
}
