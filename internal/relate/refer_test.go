package relate

import (
	"slices"
	"strings"
	"testing"
)

// References across sentences (refer.go): each case is a short article
// about conflicts other than the seed and held-out ones.
func TestReferences(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"the three men: the last meeting of three people",
			"[Edi Rama|person] met [Serbian|country=Serbia] President [Aleksandar Vucic|person] and [Kosovar|country=Kosovo] Prime Minister [Albin Kurti|person] on Monday. The three men then sat down with a [Hungarian|country=Hungary] delegation.",
			[]string{"leader-of(Albin Kurti,Kosovo)", "leader-of(Aleksandar Vucic,Serbia)", "met-with(Albin Kurti,Edi Rama)", "met-with(Albin Kurti,Hungary)", "met-with(Aleksandar Vucic,Edi Rama)",
				"met-with(Aleksandar Vucic,Hungary)", "met-with(Edi Rama,Hungary)"}},
		{"the three men met: reciprocal",
			"[Ilham Aliyev|person] hosted [Nikol Pashinyan|person] and [Irakli Kobakhidze|person] at a summit in [Baku|place]. All three men met privately afterwards.",
			[]string{"met-with(Ilham Aliyev,Irakli Kobakhidze)", "met-with(Ilham Aliyev,Nikol Pashinyan)", "met-with(Irakli Kobakhidze,Nikol Pashinyan)"}},
		{"both leaders: the last pair, not the last two names",
			"President [Dina Boluarte|person] and [Bolivia|country]'s president, [Luis Arce|person], are due to meet in [Brasilia|place] for talks hosted by [Lula|person]. [Gabriel Boric|person] later phoned both leaders.",
			[]string{"met-with(Dina Boluarte,Gabriel Boric)", "met-with(Dina Boluarte,Luis Arce):hypothetical", "met-with(Dina Boluarte,Lula):hypothetical",
				"met-with(Gabriel Boric,Luis Arce)", "met-with(Luis Arce,Lula):hypothetical"}},
		{"both leaders: people named without a leader's title are not leaders",
			"[Antony Blinken|person] is due to meet [Jeyhun Bayramov|person] in [Washington|place]. [Irakli Kobakhidze|person] later phoned both leaders.",
			[]string{"met-with(Antony Blinken,Jeyhun Bayramov):hypothetical"}},
		{"both presidents: a coordinated pair before a later subject-object pair",
			"[Venezuelan|country=Venezuela] President [Nicolas Maduro|person] and [Guyanese|country=Guyana] President [Irfaan Ali|person] met on [St Vincent|place]. [Maduro|person=Nicolas Maduro] said he had spoken with [Brazilian|country=Brazil] President [Lula|person] before the talks. [Colombian|country=Colombia] President [Gustavo Petro|person] also phoned both presidents.",
			[]string{"leader-of(Gustavo Petro,Colombia)", "leader-of(Irfaan Ali,Guyana)", "leader-of(Lula,Brazil)", "leader-of(Nicolas Maduro,Venezuela)",
				"met-with(Gustavo Petro,Irfaan Ali)", "met-with(Gustavo Petro,Nicolas Maduro)", "met-with(Irfaan Ali,Nicolas Maduro)", "met-with(Lula,Nicolas Maduro)"}},
		{"between the two countries",
			"[Chile|country] and [Bolivia|country] agreed to meet. A meeting between the two countries took place on Friday.",
			[]string{"met-with(Bolivia,Chile)", "met-with(Bolivia,Chile):hypothetical"}},
		{"no group of that size: nothing",
			"[Dina Boluarte|person] met [Luis Arce|person] in [Lima|place]. The three men held talks with [Chile|country].",
			[]string{"met-with(Dina Boluarte,Luis Arce)"}},
		{"it after a speech verb: the speaker",
			"The [Nigerian Air Force|group] said it had launched an air strike against [Boko Haram|group] near [Mopti|place].",
			[]string{"attacked(Nigerian Air Force,Boko Haram)", "clashed-with(Boko Haram,Nigerian Air Force)"}},
		{"It opening a sentence: the previous sentence's subject",
			"The [Nigerian Air Force|group] said on Friday that the operation was over. It later bombed [ISWAP|group] hideouts near [Lake Chad|place].",
			[]string{"attacked(Nigerian Air Force,ISWAP)", "clashed-with(ISWAP,Nigerian Air Force)"}},
		{"It was: no reference",
			"[Serbia|country] spoke first. It was the first meeting with [Kosovo|country] in a year.", nil},
		{"its fighters after a speech verb",
			"The military wing of [Ansar Dine|group] claimed that its gunmen had raided a [Malian|country=Mali] outpost.",
			[]string{"attacked(Ansar Dine,Mali)", "clashed-with(Ansar Dine,Mali)"}},
		{"they is no country's",
			"[Kenya|country] said they met [Somali|country=Somalia] officials.", nil},
		{"the rebels: the group named with that noun",
			"Fighting flared after [ADF|group] rebels advanced on [Beni|place]. [Congolese|country=Congo] troops clashed with the rebels near [Butembo|place].",
			[]string{"clashed-with(ADF,Congo)"}},
		{"the rebels without a named antecedent: nothing",
			"Fighting spread in [Ituri|place]. [Congolese|country=Congo] troops clashed with the rebels near [Bunia|place].", nil},
		{"an army convoy: the country the sentence places it in",
			"[Ansar Dine|group] gunmen raided an army outpost in [Niger|country] on Tuesday.",
			[]string{"attacked(Ansar Dine,Niger)", "clashed-with(Ansar Dine,Niger)"}},
		{"the army: the army last named",
			"The [Chadian army|group] fought [FACT|group] rebels in the north. The rebels later ambushed an army patrol near [Faya|place].",
			[]string{"clashed-with(Chadian army,FACT)"}},
		{"an army named by a proper name is not the army",
			"The [Myanmar military|group] fought the [Arakan Army|group] in [Rakhine|place]. [Kachin|group] fighters later ambushed an army patrol.",
			[]string{"clashed-with(Arakan Army,Myanmar military)", "clashed-with(Kachin,Myanmar military)"}},
		{"the army with no army named: nothing",
			"[Chad|country] held elections. [Chad|country]'s president spoke. [FACT|group] fighters attacked the army near [Faya|place].", nil},
		{"Their ministers: the previous sentence's coordinated subject",
			"[Norway|country], [Sweden|country] and [Denmark|country], the three [Nordic|country=Nordic] mediators, urged restraint. Their foreign ministers met [Eritrean|country=Eritrea] President [Isaias Afwerki|person] in [Asmara|place] on Friday.",
			[]string{"leader-of(Isaias Afwerki,Eritrea)", "met-with(Denmark,Isaias Afwerki)", "met-with(Isaias Afwerki,Norway)", "met-with(Isaias Afwerki,Sweden)"}},
		{"They after one country: nothing", "[Kenya|country] spoke. They met [Uganda|country].", nil},
		{"He past a cue word: the previous person subject, negated",
			"[Viktor Orban|person] was received on Tuesday by [Aleksandar Vucic|person]. He refused to meet [Albin Kurti|person].",
			[]string{"met-with(Albin Kurti,Viktor Orban):negated", "met-with(Aleksandar Vucic,Viktor Orban)"}},
		{"He said he had: the previous person subject",
			"[Filipe Nyusi|person] told reporters he was calm. He said he had also spoken with [South African|country=South Africa] President [Cyril Ramaphosa|person].",
			[]string{"leader-of(Cyril Ramaphosa,South Africa)", "met-with(Cyril Ramaphosa,Filipe Nyusi)"}},
		{"It is: no reference", "[Serbia|country] spoke. It is unclear whether [Kosovo|country] will attend.", nil},
		{"whose troops ... the group",
			"[Kenya|country] bombed [ADF|group] camps near the border with [Jubaland|group], whose troops have battled the group for years.",
			[]string{"attacked(Kenya,ADF)", "clashed-with(ADF,Jubaland)", "clashed-with(ADF,Kenya)"}},
		{"the group with no group before it: nothing", "[Kenya|country] said the group had attacked [Somalia|country].", nil},
		{"the group: the previous sentence's group subject",
			"The [Polisario Front|group] said the attacks would not go unanswered. Its spokesman, [Ali Salem|person], said later that the group had fired missiles at a [Moroccan|country=Morocco] patrol.",
			[]string{"attacked(Polisario Front,Morocco)", "clashed-with(Morocco,Polisario Front)"}},
		{"the group: a previous country subject is no group", "[Kenya|country] spoke. The group attacked [Somalia|country].", nil},
		{"He opening a sentence: the previous person subject",
			"[Edi Rama|person] arrived in [Belgrade|place] on Monday. He met [Aleksandar Vucic|person] the next day.",
			[]string{"met-with(Aleksandar Vucic,Edi Rama)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, names := parseMarkup(t, tt.src)
			got := render(rules(t).Relate(in), names)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %s\n want %s", tt.src, strings.Join(got, " "), strings.Join(tt.want, " "))
			}
		})
	}
}
