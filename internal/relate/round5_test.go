package relate

import "testing"

// Round 5: coordinated subjects, referring subjects, insertions and
// fighting words that fresh wire copy uses. Sentences are written for this
// test about conflicts no evaluation set covers.
func TestRound5(t *testing.T) {
	tests := []relCase{
		{"coordinated subject of held ... talks",
			"On Friday [Kagame|person] and [Tshisekedi|person] held nearly three hours of talks in [Luanda|place].",
			[]string{"met-with(Kagame,Tshisekedi)"}},
		{"an inserted participle phrase between subject and light verb",
			"[Blinken|person], accompanied by his deputy [Sherman|person], held two hours of talks with [Abiy|person] in the capital.",
			[]string{"met-with(Abiy,Blinken)", "met-with(Abiy,Sherman)"}},
		{"the three leaders met",
			"[Armenian|country=Armenia] President [Pashinyan|person], [Azerbaijani|country=Azerbaijan] President [Aliyev|person] and [Georgian|country=Georgia] Prime Minister [Kobakhidze|person] signed the text in [Brussels|place] on Sunday. The three leaders met for an hour.",
			[]string{"leader-of(Aliyev,Azerbaijan)", "leader-of(Kobakhidze,Georgia)", "leader-of(Pashinyan,Armenia)",
				"met-with(Aliyev,Kobakhidze)", "met-with(Aliyev,Pashinyan)", "met-with(Kobakhidze,Pashinyan)"}},
		{"the two leaders after a subordinate clause named them",
			"The summit came after [Kenyan|country=Kenya] President [Ruto|person] and [Ugandan|country=Uganda] President [Museveni|person] flew into [Goma|place]. The two leaders met [Nangaa|person], head of the rebels, at a hotel.",
			[]string{"leader-of(Museveni,Uganda)", "leader-of(Ruto,Kenya)", "met-with(Museveni,Nangaa)", "met-with(Nangaa,Ruto)"}},
		{"untitled people are not the two leaders",
			"[Aliyev|person] and [Pashinyan|person] arrived in [Brussels|place] on Sunday. The two leaders met for an hour.",
			nil},
		{"more than ... hours of talks, with a titled insertion",
			"Last Monday, [US|country=United States] Secretary of State [Antony Blinken|person], accompanied by National Security Adviser [Jake Sullivan|person], held more than three hours of talks with [Abiy|person] at the palace in [Addis Ababa|place], securing a pause.",
			[]string{"met-with(Abiy,Antony Blinken)", "met-with(Abiy,Jake Sullivan)"}},
		{"an insertion naming no one adds no one",
			"[Blinken|person], accompanied by aides, held talks with [Abiy|person].",
			[]string{"met-with(Abiy,Blinken)"}},
		{"a subject and its company did not meet each other",
			"[Blinken|person], accompanied by [Sullivan|person], held talks in the capital on Monday.",
			nil},
		{"hosting two guests",
			"The decision came after [Ramaphosa|person] finished hosting [Kenyan|country=Kenya] President [Ruto|person] and [Nigeria|country]'s [Tinubu|person] at his residence.",
			[]string{"leader-of(Ruto,Kenya)", "met-with(Ramaphosa,Ruto)", "met-with(Ramaphosa,Tinubu)"}},
		{"a final session with two people",
			"[Obasanjo|person] held a last session with [Debretsion|person] and [Redwan|person] before the deal.",
			[]string{"met-with(Debretsion,Obasanjo)", "met-with(Obasanjo,Redwan)"}},
		{"waged an insurgency against",
			"The [Houthis|group] have waged an insurgency against the [Yemeni government|group] since 2004.",
			[]string{"clashed-with(Houthis,Yemeni government)"}},
		{"a turf war with",
			"The [Sinaloa Cartel|group] has also fought a bloody turf war with the [Gulf Cartel|group] in the north.",
			[]string{"clashed-with(Gulf Cartel,Sinaloa Cartel)"}},
		{"a coordinated pair fought a turf war",
			"[Barrio 18|group] and [MS-13|group], rivals for decades, have fought a vicious turf war since 1992.",
			[]string{"clashed-with(Barrio 18,MS-13)"}},
		{"pounded positions",
			"[Azerbaijani|country=Azerbaijan] drones and artillery have pounded [Armenian|country=Armenia] positions near the border for days.",
			[]string{"attacked(Azerbaijan,Armenia)", "clashed-with(Armenia,Azerbaijan)"}},
		{"a war of words is no clash",
			"The dispute set off a bitter war of words between [Modi|person] and [Trudeau|person].",
			nil},
		{"attacking an ally of a state is not attacking the state",
			"Critics said the deal rewarded [Rwanda|country] for attacking a [French|country=France] ally in the region.",
			nil},
	}
	runCases(t, tests)
}
