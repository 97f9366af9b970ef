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
	}
	runCases(t, tests)
}
