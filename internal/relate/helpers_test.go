package relate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// markup is "[Musalia Mudavadi|person] met [Ukraine|country=ua]": bracketed
// mentions with a type and an optional entity key (default: the text).
var markup = regexp.MustCompile(`\[([^\]|]+)\|(person|group|country|place)(?:=([^\]]+))?\]`)

// parseMarkup builds a relater Input from marked-up text and returns the
// entity names by index.
func parseMarkup(t testing.TB, src string) (Input, []string) {
	t.Helper()
	var b strings.Builder
	type span struct {
		start, end int
		typ        mention.Type
		key        string
	}
	var spans []span
	last := 0
	for _, m := range markup.FindAllStringSubmatchIndex(src, -1) {
		b.WriteString(src[last:m[0]])
		txt := src[m[2]:m[3]]
		key := txt
		if m[6] >= 0 {
			key = src[m[6]:m[7]]
		}
		st := b.Len()
		b.WriteString(txt)
		spans = append(spans, span{st, b.Len(), mention.Type(src[m[4]:m[5]]), key})
		last = m[1]
	}
	b.WriteString(src[last:])
	text := b.String()
	in := Input{Text: text, Sentences: segment.Default{}.Segment(text)}
	for i := range in.Sentences {
		in.Sentences[i].Prose = true // the relater is under test, not the segmenter's prose test
	}
	var names []string
	idx := map[string]int{}
	for _, s := range spans {
		e, ok := idx[s.key]
		if !ok {
			e = len(names)
			idx[s.key] = e
			names = append(names, s.key)
			in.EntityTypes = append(in.EntityTypes, s.typ)
		}
		si := -1
		for i, se := range in.Sentences {
			if s.start >= se.Start && s.end <= se.End {
				si = i
			}
		}
		in.Mentions = append(in.Mentions, mention.Mention{Start: s.start, End: s.end, Text: text[s.start:s.end], Type: s.typ, Sentence: si})
		in.MentionEntity = append(in.MentionEntity, e)
	}
	return in, names
}

// render writes relations as "type(a,b)" plus ":status" unless asserted
// and "/action" when set, sorted.
func render(rels []Relation, names []string) []string {
	var out []string
	for _, r := range rels {
		a, b := names[r.Source], names[r.Target]
		if (r.Type == "met-with" || r.Type == "clashed-with") && b < a {
			a, b = b, a
		}
		s := fmt.Sprintf("%s(%s,%s)", r.Type, a, b)
		if r.Action != "" {
			s += "/" + r.Action
		}
		if r.Status != Asserted {
			s += ":" + r.Status
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

var testRules *Rules

func rules(t testing.TB) *Rules {
	t.Helper()
	if testRules == nil {
		r, err := New()
		if err != nil {
			t.Fatal(err)
		}
		testRules = r
	}
	return testRules
}

// relCase is one marked-up sentence and the relations it must give,
// rendered as "type(a,b)[/action][:status]" in sorted order.
type relCase struct {
	name string
	src  string
	want []string
}

// runCases runs table cases through the default rules.
func runCases(t *testing.T, tests []relCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, names := parseMarkup(t, tt.src)
			got := render(rules(t).Relate(in), names)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %s\n want %s", tt.src, strings.Join(got, " "), strings.Join(tt.want, " "))
			}
		})
	}
}
