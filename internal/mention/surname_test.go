package mention

import "testing"

// An ordinary word opening a sentence is a person's surname when the
// document has named that person in full before.
func TestSurnameOpeningSentence(t *testing.T) {
	checkCases(t, []qualityCase{
		{name: "surname that is also a common word",
			text: "Ghanaian Foreign Minister Ama Stone arrived in Lome on Monday. Stone, whose plane landed late, met reporters near the stone bridge.",
			want: []want{{text: "Ama Stone", typ: Person}, {text: "Stone", typ: Person}}},
		{name: "the common word with no such person stays a word",
			text: "Ghanaian Foreign Minister Ama Mensah arrived in Lome on Monday. Stone, brick and timber were piled near the stone bridge.",
			not:  []string{"Stone"}},
	})
}
