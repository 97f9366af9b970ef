package resolve

import "testing"

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
