package mention

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
	"github.com/newsgraph/newsgraph/internal/load"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tagger"
)

// These are measuring tools, not tests: they run only when their
// environment variable names the data, which lives outside the tree.
//
//	NEWSGRAPH_TAGGER_CONLL=/work/shared/training/gmb/dev.conll go test ./internal/mention -run TestLearnedCoNLL -v
//
// scores rules-only and rules+tagger mentions against CoNLL gold (exact
// span and type), the honest figure for names no table or rule knows, and
// the precision of each kind of tagger decision (NEWSGRAPH_TAGGER_MARGIN
// sets Learned.MinMargin, NEWSGRAPH_TAGGER_SHOW=1 lists every decision,
// NEWSGRAPH_TAGGER_AGREE=1 tabulates who is right where rules and tagger
// differ, by rule and margin);
//
//	NEWSGRAPH_TAGGER_DUMP=testdata/heldout2/articles go test ./internal/mention -run TestLearnedDump -v
//
// prints, per prose sentence, what the rules found and what the tagger
// said (with its margin), to see where the two disagree.

// tgDocSize is how many CoNLL sentences make one document: the rules use
// what the rest of a document says (words seen in lower case, names
// defined earlier), and the dev files keep their sentences in order.
const tgDocSize = 20

func TestLearnedCoNLL(t *testing.T) {
	paths := os.Getenv("NEWSGRAPH_TAGGER_CONLL")
	if paths == "" {
		t.Skip("set NEWSGRAPH_TAGGER_CONLL to CoNLL files to measure")
	}
	sents, err := tagger.ReadCoNLLFiles(strings.Split(paths, ",")...)
	if err != nil {
		t.Fatal(err)
	}
	rules, merged, m := evalFinders(t)
	if v := os.Getenv("NEWSGRAPH_TAGGER_MARGIN"); v != "" {
		mm, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("NEWSGRAPH_TAGGER_MARGIN: %v", err)
		}
		merged.MinMargin = int32(mm)
	}
	type counts struct{ gold, pred, ok, untyped int }
	var cr, cm counts
	bySource := map[string]*counts{}
	score := func(c *counts, gold map[[3]int]Type, ms []Mention, starts, ends map[int]int, src bool) {
		for _, x := range ms {
			if x.Type == "" {
				c.untyped++
				continue
			}
			ti, ok1 := starts[x.Start]
			tj, ok2 := ends[x.End]
			hit := ok1 && ok2 && gold[[3]int{x.Sentence, ti, tj + 1}] == x.Type
			c.pred++
			if hit {
				c.ok++
			}
			if src && strings.HasPrefix(x.Source, SourceTagger) && os.Getenv("NEWSGRAPH_TAGGER_SHOW") != "" {
				g := "-"
				for k, ty := range gold {
					if k[0] == x.Sentence && ok1 && ok2 && k[1] <= ti && tj < k[2] || k[0] == x.Sentence && ok1 && ok2 && ti <= k[1] && k[2] <= tj+1 {
						g += fmt.Sprintf(" %d-%d/%s", k[1], k[2], ty)
					}
				}
				t.Logf("%v %s %q %s %d-%d gold%s", hit, x.Source, x.Text, x.Type, ti, tj+1, g)
			}
			if src {
				s := bySource[x.Source]
				if s == nil {
					s = &counts{}
					bySource[x.Source] = s
				}
				s.pred++
				if hit {
					s.ok++
				}
			}
		}
	}
	agree := map[string]*[4]int{}
	for lo := 0; lo < len(sents); lo += tgDocSize {
		doc := sents[lo:min(lo+tgDocSize, len(sents))]
		text, ss, starts, ends := tgDocument(doc)
		gold := map[[3]int]Type{} // sentence, first word, end word: type
		for si, s := range doc {
			for _, sp := range tagger.Spans(s.Tags) {
				gold[[3]int{si, sp.Start, sp.End}] = tgTypeOf[sp.Type]
			}
		}
		if os.Getenv("NEWSGRAPH_TAGGER_AGREE") != "" {
			tgAgreement(agree, m, doc, rules.Find(text, ss), starts, ends, gold)
		}
		cr.gold += len(gold)
		cm.gold += len(gold)
		score(&cr, gold, rules.Find(text, ss), starts, ends, false)
		score(&cm, gold, merged.Find(text, ss), starts, ends, true)
	}
	row := func(name string, c counts) {
		p, r := float64(c.ok)/float64(max(c.pred, 1)), float64(c.ok)/float64(max(c.gold, 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-12s P %.3f R %.3f F1 %.3f (gold %d, typed %d, correct %d, untyped %d)", name, p, r, f, c.gold, c.pred, c.ok, c.untyped)
	}
	row("rules", cr)
	row("rules+tagger", cm)
	keys := slices.Sorted(maps.Keys(agree))
	for _, k := range keys {
		a := agree[k]
		t.Logf("  %-50s n %5d ruleOK %5d tagOK %5d neither %5d", k, a[0], a[1], a[2], a[3])
	}
	for src, c := range bySource {
		if strings.HasPrefix(src, SourceTagger) {
			t.Logf("  %-22s typed %5d correct %5d (P %.3f)", src, c.pred, c.ok, float64(c.ok)/float64(max(c.pred, 1)))
		}
	}
}

// tgDocument lays CoNLL sentences out as a text of one sentence a line,
// words apart, and maps byte offsets back to word indices.
func tgDocument(doc []tagger.Sentence) (string, []segment.Sentence, map[int]int, map[int]int) {
	var b strings.Builder
	var ss []segment.Sentence
	starts, ends := map[int]int{}, map[int]int{}
	for _, s := range doc {
		sent := segment.Sentence{Start: b.Len(), Prose: true}
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(w)
			starts[st], ends[b.Len()] = i, i
			sent.Tokens = append(sent.Tokens, segment.Token{Start: st, End: b.Len(), Text: w})
		}
		sent.End = b.Len()
		b.WriteByte('\n')
		ss = append(ss, sent)
	}
	return b.String(), ss, starts, ends
}

func TestLearnedDump(t *testing.T) {
	dir := os.Getenv("NEWSGRAPH_TAGGER_DUMP")
	if dir == "" {
		t.Skip("set NEWSGRAPH_TAGGER_DUMP to a folder of articles to dump")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", "..", dir)
	}
	rules, merged, m := evalFinders(t)
	var out strings.Builder
	for d, err := range load.Documents([]string{dir}) {
		if err != nil {
			t.Fatal(err)
		}
		ss := segment.Default{}.Segment(d.Text)
		base := rules.Find(d.Text, ss)
		all := merged.Find(d.Text, ss)
		fmt.Fprintf(&out, "=== %s\n", d.ID)
		for si, s := range ss {
			if !s.Prose {
				continue
			}
			words := make([]string, len(s.Tokens))
			for i, tk := range s.Tokens {
				words[i] = tk.Text
			}
			tags, sc := m.TagScores(words)
			margins := tagger.Margins(tags, sc)
			var line []string
			for _, sp := range tagger.Spans(tags) {
				st, en := s.Tokens[sp.Start].Start, s.Tokens[sp.End-1].End
				line = append(line, fmt.Sprintf("%s/%s/%d", d.Text[st:en], sp.Type, tagger.SpanMargin(margins, sp)))
			}
			var bl, ml []string
			for _, x := range base {
				if x.Sentence == si {
					bl = append(bl, fmt.Sprintf("%s/%s/%s", x.Text, x.Type, strings.TrimPrefix(x.Source, "rule:")))
				}
			}
			for _, x := range all {
				if x.Sentence == si && strings.HasPrefix(x.Source, SourceTagger) {
					ml = append(ml, fmt.Sprintf("%s/%s/%s", x.Text, x.Type, x.Source))
				}
			}
			fmt.Fprintf(&out, "S %s\n  R: %s\n  T: %s\n", d.Text[s.Start:s.End], strings.Join(bl, " | "), strings.Join(line, " | "))
			if len(ml) > 0 {
				fmt.Fprintf(&out, "  M: %s\n", strings.Join(ml, " | "))
			}
		}
	}
	t.Log("\n" + out.String())
}

// tgAgreement sorts each rule mention by how the tagger's span over the
// same words relates to it, and counts who is right by the gold: key
// "relation/source/margin bucket", counts n, rule right, tagger right,
// neither.
func tgAgreement(agree map[string]*[4]int, m *tagger.Model, doc []tagger.Sentence, base []Mention, starts, ends map[int]int, gold map[[3]int]Type) {
	type sp struct{ si, i, j int }
	tspans := map[sp]tagger.Span{}
	tmarg := map[sp]int32{}
	var tlist []sp
	for si, s := range doc {
		tags, sc := m.TagScores(s.Words)
		margins := tagger.Margins(tags, sc)
		for _, x := range tagger.Spans(tags) {
			k := sp{si, x.Start, x.End}
			tspans[k], tmarg[k] = x, tagger.SpanMargin(margins, x)
			tlist = append(tlist, k)
		}
	}
	bucket := func(v int32) string {
		switch {
		case v < 50:
			return "<50"
		case v < 100:
			return "<100"
		case v < 200:
			return "<200"
		}
		return ">=200"
	}
	add := func(key string, ruleOK, tagOK bool) {
		a := agree[key]
		if a == nil {
			a = &[4]int{}
			agree[key] = a
		}
		a[0]++
		switch {
		case ruleOK:
			a[1]++
		case tagOK:
			a[2]++
		default:
			a[3]++
		}
	}
	for _, x := range base {
		i, ok1 := starts[x.Start]
		j, ok2 := ends[x.End]
		if !ok1 || !ok2 {
			continue
		}
		k := sp{x.Sentence, i, j + 1}
		ruleOK := x.Type != "" && gold[[3]int{k.si, k.i, k.j}] == x.Type
		if ts, ok := tspans[k]; ok {
			rel := "same-type"
			if tgTypeOf[ts.Type] != x.Type {
				rel = "diff-type:" + string(x.Type) + ">" + ts.Type
			}
			if x.Type == "" {
				rel = "untyped"
			}
			add(rel+"/"+x.Source+"/"+bucket(tmarg[k]), ruleOK, gold[[3]int{k.si, k.i, k.j}] == tgTypeOf[ts.Type])
			continue
		}
		// a tagger span strictly covering the rule's
		for _, tk := range tlist {
			if tk.si == k.si && tk.i <= k.i && k.j <= tk.j && tk.j-tk.i > k.j-k.i {
				add("inside/"+x.Source+"/"+bucket(tmarg[tk]), ruleOK, gold[[3]int{tk.si, tk.i, tk.j}] == tgTypeOf[tspans[tk].Type])
				break
			}
		}
	}
}

// evalFinders gives the rules-only finder and the same rules merged with the
// shipped tagger, for the measuring tests to compare.
func evalFinders(t *testing.T) (*Rules, *Learned, *tagger.Model) {
	t.Helper()
	m, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	gaz := gazetteer.Default()
	rules := NewRules(gaz)
	return rules, NewLearned(rules, m, gaz), m
}
