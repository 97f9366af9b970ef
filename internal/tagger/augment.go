package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Augment returns sents followed by variant copies of the sentences whose
// names are spelt one way in the training data but several ways in the news.
// Today one rule: Arabic article particles joined by a hyphen inside a name
// (al-Bashir, el-Burhan, ash-Shabab) are also written as a separate capitalised
// word (Al Bashir), which the training data almost never shows, so each
// sentence with such a name gets a copy with the particles split off. The
// copies are appended in input order, so augmenting is deterministic.
func Augment(sents []Sentence) []Sentence {
	out := sents[:len(sents):len(sents)]
	for _, s := range sents {
		if v, ok := splitParticles(s); ok {
			out = append(out, v)
		}
	}
	return out
}

var hyphenParticles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "ash": true, "an": true, "ar": true, "az": true, "at": true}

func splitParticles(s Sentence) (Sentence, bool) {
	var v Sentence
	changed := false
	for i, w := range s.Words {
		t := s.Tags[i]
		p, rest, ok := strings.Cut(w, "-")
		if t == O || !ok || !hyphenParticles[strings.ToLower(p)] {
			v.Words = append(v.Words, w)
			v.Tags = append(v.Tags, t)
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) {
			v.Words = append(v.Words, w)
			v.Tags = append(v.Tags, t)
			continue
		}
		in := t
		if t.Begin() {
			in = t + 1
		}
		v.Words = append(v.Words, strings.ToUpper(p[:1])+p[1:], rest)
		v.Tags = append(v.Tags, t, in)
		changed = true
	}
	return v, changed
}
