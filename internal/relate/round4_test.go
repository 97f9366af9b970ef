package relate

import "testing"

// Round 4: constructions that unseen wire copy uses and the earlier
// rounds lacked. Sentences are written for this test about conflicts no
// evaluation set covers.
func TestRound4(t *testing.T) {
	tests := []relCase{
		{"a noun pitted one side against the other",
			"The fighting pitted the [217 Brigade|group] against the [Sirte Protection Force|group], two militias.",
			[]string{"clashed-with(217 Brigade,Sirte Protection Force)"}},
		{"pitting, with a coordinated side",
			"Clashes pitting [Azawad rebels|group] and [Ansar Dine|group] against the [Malian army|group] killed dozens.",
			[]string{"clashed-with(Ansar Dine,Malian army)", "clashed-with(Azawad rebels,Malian army)"}},
		{"pitted against each other",
			"The border war pitted [Eritrea|country] and [Ethiopia|country] against each other for two years.",
			[]string{"clashed-with(Eritrea,Ethiopia)"}},
		{"pitted with no other side says nothing",
			"The election pitted [Ruto|person] as the favourite.",
			nil},
		{"rammed is an attack between forces",
			"[Vietnamese coast guard|group] cutters rammed a [Chinese navy|group] vessel near the islands.",
			[]string{"attacked(Vietnamese coast guard,Chinese navy)", "clashed-with(Chinese navy,Vietnamese coast guard)"}},
		{"names in a clause accusing the unnamed target are not targets",
			"The [European Union|group] imposed sanctions on four shipping firms accused of carrying [Venezuelan|country=Venezuela] gold to [Turkey|country].",
			nil},
		{"a possessed target inside the object phrase still is one",
			"The [European Union|group] imposed sanctions on dozens of vessels of [Venezuela|country]'s state oil fleet.",
			[]string{"sanctioned(European Union,Venezuela)/imposed"}},
		{"a participle after an unnamed noun: the host met nobody named",
			"[Hichilema|person] met his counterpart [Chakwera|person] in [Lusaka|place] for talks hosted by [Angola|country], aides said.",
			[]string{"met-with(Chakwera,Hichilema)"}},
		{"a participle after a named group keeps its agent",
			"[FDLR|group] fighters backed by [Burundi|country] crossed the lake.",
			[]string{"supported(Burundi,FDLR)"}},
		{"a relative clause calls an office holder",
			"[Odongo|person] spoke by phone with [Kenyan|country=Kenya] Foreign Minister [Musalia Mudavadi|person], who also called [Tanzanian|country=Tanzania] President [Samia Suluhu Hassan|person].",
			[]string{"leader-of(Samia Suluhu Hassan,Tanzania)", "met-with(Musalia Mudavadi,Odongo)", "met-with(Musalia Mudavadi,Samia Suluhu Hassan)"}},
		{"called an office holder a name is no call",
			"[Odongo|person] called President [Samia Suluhu Hassan|person] a reliable partner.",
			nil},
		{"called on an office holder is no call",
			"[Odongo|person] called on President [Samia Suluhu Hassan|person] to free the prisoners.",
			nil},
		{"called with no title is no call",
			"A man called [Samia Suluhu Hassan|person] was arrested in [Arusha|place].",
			nil},
		{"two actors calling for something did not call each other",
			"The [African Union|group] and the [United Nations|group] called for restraint.",
			nil},
		{"sanctions on a front of the group: the group referred to",
			"The [Allied Democratic Forces|group] rebel group denied the raid on [Beni|place]. The [European Union|group] imposed sanctions on a front of the group last year.",
			[]string{"sanctioned(European Union,Allied Democratic Forces)/imposed"}},
		{"sanctions on a part of something unnamed: nobody",
			"The [Allied Democratic Forces|group] denied the raid on [Beni|place]. The [European Union|group] imposed sanctions on a part of the mining sector.",
			nil},
	}
	runCases(t, tests)
}
