package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences cuts the tokens of one block into sentences. A sentence
// whose Prose is false on return is a heading cut off before a colon
// ("Failure to Protect Minorities: Critics argue ..."); the others are
// classified by the caller.
func splitSentences(text string, toks []Token) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int, prose bool) {
		if end > start {
			out = append(out, Sentence{Start: toks[start].Start, End: toks[end-1].End, Tokens: toks[start:end:end], Prose: prose})
		}
		start = end
	}
	if k := headingColon(toks); k > 0 {
		emit(k+1, false)
	}
	for i := start; i < len(toks); i++ {
		t := toks[i].Text
		switch {
		case t == "." || t == "!" || t == "?" || t == "…":
			j := closers(toks, i+1)
			if j == len(toks) || !startsLower(toks[j].Text) {
				emit(j, true)
				i = j - 1
			}
		case len(t) > 1 && strings.HasSuffix(t, ".") && mayEnd(t):
			j := closers(toks, i+1)
			if j == len(toks) || startsSentence(toks[j].Text) {
				emit(j, true)
				i = j - 1
			}
		}
	}
	emit(len(toks), true)
	return out
}

// closers returns the index after the closing quotes, brackets and further
// end marks that follow a sentence end at i.
func closers(toks []Token, i int) int {
	for i < len(toks) {
		switch toks[i].Text {
		case "\"", "'":
			// A straight quote closes only when it touches the mark.
			if toks[i].Start != toks[i-1].End {
				return i
			}
			i++
			continue
		case "”", "’", "»", ")", "]", ".", "!", "?", "…":
			i++
			continue
		}
		break
	}
	return i
}

// mayEnd says whether an abbreviation with its dot may also end a sentence.
func mayEnd(t string) bool {
	w := strings.TrimSuffix(t, ".")
	if sentenceFinal[strings.ToLower(w)] {
		return true
	}
	// Acronyms (U.S.), not a lone initial (George W. Bush).
	return strings.Contains(w, ".")
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// startsSentence says whether a word after an acronym opens a new sentence:
// a capitalised function word ("... in the U.S. The talks").
func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && functionWords[strings.ToLower(t)]
}

// headingColon finds a Title Case heading that opens a line and ends with a
// colon, and returns the colon's index (0 when none).
func headingColon(toks []Token) int {
	for i, t := range toks {
		if i > 10 {
			return 0
		}
		if t.Text == ":" {
			if i >= 2 && titleCase(toks[:i]) {
				return i
			}
			return 0
		}
	}
	return 0
}
