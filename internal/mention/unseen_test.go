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
