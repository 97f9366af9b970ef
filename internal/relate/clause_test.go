package relate

import "testing"

// Clause structure: relative clauses, subordinate clauses, participles
// after a comma, speech verbs that also take objects.
func TestClauses(t *testing.T) {
	tests := []relCase{
		{"which: the name before the comma", "[Eritrea|country], which was attacked by [Ethiopian|country=Ethiopia] forces in 1998, called for calm.",
			[]string{"attacked(Ethiopia,Eritrea)", "clashed-with(Eritrea,Ethiopia)"}},
		{"which after a common noun: no name", "[Goma|place], the [Kivu|group] capital, which was shelled by [Rwandan|country=Rwanda] artillery, fell.", nil},
		{"a subordinate clause owns the frame", "Witnesses said [Al-Mourabitoun|group] fighters surrounded the base after [Ansar Dine|group] gunmen raided it following days of fighting with [Malian|country=Mali] troops.",
			[]string{"clashed-with(Ansar Dine,Mali)"}},
		{"no named subject in the subordinate clause", "[Lula|person] met [Javier Milei|person] in [Brasilia|place], days after a meeting with [Gabriel Boric|person].",
			[]string{"met-with(Gabriel Boric,Lula)", "met-with(Javier Milei,Lula)"}},
		{"participle after a comma shares the subject", "The [UN Security Council|group] added [Al-Mourabitoun|group] to its sanctions list, freezing the assets of the group.",
			[]string{"sanctioned(UN Security Council,Al-Mourabitoun)/imposed"}},
		{"added with an object is no speech", "[Chile|country] added [Peru|country] to its list of partners after [Bolivia|country] attacked [Peru|country].",
			[]string{"attacked(Bolivia,Peru)", "clashed-with(Bolivia,Peru)"}},
		{"added that is speech", "[Chile|country] added that [Bolivian|country=Bolivia] troops had attacked [Peru|country].",
			[]string{"attacked(Bolivia,Peru)", "clashed-with(Bolivia,Peru)"}},
		{"coordinated subject after a subordinator", "Protests grew a week after [Ruto|person] and [Chakwera|person] met in [Lilongwe|place] for talks.",
			[]string{"met-with(Chakwera,Ruto)"}},
		{"talks in a place with", "[Boric|person] flew home, hours after he had held talks in [Lima|place] with [Peruvian|country=Peru] President [Dina Boluarte|person].",
			[]string{"leader-of(Dina Boluarte,Peru)", "met-with(Boric,Dina Boluarte)"}},
		{"he skips a person after a preposition and a demonym", "[Lula|person] flew to [Lima|place] to present a plan to [Peruvian|country=Peru] President [Dina Boluarte|person], hours after he had held talks with [Gabriel Boric|person].",
			[]string{"leader-of(Dina Boluarte,Peru):hypothetical", "met-with(Gabriel Boric,Lula)"}},
		{"had a conversation with", "[Lula|person] had a brief conversation with [Argentine|country=Argentina] President [Javier Milei|person] at the ceremony.",
			[]string{"leader-of(Javier Milei,Argentina)", "met-with(Javier Milei,Lula)"}},
		{"sat down for talks", "[Chilean|country=Chile] President [Gabriel Boric|person] and [Bolivian|country=Bolivia] President [Luis Arce|person] sat down for talks on Saturday.",
			[]string{"leader-of(Gabriel Boric,Chile)", "leader-of(Luis Arce,Bolivia)", "met-with(Gabriel Boric,Luis Arce)"}},
		{"imposed punitive measures on", "The [EU|group] imposed punitive measures on [Georgia|country] in June.",
			[]string{"sanctioned(EU,Georgia)/imposed"}},
		{"a modal after ', and' is the next clause's", "The [EU|group] imposed punitive measures on [Georgia|country] in June, and [Brussels|place] has said they could be lifted.",
			[]string{"sanctioned(EU,Georgia)/imposed"}},
		{"a negation after ', and' still counts", "[Chile|country] met [Peru|country] on Monday, and the meeting was later called off.",
			[]string{"met-with(Chile,Peru):negated"}},
		{"once in an apposition is no subordinator", "[Peru|country] is poor. [Peru|country] is at war. The [United States|country], once the chief backer of [Peru|country], imposed an arms embargo on the country.",
			[]string{"sanctioned(United States,Peru)/imposed"}},
		{"coordinated person described by a title run", "[Kenya|country]'s President [William Ruto|person] and his former deputy turned opposition leader [Rigathi Gachagua|person] met face-to-face in [Nairobi|place] on Wednesday.",
			[]string{"met-with(Rigathi Gachagua,William Ruto)"}},
		{"an embargo which X imposed on the island", "[Haiti|country] is poor. [Haiti|country] is an island. The arms embargo, which the [UN|group] imposed on the island in 2022, remains.",
			[]string{"sanctioned(UN,Haiti)/imposed"}},
		{"sanctions that X imposed on Y", "The sanctions that [Canada|country] imposed on [Nicaragua|country] remain.",
			[]string{"sanctioned(Canada,Nicaragua)/imposed"}},
		{"sanctions which were imposed with no target", "The sanctions, which were imposed by the [EU|group] in 2014, remain.", nil},
		{"fought a gunbattle with, past an -ly adverb", "[Chile|country]'s police fought an hours-long gunbattle with scores of heavily armed [Tren de Aragua|group] gunmen.",
			[]string{"clashed-with(Chile,Tren de Aragua)"}},
		{"a participle after a determiner is an adjective", "The sanctioned [Wagner Group|group] commanders met [Mali|country].",
			[]string{"met-with(Mali,Wagner Group)"}},
		{"has yet to take place", "A summit between [Chile|country] and [Bolivia|country] has yet to take place.",
			[]string{"met-with(Bolivia,Chile):negated"}},
	}
	runCases(t, tests)
}
