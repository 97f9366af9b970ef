// Package segment splits a document's text into sentences and tokens, each
// with half-open byte offsets into the original text.
package segment

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark: Text is text[Start:End].
type Token struct {
	Start, End int
	Text       string
}

// Sentence is a run of tokens. Prose is false for lines that are not running
// text (headlines, bylines, page furniture): later stages take no relations
// and no new names from them.
type Sentence struct {
	Start, End int
	Tokens     []Token
	Prose      bool
}

// Segmenter splits text into sentences.
type Segmenter interface {
	Segment(text string) []Sentence
}

// Default is the rule-based segmenter.
type Default struct{}

// Segment implements Segmenter.
func (Default) Segment(text string) []Sentence {
	var out []Sentence
	var cur []Token
	flush := func() {
		if len(cur) == 0 {
			return
		}
		s := Sentence{Start: cur[0].Start, End: cur[len(cur)-1].End, Tokens: cur, Prose: true}
		out = append(out, s)
		cur = nil
	}
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if j := i + 1; j < len(text) && text[j] == '\n' || len(cur) > 0 && endsLine(cur) {
				flush()
			}
			i += w
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += w2
					continue
				}
				// keep inner apostrophes, hyphens and dots (al-Sharaa, U.S.)
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+w2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+w2:])
					if isWordRune(r3) {
						j += w2
						continue
					}
				}
				break
			}
			cur = append(cur, Token{Start: i, End: j, Text: text[i:j]})
			i = j
		default:
			cur = append(cur, Token{Start: i, End: i + w, Text: text[i : i+w]})
			i += w
			if r == '.' || r == '!' || r == '?' {
				flush()
			}
		}
	}
	flush()
	return out
}

func endsLine(toks []Token) bool { return true }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
