package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, name := range []string{"Damascus", "Türkiye", "Syrians", "U.N."} {
		e := g.Lookup(name)[0]
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s -> %s %s %s", name, e.Key, e.Kind, e.Country)))
	}
	// Output:
	// Damascus -> place:damascus city country:syria
	// Türkiye -> country:turkey country
	// Syrians -> country:syria demonym
	// U.N. -> group:united-nations org
}

func ExampleGazetteer_LongestMatch() {
	g := gazetteer.Default()
	words := strings.Fields("Turkish troops entered the Golan Heights , the United Nations said")
	for i := 0; i < len(words); i++ {
		if es, n := g.LongestMatch(words, i); n > 0 {
			fmt.Println(strings.Join(words[i:i+n], " "), "->", es[0].Key)
			i += n - 1
		}
	}
	// Output:
	// Turkish -> country:turkey
	// Golan Heights -> place:golan-heights
	// United Nations -> group:united-nations
}

func ExampleGazetteer_Title() {
	g := gazetteer.Default()
	words := strings.Fields("Deputy Foreign Minister Ali Bagheri")
	title, n := g.Title(words, 0)
	fmt.Println(title, n)
	// Output: Deputy Foreign Minister 3
}
