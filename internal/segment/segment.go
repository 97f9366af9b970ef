// Package segment splits a document's text into sentences and tokens, each
// with half-open byte offsets into the original text, and says which
// sentences are running text (prose) and which are headlines, bylines or page
// furniture.
//
// The splitter is rule-based: lines are the first unit (news text keeps one
// paragraph per line; hard-wrapped lines are joined back when the next line
// goes on in lower case), then sentence ends inside a line, with
// abbreviations ("Mr.", "Gen.", "U.S.") that do not end a sentence.
package segment

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

// Default is the rule-based segmenter. It holds no state and is safe for
// concurrent use.
type Default struct{}

// Segment implements Segmenter.
func (Default) Segment(text string) []Sentence {
	var out []Sentence
	for _, b := range blocks(text) {
		toks := tokenize(text, b.start, b.end)
		if len(toks) == 0 {
			continue
		}
		furniture := isBoilerplate(text[b.start:b.end])
		for _, s := range splitSentences(text, toks) {
			s.Prose = !furniture && isProse(text, s, b)
			out = append(out, s)
		}
	}
	return out
}

// block is a run of lines that belong together: one paragraph, or one
// hard-wrapped paragraph joined back.
type block struct {
	start, end int
	lines      int
}
