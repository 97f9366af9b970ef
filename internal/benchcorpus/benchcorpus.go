// Package benchcorpus writes synthetic news articles for benchmarks: varied
// people (with spelling variants), countries and cities from the embedded
// gazetteer, meetings, clashes, sanctions, negations and hypotheticals, from
// sentence templates kept as data. The same seed gives the same corpus.
package benchcorpus

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

//go:embed data/templates.txt
var templatesData string

//go:embed data/names.txt
var namesData string

// Pools are the names the generator draws from. Groups default to the
// synthetic armed groups of data/names.txt.
type Pools struct {
	Countries []string
	Cities    []string
	Groups    []string
}

// FromGazetteer draws countries and cities (over a million people, so that
// the names are unambiguous) from the embedded gazetteer.
func FromGazetteer() Pools {
	var p Pools
	for _, e := range gazetteer.Default().Entries() {
		switch {
		case e.Kind == gazetteer.KindCountry && e.Population > 1_000_000:
			p.Countries = append(p.Countries, e.Name)
		case e.Kind == gazetteer.KindCity && e.Population > 1_000_000:
			p.Cities = append(p.Cities, e.Name)
		}
	}
	return p
}

type template struct{ kind, text string }

// Generator writes articles.
type Generator struct {
	pools     Pools
	templates []template
	given     [][]string
	stems     [][]string
	particles []string
	groups    []string
}

// New returns a generator over pools.
func New(p Pools) (*Generator, error) {
	if len(p.Countries) < 3 || len(p.Cities) == 0 {
		return nil, fmt.Errorf("benchcorpus: pools need 3 countries and a city")
	}
	g := &Generator{pools: p}
	for _, line := range strings.Split(templatesData, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, text, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("benchcorpus: templates: bad line %q", line)
		}
		g.templates = append(g.templates, template{kind, text})
	}
	for _, line := range strings.Split(namesData, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "given":
			for _, v := range f[1:] {
				g.given = append(g.given, strings.Split(v, "|"))
			}
		case "stem":
			for _, v := range f[1:] {
				g.stems = append(g.stems, strings.Split(v, "|"))
			}
		case "particle":
			g.particles = strings.Split(f[1], "|")
		case "group":
			g.groups = f[1:]
		}
	}
	if len(g.pools.Groups) == 0 {
		g.pools.Groups = g.groups
	}
	return g, nil
}

// Article is one generated article, in the JSON Lines input format.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

// person returns one spelling of person number i: given name, particle and
// stem variants chosen at random, so one person appears under several forms.
func (g *Generator) person(r *rand.Rand, i int) string {
	given := g.given[i%len(g.given)]
	stem := g.stems[(i/len(g.given))%len(g.stems)]
	part := g.particles[(i/7)%len(g.particles)]
	if part != "" && r.IntN(3) == 0 {
		part = g.particles[r.IntN(len(g.particles))]
	}
	switch r.IntN(6) {
	case 0:
		return part + stem[r.IntN(len(stem))] // surname alone
	default:
		return given[r.IntN(len(given))] + " " + part + stem[r.IntN(len(stem))]
	}
}

// Article returns article number n of the corpus seeded with seed.
func (g *Generator) Article(seed uint64, n int) Article {
	r := rand.New(rand.NewPCG(seed, uint64(n)))
	people := len(g.given) * len(g.stems)
	var b strings.Builder
	paras := 3 + r.IntN(3)
	for p := 0; p < paras; p++ {
		for s := 0; s < 3+r.IntN(3); s++ {
			t := g.templates[r.IntN(len(g.templates))]
			c := g.pools.Countries[r.IntN(len(g.pools.Countries))]
			c2 := g.pools.Countries[r.IntN(len(g.pools.Countries))]
			c3 := g.pools.Countries[r.IntN(len(g.pools.Countries))]
			repl := strings.NewReplacer(
				"{P2}", g.person(r, r.IntN(people)), "{P}", g.person(r, r.IntN(people)),
				"{C2}", c2, "{C3}", c3, "{C}", c,
				"{CITY}", g.pools.Cities[r.IntN(len(g.pools.Cities))],
				"{G}", g.pools.Groups[r.IntN(len(g.pools.Groups))])
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(repl.Replace(t.text))
		}
		b.WriteString("\n\n")
	}
	return Article{
		ID:    fmt.Sprintf("gen-%07d", n),
		Title: fmt.Sprintf("Generated article %d", n),
		Date:  fmt.Sprintf("2025-%02d-%02d", 1+n%12, 1+n%28),
		Text:  b.String(),
	}
}

// WriteJSONL writes articles [0, n) as JSON Lines and returns the number of
// words written.
func (g *Generator) WriteJSONL(w io.Writer, seed uint64, n int) (words int64, err error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	for i := 0; i < n; i++ {
		a := g.Article(seed, i)
		words += int64(len(strings.Fields(a.Text)))
		if err := enc.Encode(a); err != nil {
			return words, fmt.Errorf("write article %d: %w", i, err)
		}
	}
	return words, bw.Flush()
}
