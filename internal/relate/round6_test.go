package relate

import "testing"

// Round 6: second verb phrases, relative clauses and coordinations that
// pull a name into the wrong pair. Sentences are written for this test
// about conflicts no evaluation set covers.
func TestRound6(t *testing.T) {
	tests := []relCase{
		{"a linking adverbial before a second verb phrase keeps the first subject",
			"[Kerry|person], who flew in from [Geneva|place], met [Lavrov|person] at the villa on Friday, and in between held long talks with [Assad|person] and [Muallem|person] in the palace.",
			[]string{"met-with(Assad,Kerry)", "met-with(Kerry,Lavrov)", "met-with(Kerry,Muallem)"}},
		{"a travel verb's with is not read past a coordinated predicate",
			"[Japanese|country=Japan] Premier [Abe|person], who visited [Moscow|place] in May and held talks with [Putin|person], and [Italian|country=Italy] Premier [Renzi|person], who saw him in [Sochi|place], both urged calm.",
			[]string{"leader-of(Abe,Japan)", "leader-of(Renzi,Italy)", "met-with(Abe,Putin)"}},
		{"a relative clause after a titled subject ends before the main verb",
			"In [Paris|place], Foreign Minister [Juppe|person], who replaced [Alliot-Marie|person] after her fall over the crisis, told the [National Assembly|group] he would not meet [Gaddafi|person] yet.",
			[]string{"met-with(Gaddafi,Juppe):negated"}},
		{"him after a coordinated relative clause is the first clause's object",
			"[Japanese|country=Japan] Premier [Abe|person], who visited [Moscow|place] in May and held four hours of talks with [Putin|person], and [Italian|country=Italy] Premier [Renzi|person], who met him in [Sochi|place] a week later, both urged calm.",
			[]string{"leader-of(Abe,Japan)", "leader-of(Renzi,Italy)", "met-with(Abe,Putin)", "met-with(Putin,Renzi)"}},
		{"a second verb phrase keeps both coordinated subjects",
			"[British|country=UK] Defence Secretary [Hammond|person] and his [Italian|country=Italy] counterpart, [Pinotti|person], flew to [Tripoli|place] late last week and held talks with [Serraj|person] on arms, but the premier said no.",
			[]string{"met-with(Hammond,Serraj)", "met-with(Pinotti,Serraj)"}},
		{"a fighting noun finds no link past the main verb's object",
			"In [Rome|place], Defence Minister [Pinotti|person], who took over from [Mauro|person] after his exit over the invasion, told the Chamber of [Deputies|group] she would meet [Serraj|person] next week.",
			[]string{"met-with(Pinotti,Serraj):hypothetical"}},
		{"an unnamed police unit is the police force the sentence named",
			"[Indian|country=India] troops and [Kashmiri police|group] with armoured cars raided [Hizbul|group] hideouts near [Sopore|place], and local [Kashmiri|group] militants ambushed a police patrol near [Baramulla|place] on Monday, killing two officers. [Indian Army|group] said more.",
			[]string{"attacked(India,Hizbul)", "attacked(Kashmiri police,Hizbul)", "clashed-with(Hizbul,India)", "clashed-with(Hizbul,Kashmiri police)", "clashed-with(Kashmiri,Kashmiri police)"}},
		{"a freeze of a country's assets named by its demonym",
			"[Turkey|country] has frozen [Russian|country=Russia] assets in the country.",
			[]string{"sanctioned(Turkey,Russia)/imposed"}},
		{"a freeze after retaliated by",
			"[Moscow|country=Russia] retaliated by freezing some [Turkish|country=Turkey] assets.",
			[]string{"sanctioned(Russia,Turkey)/imposed"}},
		{"a ban on imports from a country",
			"[Turkey|country] banned all imports from [Russia|country] and halted export credits.",
			[]string{"sanctioned(Turkey,Russia)/imposed"}},
		{"a ban on trade with a country after a freeze",
			"[Canada|country] had frozen [Libyan|country=Libya] assets abroad and banned most trade with [Libya|country].",
			[]string{"sanctioned(Canada,Libya)/imposed"}},
		{"reimposes in the present tense",
			"[Obama|person] reimposes sanctions on [Cuba|country]'s sugar sector and its banks.",
			[]string{"sanctioned(Obama,Cuba)/imposed"}},
		{"a demonym after a freeze is no owner when it owns no goods",
			"[Canada|country] froze the assets of a [Libyan|country=Libya]-born trader.",
			nil},
		{"they in a where-clause is the pair sent there",
			"[Obama|person] sent envoy [Rice|person] and adviser [Power|person] to [Cairo|place] in May, where they met Army chief [Sisi|person], the defence minister, to urge calm.",
			[]string{"met-with(Power,Sisi)", "met-with(Rice,Sisi)"}},
		{"they in a where-clause after one person stays unresolved",
			"[Obama|person] sent envoy [Rice|person] to [Cairo|place] in May, where they met Army chief [Sisi|person].",
			nil},
		{"a fighting participle with battles keeps the main subject",
			"[Ethiopian|country=Ethiopia] troops and tanks rolled over the frontier at dawn on Friday and took the town within hours, fighting short but bloody battles with [Somali|country=Somalia] forces near the airport.",
			[]string{"clashed-with(Ethiopia,Somalia)"}},
		{"a negation cue before ', and in a separate raid, X ...' is not the new clause's",
			"[Somali|country=Somalia] gunmen entered the abandoned village late Monday, and in a separate raid further south, [KDF|group] fought [Somali|country=Somalia] forces near the coast, losing four men.",
			[]string{"clashed-with(KDF,Somalia)"}},
	}
	runCases(t, tests)
}
