package mention

import "testing"

// Name boundaries and types met on news from conflicts the rules were not
// written on: a day or adverb glued before a titled name, organisations
// named after a country, places typed by the words around them.
func TestUnseenBoundaries(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "day name before a titled name",
			text: "On Thursday Foreign Minister Teodoro Ramos flew to Caracas.",
			want: []want{{text: "Teodoro Ramos", typ: Person, title: "Foreign Minister"}},
			not:  []string{"Thursday Foreign Minister Teodoro Ramos", "Thursday"}},
		{name: "month before a name",
			text: "In March Olusegun Adeyemi was named envoy to the talks.",
			want: []want{{text: "Olusegun Adeyemi", typ: Person}},
			not:  []string{"March Olusegun Adeyemi"}},
	})
}

// A demonym whose letter opens a defined acronym is part of the body's
// name, which is then not the table's body of the shorter name.
func TestDemonymInAcronymName(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "demonym opens the defined name",
			text: "Fighters of the Kurdish Democratic Party (KDP) crossed the river.",
			want: []want{{text: "Kurdish Democratic Party", typ: Group}, {text: "KDP"}}},
		{name: "demonym before a known body with a longer acronym",
			text:  "The Karen People's Liberation Army (KPLA) shelled a post.",
			want:  []want{{text: "Karen People's Liberation Army", typ: Group}, {text: "KPLA"}},
			noKey: []string{"Karen People's Liberation Army"}},
		{name: "demonym only qualifies an acronym without its letter",
			text: "The Chinese People's Liberation Army (PLA) held drills.",
			want: []want{{text: "People's Liberation Army", typ: Group}},
			not:  []string{"Chinese People's Liberation Army"}},
	})
}

// Banks and companies: a name opened by "Bank", one word ending in
// "-bank", a name after "company" or before ", a ... lender".
func TestCompanies(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "bank named after a country",
			text: "Washington blacklisted Bank Melli Iran and two shipping firms.",
			want: []want{{text: "Bank Melli Iran", typ: Group}},
			not:  []string{"Iran"}},
		{name: "one-word bank",
			text: "The measures cut Promsvyazbank off from dollar clearing.",
			want: []want{{text: "Promsvyazbank", typ: Group}}},
		{name: "company before its name",
			text: "The envoy met the head of the state oil company Petrocaribe on Friday.",
			want: []want{{text: "Petrocaribe", typ: Group}}},
		{name: "airline named after a country",
			text: "The missile hit a Kenya Airways plane on the tarmac.",
			want: []want{{text: "Kenya Airways", typ: Group}},
			not:  []string{"Kenya"}},
	})
}

// An undefined acronym opening a longer unknown name is part of it.
func TestAcronymLedNames(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "hotel",
			text: "Delegates met at the KL Regency hotel in the capital.",
			want: []want{{text: "KL Regency", typ: Place}},
			not:  []string{"KL"}},
		{name: "title after the acronym",
			text: "The talks were led by AFRICOM Commander Dagvin Anderson.",
			want: []want{{text: "Dagvin Anderson", typ: Person}},
			not:  []string{"AFRICOM Commander Dagvin Anderson"}},
	})
}

// "the government" is the government of the country the text is about,
// not that of a country that opens the sentence as the actor, and not
// the owner of "government troops of X".
func TestGenericGovernmentOwner(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "the actor's own government would be 'its'",
			text: "LONDON (Reuters) - Britain on Monday froze the assets of four Belarusian officials over the government's treatment of prisoners. Belarus rejected the move. Belarus called it illegal. Britain said more could follow.",
			want: []want{{text: "government", key: "group:government-of-belarus"}}},
		{name: "the text's country",
			text: "Troops loyal to Belarus crossed the border. Belarus denied it. Officials in Belarus said the government had not been told.",
			want: []want{{text: "government", key: "group:government-of-belarus"}}},
		{name: "government troops of a named army",
			text: "Fighting went on in Sudan. Sudan blamed the rebels. In Sudan, government troops of the Popular Defence Army attacked a camp.",
			not:  []string{"government troops"}},
	})
}

// Capitals that act stand for their government, two together as well;
// Brussels stands for the European Union.
func TestCapitalsThatAct(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "capital as the subject of a sanction verb",
			text: "Ottawa froze the assets of six generals on Friday.",
			want: []want{{text: "Ottawa", typ: Country, key: "country:canada"}}},
		{name: "two capitals acting together",
			text: "Tokyo and Brussels blacklisted the shipping firm last year.",
			want: []want{{text: "Tokyo", typ: Country, key: "country:japan"}, {text: "Brussels", typ: Group, key: "group:european-union"}}},
		{name: "two capitals as places",
			text: "The envoys travelled to Tokyo and Brussels in May.",
			want: []want{{text: "Tokyo", typ: Place}, {text: "Brussels", typ: Place}}},
	})
}

// Places no table knows are typed by the words around them.
func TestPlaceContext(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "near, multiword",
			text: "Patrols clashed near Dinsoor Wells on Monday.",
			want: []want{{text: "Dinsoor Wells", typ: Place}}},
		{name: "positions at",
			text: "Artillery hit rebel positions at Kuluki overnight.",
			want: []want{{text: "Kuluki", typ: Place}}},
		{name: "a year, then at",
			text: "The two armies fought in 1999 at Bure Gamo before a truce.",
			want: []want{{text: "Bure Gamo", typ: Place}}},
		{name: "slum after the name, not joined",
			text: "Police raided the crowded Kawangware slum at dawn.",
			want: []want{{text: "Kawangware", typ: Place}}},
		{name: "airport with an org word inside",
			text: "The plane landed at Julius Nyerere International Airport on time.",
			want: []want{{text: "Julius Nyerere International Airport", typ: Place}}},
		{name: "zone with its acronym",
			text: "Troops left the Neutral Buffer Zone (NBZ) on Friday.",
			want: []want{{text: "Neutral Buffer Zone", typ: Place}}},
		{name: "two-city dateline",
			text: "NAIROBI/KAMPALA, May 2 (Reuters) - Talks resumed.",
			want: []want{{text: "NAIROBI", typ: Place}, {text: "KAMPALA", typ: Place}}},
	})
}

// Adjectives are no entities: language compounds, -phone words, a
// region's adjective before "nation", broken compounds, code names.
func TestAdjectivesAndCodeNames(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "language compound",
			text: "Protests spread in the Russian-speaking towns and the French-speaking north.",
			not:  []string{"Russian", "French"}},
		{name: "a group that leads keeps its name",
			text: "Tuareg-led rebels attacked the camp.",
			want: []want{{text: "Tuareg"}}},
		{name: "-phone adjective",
			text: "Teachers rejected the Anglophone policy.",
			not:  []string{"Anglophone"}},
		{name: "region's adjective before nation",
			text: "The president has ruled the West African nation since 1990.",
			not:  []string{"West African"}},
		{name: "hyphen compound before a country word",
			text: "A Muslim-Croat alliance was formed.",
			not:  []string{"Muslim-"}},
		{name: "code names of operations",
			text: "The raids, dubbed Desert Hawk and Iron Shield, began at dawn.",
			not:  []string{"Desert Hawk", "Iron Shield"}},
	})
}

// Bodies named after a country or a people, and names a title word, a
// town's name or a list would otherwise cut.
func TestBodiesOfPeoples(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "people of one nation in another country",
			text: "Leaders of the Kosovo Albanians met the envoy.",
			want: []want{{text: "Kosovo Albanians", typ: Group}}},
		{name: "led coalition",
			text: "Jets of the Saudi-led coalition struck the port.",
			want: []want{{text: "Saudi-led coalition", typ: Group}}},
		{name: "led body with an adjective",
			text: "They had support from a French-led multinational force.",
			want: []want{{text: "French-led multinational force", typ: Group}}},
		{name: "an appositive only describes",
			text: "The Eurasian Economic Union (EAEU), a Russian-led trade alliance, met in Minsk.",
			not:  []string{"Russian-led trade alliance"}},
		{name: "title word opening a body",
			text: "Chad's General Command of the Army denied it.",
			want: []want{{text: "General Command of the Army", typ: Group}}},
		{name: "adjective and separatists",
			text: "Ogadenian separatists blocked the road.",
			want: []want{{text: "Ogadenian separatists", typ: Group}}},
		{name: "town name opening a hyphenated base",
			text: "Talks were held at Fort Bragg and at the Wright-Kessler Air Base nearby.",
			want: []want{{text: "Wright-Kessler Air Base", typ: Place}}},
		{name: "second of two towns in a list",
			text: "Shells hit the villages of Ain Sakhra and Tal Hamid overnight.",
			want: []want{{text: "Tal Hamid", typ: Place}}},
	})
}

// A title's domain after "for" is no entity; an international body's
// office named after it is one body.
func TestTitleDomainAndOffices(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "domain after for",
			text: "Volker Turk, the U.N. High Commissioner for Human Rights, visited Juba.",
			not:  []string{"Human Rights"}},
		{name: "office of an international body",
			text: "Conakry welcomed the chief of the U.N. Office for West Africa.",
			want: []want{{text: "U.N. Office for West Africa", typ: Group}}},
	})
}

// An acronym before "news agency" is the outlet, not the table's body of
// those letters.
func TestOutletAcronym(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "news agency",
			text:  "The statement was carried by the SPS news agency.",
			want:  []want{{text: "SPS", typ: Group}},
			noKey: []string{"SPS"}},
	})
}

// A country's name before a state body's one-word name is that body.
func TestStateBody(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "country and Treasury",
			text: "The UK Treasury froze the accounts on Monday.",
			want: []want{{text: "UK Treasury", typ: Group}},
			not:  []string{"UK"}},
	})
}

// "Kosovo Serb gunmen" are the Kosovo Serbs when the text names them; the
// country's name inside is no party.
func TestPeopleAdjective(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "the people named, then their adjective",
			text: "Talks with the Kosovo Albanians stalled. Kosovo Albanian protesters blocked the road.",
			want: []want{{text: "Kosovo Albanian", typ: Group, key: "group:kosovo-albanians", canon: "Kosovo Albanians"}}},
		{name: "the adjective alone stays as before",
			text: "Kosovo Albanian protesters blocked the road.",
			not:  []string{"Kosovo Albanian"}},
	})
}

// A state's long name the table does not know is a country.
func TestRepublicOf(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "unknown long name",
			text: "The council lifted sanctions on the Socialist Republic of Ruritania in May.",
			want: []want{{text: "Socialist Republic of Ruritania", typ: Country}}},
		{name: "known country's long name takes its key",
			text: "Envoys of the Republic of Kosovo arrived.",
			want: []want{{text: "Republic of Kosovo", typ: Country, key: "country:kosovo"}}},
	})
}

// A body's name written in lower case before "base" only says what kind
// of base it is.
func TestKindOfBase(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "lower-case air force base",
			text: "Germany hosted the talks at a U.S. air force base near Ramstein.",
			not:  []string{"U.S. air force"}},
		{name: "the body named in capitals",
			text: "The U.S. Air Force said the jets returned.",
			want: []want{{text: "U.S. Air Force", typ: Group}}},
	})
}

// An unknown name before "flight" is the airline.
func TestAirlineBeforeFlight(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "airline",
			text: "A Wizzair flight from Rome was forced to land.",
			want: []want{{text: "Wizzair", typ: Group}}},
	})
}

// Requests from the relation side: capitals before more action verbs, a
// number opening a body's name, "ethnic X" for peoples no table knows,
// companies after a demonym and a trade noun.
func TestRelationSideRequests(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "capital delisted",
			text: "Canberra delisted the two firms on Friday.",
			want: []want{{text: "Canberra", typ: Country, key: "country:australia"}}},
		{name: "number opens a name",
			text: "Fighters of the Four Rivers Alliance seized the town.",
			want: []want{{text: "Four Rivers Alliance", typ: Group}}},
		{name: "ethnic people no table knows",
			text: "Police dispersed ethnic Vandari protesters in the square.",
			want: []want{{text: "ethnic Vandari", typ: Group}}},
		{name: "company after demonym and trade noun",
			text: "The ministry blacklisted Dutch chipmaker Voltrax on Monday.",
			want: []want{{text: "Voltrax", typ: Group}}},
	})
}
