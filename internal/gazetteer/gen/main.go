// Command gen builds the gazetteer tables in internal/gazetteer/data from the
// raw public sources in shared/data (factbook-json, geonames, natural-earth,
// supraverden-intl-orgs) and the hand-written files beside it.
//
//	go run ./internal/gazetteer/gen -data ../shared/data -out internal/gazetteer/data
//
// The output is sorted, so the same input gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	data := flag.String("data", "../shared/data", "directory with the raw sources")
	out := flag.String("out", "internal/gazetteer/data", "output directory for the tables")
	hand := flag.String("hand", "", "directory with the generator's hand-written inputs (default: beside this source)")
	words := flag.String("words", "", "CoNLL news corpus for word statistics (default: DATA/../training/gmb/train.conll; \"none\" to skip)")
	flag.Parse()
	if *hand == "" {
		_, file, _, _ := runtime.Caller(0)
		*hand = filepath.Dir(file)
	}
	if *words == "" {
		*words = filepath.Join(*data, "..", "training", "gmb", "train.conll")
	}
	if *words == "none" {
		*words = ""
	}
	if err := run(*data, *hand, *out, *words); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, hand, out, words string) error {
	g := &gen{data: data, hand: hand, out: out, words: words}
	steps := []func() error{g.loadCommonWords, g.loadWordStats, g.handCommonWords, g.loadCountries, g.cities, g.regions, g.factbookExtras, g.orgs, g.writeAll}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}
