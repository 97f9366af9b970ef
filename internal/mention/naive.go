package mention

import (
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Capitalised is a placeholder finder: runs of capitalised words that do not
// open a sentence, typed as groups. The real finder replaces it.
type Capitalised struct{}

// Find implements Finder.
func (Capitalised) Find(text string, sents []segment.Sentence) []Mention {
	var out []Mention
	for si, s := range sents {
		if !s.Prose {
			continue
		}
		for i := 1; i < len(s.Tokens); i++ {
			if !upper(s.Tokens[i].Text) {
				continue
			}
			j := i
			for j+1 < len(s.Tokens) && upper(s.Tokens[j+1].Text) {
				j++
			}
			st, en := s.Tokens[i].Start, s.Tokens[j].End
			out = append(out, Mention{Start: st, End: en, Text: text[st:en], Type: Group, Sentence: si, Source: "rule:capitalised"})
			i = j
		}
	}
	return out
}
