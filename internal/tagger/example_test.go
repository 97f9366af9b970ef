package tagger_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/tagger"
)

func ExampleModel_Tag() {
	m, err := tagger.Default()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("Foreign Minister Anna Lindqvist flew to Cairo for talks with the Arab League .")
	for _, sp := range tagger.Spans(m.Tag(words)) {
		fmt.Println(sp.Type, strings.Join(words[sp.Start:sp.End], " "))
	}
	// Output:
	// PER Anna Lindqvist
	// PLACE Cairo
	// GRP Arab League
}

func ExampleMetrics() {
	gold := []tagger.Tag{tagger.BPer, tagger.IPer, tagger.O, tagger.BCtry}
	pred := []tagger.Tag{tagger.BPer, tagger.O, tagger.O, tagger.BCtry}
	m := tagger.NewMetrics()
	m.Add(gold, pred)
	fmt.Printf("P %.2f R %.2f F1 %.2f\n", m.Micro.Precision(), m.Micro.Recall(), m.Micro.F1())
	// Output:
	// P 0.50 R 0.50 F1 0.50
}
