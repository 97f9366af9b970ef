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
	flag.Parse()
	if *hand == "" {
		_, file, _, _ := runtime.Caller(0)
		*hand = filepath.Dir(file)
	}
	if err := run(*data, *hand, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(data, hand, out string) error {
	g := &gen{data: data, hand: hand, out: out}
	steps := []func() error{g.loadCommonWords, g.loadCountries, g.cities, g.factbookExtras, g.regions, g.orgs, g.writeAll}
	for _, s := range steps {
		if err := s(); err != nil {
			return err
		}
	}
	return nil
}
