package mention

import "testing"

// Uniformed forces other than the army and units named by their number are
// parties of their own; the sentences are about conflicts none of the
// evaluation sets covers.
func TestForcesAndNumberedUnits(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "demonym police is the force",
			text: "Peruvian police fought a long gunbattle with coca growers near Ayacucho on Friday.",
			want: []want{{text: "Peruvian police", typ: Group, key: "group:peru-police", canon: "Peruvian police"}},
			not:  []string{"Peruvian"}},
		{name: "country's coast guard, either spelling, one key",
			text: "The Vietnam Coast Guard said a Vietnamese coast guard cutter was rammed.",
			want: []want{{text: "Vietnam Coast Guard", typ: Group, key: "group:vietnam-coast-guard"},
				{text: "Vietnamese coast guard", typ: Group, key: "group:vietnam-coast-guard"}}},
		{name: "a possessive is no part of the force's name",
			text: "Vietnam's coast guard fired water cannon at a fishing boat.",
			want: []want{{text: "Vietnam's coast guard", typ: Group, key: "group:vietnam-coast-guard", canon: "Vietnam coast guard"}}},
		{name: "gendarmerie",
			text: "Malian gendarmerie units withdrew from the town.",
			want: []want{{text: "Malian gendarmerie", typ: Group, key: "group:mali-gendarmerie"}}},
		{name: "a police state is no force",
			text: "Critics say Eritrea has become a police state.",
			want: []want{{text: "Eritrea", typ: Country}}},
		{name: "a people's word found through its country keeps its spelling",
			text: "Witnesses said Uzbek police fired on the crowd.",
			want: []want{{text: "Uzbek police", typ: Group, key: "group:uzbekistan-police", canon: "Uzbek police"}}},
		{name: "unknown people's word, armed adjective, body: one armed group",
			text: "Sources said Lezgin separatist forces, backed by foreign volunteers, attacked a checkpoint.",
			want: []want{{text: "Lezgin separatist forces", typ: Group}},
			not:  []string{"Lezgin"}},
		{name: "numbered brigade",
			text: "The battle pitted the 217 Brigade against a rival militia near Sirte.",
			want: []want{{text: "217 Brigade", typ: Group}}},
		{name: "ordinal division",
			text: "Soldiers of the 9th Mechanised Division crossed the river.",
			want: []want{{text: "9th Mechanised Division", typ: Group}}},
		{name: "a year before a capitalised unit word is no unit",
			text: "In 2019 Brigade commanders met in Misrata.",
			not:  []string{"2019 Brigade"}},
		{name: "a hyphened number is no unit",
			text: "A 300-strong Brigade of volunteers arrived.",
			not:  []string{"300-strong Brigade", "300 Brigade"}},
	})
}
