package relate

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Evidence spans are the sentence, as byte offsets into the text, and carry
// the rule and a confidence in (0, 1].
func TestEvidence(t *testing.T) {
	in, names := parseMarkup(t, "Markets were calm. “Yesterday [Kyiv|country=Ukraine]’s envoys met with [Turkish|country=Turkey] officials,” he said.\n\nClashes between [Sudan|country] and [Chad|country] went on.")
	rels := rules(t).Relate(in)
	if len(rels) != 2 {
		t.Fatalf("got %v", render(rels, names))
	}
	want := []struct{ text, rule string }{
		{"“Yesterday Kyiv’s envoys met with Turkish officials,” he said.", "met-with/verb-object"},
		{"Clashes between Sudan and Chad went on.", "clashed-with/noun-between"},
	}
	for i, r := range rels {
		if got := in.Text[r.Start:r.End]; got != want[i].text {
			t.Errorf("evidence %d: text[%d:%d] = %q, want %q", i, r.Start, r.End, got, want[i].text)
		}
		s := in.Sentences[r.Sentence]
		if r.Start != s.Start || r.End != s.End {
			t.Errorf("evidence %d: [%d,%d) is not sentence %d [%d,%d)", i, r.Start, r.End, r.Sentence, s.Start, s.End)
		}
		if r.Rule != want[i].rule {
			t.Errorf("rule %d: got %q, want %q", i, r.Rule, want[i].rule)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("confidence %d: %v", i, r.Confidence)
		}
	}
}

// A headline or byline (Prose false) yields nothing, even with a trigger.
func TestNonProseYieldsNothing(t *testing.T) {
	in, _ := parseMarkup(t, "[Kenya|country] meets [Uganda|country] amid clashes between [Sudan|country] and [Chad|country]")
	if len(rules(t).Relate(in)) == 0 {
		t.Fatal("the prose version should yield relations; the test proves nothing")
	}
	for i := range in.Sentences {
		in.Sentences[i].Prose = false
	}
	if got := rules(t).Relate(in); len(got) != 0 {
		t.Errorf("non-prose sentence gave %v", got)
	}
}

// "its" and "the country" after a sanction resolve to the country the
// document names most, never to the sanctioner.
func TestSanctionTopicCoreference(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"its sectors", "[Venezuela|country] exports oil. Talks on [Venezuela|country]'s debt went on in [Mexico|country]. Last week, [Canada|country] lifted a series of sanctions including those imposed on its oil and mining sectors.",
			[]string{"sanctioned(Canada,Venezuela)/lifted"}},
		{"the country's", "[Iran|country] said little. Inflation in [Iran|country] rose. The [European Union|group] imposed sanctions, hurting the country's economy.",
			[]string{"sanctioned(European Union,Iran)/imposed"}},
		{"no topic named twice", "[Canada|country] lifted sanctions on its neighbour's banks.", nil},
		{"the sanctioner is never its own target", "[Canada|country] said so. [Canada|country] spoke. [Canada|country] lifted sanctions on its own firms.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, names := parseMarkup(t, tt.src)
			if got := render(rules(t).Relate(in), names); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Mentions the resolver dropped (entity -1), stray sentence indexes and a
// short MentionEntity slice are ignored, not a panic.
func TestRobustInput(t *testing.T) {
	text := "Kenya met with Uganda."
	sents := segment.Default{}.Segment(text)
	in := Input{Text: text, Sentences: sents,
		Mentions: []mention.Mention{
			{Start: 0, End: 5, Type: mention.Country, Sentence: 0},
			{Start: 15, End: 21, Type: mention.Country, Sentence: 0},
			{Start: 15, End: 21, Type: mention.Country, Sentence: 9},
		},
		MentionEntity: []int{0, -1},
		EntityTypes:   []mention.Type{mention.Country},
	}
	if got := rules(t).Relate(in); len(got) != 0 {
		t.Errorf("got %v", got)
	}
	in.MentionEntity = []int{0, 1}
	in.EntityTypes = append(in.EntityTypes, mention.Country)
	if got := rules(t).Relate(in); len(got) != 1 || got[0].Source != 0 || got[0].Target != 1 {
		t.Errorf("got %v", got)
	}
}

// The same input gives the same relations, in the same order.
func TestDeterministic(t *testing.T) {
	in, names := parseMarkup(t, strings.Repeat("[Kenya|country], [Uganda|country] and [Tanzania|country] met with [Somali|country=Somalia] officials, and clashes between [Sudan|country], [Chad|country] and [Libya|country] went on. ", 3))
	first := rules(t).Relate(in)
	for range 5 {
		if got := rules(t).Relate(in); !slices.Equal(got, first) {
			t.Fatalf("run differs:\n%v\n%v", render(got, names), render(first, names))
		}
	}
}

// FuzzRelate: any text, with its capitalised words as mentions of varying
// types, yields relations inside the text and never panics.
func FuzzRelate(f *testing.F) {
	f.Add("Kenya met with officials from Uganda, Somalia and even Nigerian President Tinubu, but Chad has yet to meet them.")
	f.Add("Clashes between Sudanese army units, RSF fighters (and others) — said Burhan — went on; he met Hemedti’s envoys.")
	f.Add("The UK lifted sanctions on its oil sector, and Britain's Foreign Minister, the envoy of Iran, attacked Israel.")
	f.Add("Met Kenya. Lifting of US sanctions. Of attacking. Kenya and met, Speaking alongside Tinubu, Abiy said he met.")
	// references across sentences, passives, participles, compounds
	f.Add("Rama met Vucic and Kurti. All three men then sat down separately with a Hungarian delegation led by Szijjarto. It also met both leaders. He said its fighters had raided an army outpost.")
	f.Add("LIMA, Peru (AP) — Sanctions imposed last week by the EU on two of its commanders and on Serbian officers; the US-Iran talks, the Nairobi-based IGAD, Kenya, whose troops battled the group, was received in Rabat in May by Bourita.")
	f.Add("Norway, Sweden and Denmark, the three mediators, spoke. Their ministers met Afwerki. They hosted Milei and Boric for a summit. The rebels attacked outposts held by Ugandan soldiers.")
	f.Fuzz(func(t *testing.T, text string) {
		sents := segment.Default{}.Segment(text)
		in := Input{Text: text, Sentences: sents}
		types := []mention.Type{mention.Person, mention.Group, mention.Country, mention.Place}
		for si, s := range sents {
			s.Prose = true
			in.Sentences[si].Prose = true
			for _, tk := range s.Tokens {
				if tk.Text == "" || !(tk.Text[0] >= 'A' && tk.Text[0] <= 'Z') {
					continue
				}
				e := len(in.EntityTypes)
				in.Mentions = append(in.Mentions, mention.Mention{Start: tk.Start, End: tk.End, Text: tk.Text, Sentence: si})
				in.MentionEntity = append(in.MentionEntity, e%7)
				if e < 7 {
					in.EntityTypes = append(in.EntityTypes, types[e%4])
				}
			}
		}
		for _, r := range rules(t).Relate(in) {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || r.Source == r.Target {
				t.Fatalf("bad relation %+v", r)
			}
		}
	})
}
