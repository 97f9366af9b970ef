package relate_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/segment"
)

func Example() {
	text := "Kenya's president met with officials from Uganda and Somalia, but Ethiopia has yet to meet them."
	names := []string{"Kenya", "Uganda", "Somalia", "Ethiopia"}
	in := relate.Input{Text: text, Sentences: segment.Default{}.Segment(text)}
	for i, n := range names {
		s := strings.Index(text, n)
		in.Mentions = append(in.Mentions, mention.Mention{Start: s, End: s + len(n), Text: n, Type: mention.Country})
		in.MentionEntity = append(in.MentionEntity, i)
		in.EntityTypes = append(in.EntityTypes, mention.Country)
	}
	r, err := relate.New()
	if err != nil {
		panic(err)
	}
	for _, rel := range r.Relate(in) {
		fmt.Println(rel.Type, names[rel.Source], names[rel.Target], rel.Status, rel.Rule)
	}
	// Output:
	// met-with Kenya Uganda asserted met-with/verb-object
	// met-with Kenya Somalia asserted met-with/verb-object
}
