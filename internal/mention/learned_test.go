package mention

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/load"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// tgWordTagger tags words from a fixed table: a stand-in for a model whose
// output the policy tests must control.
type tgWordTagger map[string]tagger.Tag

func (w tgWordTagger) Tag(words []string) []tagger.Tag {
	out := make([]tagger.Tag, len(words))
	for i, x := range words {
		out[i] = w[x]
	}
	return out
}

// tgFixedFinder returns mentions of fixed strings, wherever they occur,
// with the type and source of its template.
type tgFixedFinder map[string]Mention

func (f tgFixedFinder) Find(text string, sents []segment.Sentence) []Mention {
	var out []Mention
	for si, s := range sents {
		for name, tm := range f {
			if i := strings.Index(text[s.Start:s.End], name); i >= 0 {
				st := s.Start + i
				out = append(out, Mention{Start: st, End: st + len(name), Text: name, Type: tm.Type, Sentence: si, Source: tm.Source, Attrs: tm.Attrs})
			}
		}
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// tgSentences splits text at newlines and spaces: one sentence a line, a
// line starting with "#" is not prose.
func tgSentences(text string) []segment.Sentence {
	var out []segment.Sentence
	pos := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := segment.Sentence{Start: pos, End: pos + len(strings.TrimRight(line, "\n")), Prose: !strings.HasPrefix(line, "#")}
		off := pos
		for _, w := range strings.Split(strings.TrimRight(line, "\n"), " ") {
			if w != "" {
				s.Tokens = append(s.Tokens, segment.Token{Start: off, End: off + len(w), Text: w})
			}
			off += len(w) + 1
		}
		out = append(out, s)
		pos += len(line)
	}
	return out
}

type tgGot struct {
	Text   string
	Type   Type
	Source string
	Key    string
}

func tgSummary(text string, ms []Mention) []tgGot {
	var out []tgGot
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			panic("offsets do not match the text: " + m.Text)
		}
		out = append(out, tgGot{m.Text, m.Type, m.Source, m.Key})
	}
	return out
}

func TestLearnedPolicy(t *testing.T) {
	tg := tgWordTagger{
		"Jan": tagger.BPer, "Kowalczyk": tagger.IPer, "Karmel": tagger.BPlace, "Ridge": tagger.IPlace,
		"old": tagger.BGrp, "regime": tagger.IGrp, // a tagging slip on lower-case words
		"National": tagger.BGrp, "Dialogue": tagger.IGrp, // common words
		"Noraland": tagger.BCtry, "Isles": tagger.ICtry, // "country" no table knows
		"'s":     tagger.IPer,                             // possessive inside a span
		"➡":      tagger.BPlace,                           // a symbol
		"Velmar": tagger.BPlace,                           // one word
		"United": tagger.BPlace, "Nations": tagger.IPlace, // known to the gazetteer as an organisation
		"Institute": tagger.BGrp, "for": tagger.IGrp, "the": tagger.IGrp, "Study": tagger.IGrp, "of": tagger.IGrp, "War": tagger.IGrp,
		"Unity": tagger.BGrp, "Front": tagger.IGrp,
		"Oru": tagger.BGrp, "Tesk": tagger.IGrp, "Bay": tagger.IGrp,
		"West": tagger.BGrp, "Doruvian": tagger.IGrp, // a direction and an adjective
	}
	base := tgFixedFinder{
		"Unity Front": {Type: Group, Source: "rule:test"},
		"Velmar":      {Source: "rule:single"},
		"Oru Tesk":    {Type: Person, Source: "rule:name"},
	}
	gaz := gazetteer.Default()
	tests := []struct {
		name, text string
		want       []tgGot
	}{
		{"adds a person", "Talks with Jan Kowalczyk ended .", []tgGot{{"Jan Kowalczyk", Person, "tagger", ""}}},
		{"trims the possessive", "It was Jan Kowalczyk 's plan .", []tgGot{{"Jan Kowalczyk", Person, "tagger", ""}}},
		{"base wins on overlap", "Unity Front won .", []tgGot{{"Unity Front", Group, "rule:test", ""}}},
		{"base keeps its guess", "Oru Tesk Bay voted .", []tgGot{{"Oru Tesk", Person, "rule:name", ""}}},
		{"base keeps an untyped word", "Rain fell on Velmar .", []tgGot{{"Velmar", "", "rule:single", ""}}},
		{"not in headlines", "# Jan Kowalczyk Visits Karmel Ridge", nil},
		{"lower-case span dropped", "He fought the old regime .", nil},
		{"short common phrase dropped", "The National Dialogue ended .", nil},
		{"long name of common words kept", "The Institute for the Study of War said so .", []tgGot{{"Institute for the Study of War", Group, "tagger", ""}}},
		{"symbol dropped", "➡ more", nil},
		{"event dropped", "The Ostra Film Festival opened .", nil},
		{"office dropped", "The Ostra Treasury Secretary spoke .", nil},
		{"adjective of place dropped", "They shelled the West Doruvian capital .", nil},
		{"trailing day trimmed", "Jan Kowalczyk Monday said so .", []tgGot{{"Jan Kowalczyk", Person, "tagger", ""}}},
		{"unknown country becomes a place", "They reached Noraland Isles .", []tgGot{{"Noraland Isles", Place, "tagger", ""}}},
		{"gazetteer type wins", "The United Nations met .", []tgGot{{"United Nations", Group, "tagger", "group:united-nations"}}},
		{"sorted with the base mentions", "Jan Kowalczyk and Unity Front met at Karmel Ridge .", []tgGot{
			{"Jan Kowalczyk", Person, "tagger", ""}, {"Unity Front", Group, "rule:test", ""}, {"Karmel Ridge", Place, "tagger", ""},
		}},
	}
	f := NewLearned(base, tg, gaz)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := f.Find(tt.text, tgSentences(tt.text))
			if g := tgSummary(tt.text, ms); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("got %v\nwant %v", g, tt.want)
			}
		})
	}
}

// tgScoreTagger tags words from a fixed table and scores each tag: the
// word's tag scores margin, its rival alt scores altScore, every other tag
// 0.
type tgScoreTagger map[string]tgScore

type tgScore struct {
	tag      tagger.Tag
	margin   int32
	alt      tagger.Tag
	altScore int32
}

func (w tgScoreTagger) Tag(words []string) []tagger.Tag {
	tags, _ := w.TagScores(words)
	return tags
}

func (w tgScoreTagger) TagScores(words []string) ([]tagger.Tag, [][tagger.NumTags]int32) {
	tags, scores := make([]tagger.Tag, len(words)), make([][tagger.NumTags]int32, len(words))
	for i, x := range words {
		tags[i] = w[x].tag
		scores[i][w[x].alt] = w[x].altScore
		scores[i][w[x].tag] = w[x].margin
	}
	return tags, scores
}

func TestLearnedConfidentPolicy(t *testing.T) {
	tg := tgScoreTagger{
		"Kasimir": {tag: tagger.BPer, margin: 300}, "Ridge": {tag: tagger.IPer, margin: 300}, // a person the rules took for a place
		"Dorn": {tag: tagger.BPer, margin: 300}, "Fell": {tag: tagger.IPer, margin: 40}, // unsure
		// sure it is one name, not of its type
		"Velka":  {tag: tagger.BPlace, margin: 200, alt: tagger.BGrp, altScore: 180},
		"Strana": {tag: tagger.IPlace, margin: 150},
		"Nova":   {tag: tagger.BGrp, margin: 200}, "Lig": {tag: tagger.IGrp, margin: 200},
		"Senat": {tag: tagger.BGrp, margin: 200}, "Ostrov": {tag: tagger.BPlace, margin: 200}, "AP": {tag: tagger.BGrp, margin: 300},
		"Mira": {tag: tagger.BPer, margin: 300}, "Holt": {tag: tagger.IPer, margin: 300},
		"Brel": {tag: tagger.BGrp, margin: 300}, "and": {tag: tagger.IGrp, margin: 300}, "Tarn": {tag: tagger.IGrp, margin: 300},
		// one name by the tagger, but the second word would rather open a
		// new one: no join
		"Kel": {tag: tagger.BGrp, margin: 300}, "Maro": {tag: tagger.IGrp, margin: 300, alt: tagger.BPlace, altScore: 250},
	}
	base := tgFixedFinder{
		"Kasimir Ridge": {Type: Place, Source: SrcPlaceHead},
		"Dorn Fell":     {Type: Place, Source: SrcPlaceHead},
		"Mira Holt":     {Type: Place, Source: SrcGazetteer},
		"Velka":         {Type: Place, Source: SrcSingle},
		"Strana":        {Type: Group, Source: SrcCue},
		"Nova":          {Source: SrcSingle},
		"Lig":           {Source: SrcSingle},
		"Brel":          {Source: SrcSingle},
		"Tarn":          {Source: SrcSingle},
		"Kel":           {Source: SrcSingle},
		"Maro":          {Source: SrcSingle},
	}
	tests := []struct {
		name, text string
		want       []tgGot
	}{
		{"sure person retypes a head-word place", "They met Kasimir Ridge .", []tgGot{{"Kasimir Ridge", Person, "tagger:place-head", ""}}},
		{"unsure person does not", "They met Dorn Fell .", []tgGot{{"Dorn Fell", Place, SrcPlaceHead, ""}}},
		{"gazetteer type stays", "They met Mira Holt .", []tgGot{{"Mira Holt", Place, SrcGazetteer, ""}}},
		{"join takes the cue's type", "The Velka Strana party won .", []tgGot{{"Velka Strana", Group, SourceTaggerJoin, ""}}},
		{"join of untyped pieces takes the tagger's", "The Nova Lig won .", []tgGot{{"Nova Lig", Group, SourceTaggerJoin, ""}}},
		{"no join when unsure of the bounds", "The Kel Maro won .", []tgGot{{"Kel", "", SrcSingle, ""}, {"Maro", "", SrcSingle, ""}}},
		{"no join over a word between", "Brel and Tarn won .", []tgGot{{"Brel", "", SrcSingle, ""}, {"Tarn", "", SrcSingle, ""}}},
		{"sure single word added", "It went to the Senat .", []tgGot{{"Senat", Group, SourceTagger, ""}}},
		{"not at the start of a sentence", "Ostrov fell .", nil},
		{"nor a word the rules list as no name", "Photos by AP .", nil},
	}
	f := NewLearned(base, tg, gazetteer.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := f.Find(tt.text, tgSentences(tt.text))
			if g := tgSummary(tt.text, ms); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("got %v\nwant %v", g, tt.want)
			}
		})
	}
	// The acronym defined after the last piece names the joined whole.
	acr := tgFixedFinder{"Nova": {Source: SrcSingle}, "Lig": {Source: SrcSingle, Attrs: map[string]string{AttrAcronym: "NL"}}}
	text := "The Nova Lig ( NL ) won ."
	ms := NewLearned(acr, tg, gazetteer.Default()).Find(text, tgSentences(text))
	if len(ms) != 1 || ms[0].Text != "Nova Lig" || ms[0].Attrs[AttrAcronym] != "NL" {
		t.Errorf("join with an acronym: got %+v", ms)
	}
	// A higher bar keeps the base as it is.
	strict := &Learned{Base: base, Tagger: tg, Gaz: gazetteer.Default(), MinMargin: 1000}
	text = "They met Kasimir Ridge ."
	if g := tgSummary(text, strict.Find(text, tgSentences(text))); !reflect.DeepEqual(g, []tgGot{{"Kasimir Ridge", Place, SrcPlaceHead, ""}}) {
		t.Errorf("MinMargin 1000: got %v", g)
	}
}

// TestLearnedWork checks that skipping the sentences where no policy could
// apply changes nothing, on the sample and held-out articles.
func TestLearnedWork(t *testing.T) {
	m, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	gaz := gazetteer.Default()
	rules := NewRules(gaz)
	fast, all := NewLearned(rules, m, gaz), NewLearned(rules, m, gaz)
	all.tagAll = true
	dirs, _ := filepath.Glob("../../testdata/heldout*/articles")
	dirs = append(dirs, "../../testdata/articles")
	n := 0
	for d, err := range load.Documents(dirs) {
		if err != nil {
			t.Fatal(err)
		}
		ss := segment.Default{}.Segment(d.Text)
		if a, b := fast.Find(d.Text, ss), all.Find(d.Text, ss); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: skipping sentences changed the mentions:\n%v\n%v", d.ID, tgSummary(d.Text, a), tgSummary(d.Text, b))
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d articles read from %v", n, dirs)
	}
}

func TestLearnedNoTagger(t *testing.T) {
	text := "Unity Front won ."
	f := NewLearned(tgFixedFinder{"Unity Front": {Type: Group, Source: "rule:test"}}, nil, nil)
	if g := tgSummary(text, f.Find(text, tgSentences(text))); len(g) != 1 || g[0].Source != "rule:test" {
		t.Errorf("got %v", g)
	}
}

func TestLearnedShippedModel(t *testing.T) {
	m, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Officials said Prime Minister Ingrid Haldorsen arrived in the port city on Monday ."
	f := NewLearned(nil, m, gazetteer.Default())
	g := tgSummary(text, f.Find(text, tgSentences(text)))
	if !reflect.DeepEqual(g, []tgGot{{"Ingrid Haldorsen", Person, "tagger", ""}}) {
		t.Errorf("got %v", g)
	}
}

func BenchmarkLearned(b *testing.B) {
	m, err := tagger.Default()
	if err != nil {
		b.Fatal(err)
	}
	// Varied news sentences, one a line, tokens apart (the tagger's own).
	raw, err := os.ReadFile("../tagger/testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	sents := tgSentences(text)
	words := len(strings.Fields(text))
	// No base: every sentence has room for tagger spans, so this is the
	// worst case (with a base, sentences it covers are not tagged).
	f := NewLearned(nil, m, gazetteer.Default())
	for b.Loop() {
		f.Find(text, sents)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
