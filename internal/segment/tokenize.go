package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blocks cuts text into paragraphs: one per line, except that a long line
// without final punctuation followed by a line that goes on in lower case is
// a hard wrap and is joined to it.
func blocks(text string) []block {
	var out []block
	var cur *block
	lastLine := ""
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		s, e := trimSpace(text, ls, le)
		next := le + 1
		if s == e {
			cur = nil
			ls = next
			continue
		}
		line := text[s:e]
		if cur != nil && hardWrapped(lastLine, line) {
			cur.end = e
			cur.lines++
		} else {
			out = append(out, block{start: s, end: e, lines: 1})
			cur = &out[len(out)-1]
		}
		lastLine = line
		ls = next
	}
	return out
}

func hardWrapped(prev, next string) bool {
	if len(prev) < 40 || endsTerminal(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

func endsTerminal(line string) bool {
	line = strings.TrimRight(line, " \t\"'”’»)]*")
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';'
}

func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}

// tokenize splits text[start:end] into words and punctuation marks. A word
// keeps its inner apostrophes (Asa'ib), name-particle hyphens (al-Burhan,
// Al-Shabaab) and dots (U.S.), and the final dot of a known abbreviation
// (Mr., Gen.); a possessive 's is a token of its own, and so is a hyphen that
// joins a name to an affix (RSF-led, pro-Haftar) so that the name stands alone.
func tokenize(text string, start, end int) []Token {
	// About one token per five bytes of news prose: sized once, the slice
	// does not regrow (tokens are a good part of a build's allocations).
	out := make([]Token, 0, (end-start)/5+1)
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i, end)
			out = append(out, Token{Start: i, End: j, Text: text[i:j]})
			i = j
			if i < end && text[i] == '.' && keepsDot(out[len(out)-1].Text) {
				out[len(out)-1].End++
				out[len(out)-1].Text = text[out[len(out)-1].Start : i+1]
				i++
			}
		default:
			j := i + w
			// A possessive 's is one token.
			if isApostrophe(r) && j < end && (text[j] == 's' || text[j] == 'S') && (j+1 == end || !isWordRune(runeAt(text, j+1))) {
				j++
			}
			out = append(out, Token{Start: i, End: j, Text: text[i:j]})
			i = j
		}
	}
	return out
}

// wordEnd returns the end of the word that starts at i.
func wordEnd(text string, i, end int) int {
	partStart := i
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if j+w >= end {
			break
		}
		r3, w3 := utf8.DecodeRuneInString(text[j+w:])
		if !(unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
			break
		}
		switch r {
		case '\'', '’', 'ʼ', 'ʿ', 'ʾ', '‘':
			// A possessive 's ends the word: "Kenya's".
			if (r3 == 's' || r3 == 'S') && (j+w+w3 >= end || !isWordRune(runeAt(text, j+w+w3))) {
				return j
			}
			j += w
			continue
		case '.':
			// Inner dots of acronyms and numbers: U.S, 15.5.
			j += w
			continue
		case '-', '‐':
			left := text[partStart:j]
			if joinsHyphen(left, r3) {
				j += w
				partStart = j
				continue
			}
		}
		break
	}
	return j
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// joinsHyphen says whether a hyphen after left stays inside the word: after
// a name particle (al-, el-, Al-, bin-), between lower-case parts
// (full-blown), and after digits (13-year).
func joinsHyphen(left string, next rune) bool {
	if particles[strings.ToLower(left)] {
		return true
	}
	lr, _ := utf8.DecodeRuneInString(left)
	if unicode.IsDigit(lr) {
		return true
	}
	return unicode.IsLower(lr) && unicode.IsLower(next) && !affixes[strings.ToLower(left)]
}

// particles are the name particles that a hyphen binds to the name after
// them.
var particles = map[string]bool{
	"al": true, "el": true, "ul": true, "as": true, "ash": true, "ad": true, "an": true, "ar": true,
	"at": true, "az": true, "ad-": true, "bin": true, "ben": true, "ibn": true, "abu": true, "abd": true,
	"wal": true, // "and the": "Nusrat al-Islam wal-Muslimin"
}

// affixes are lower-case prefixes that a hyphen joins to a name
// (pro-Haftar, anti-Kremlin); they are split off so the name stands alone.
var affixes = map[string]bool{"pro": true, "anti": true, "post": true, "pre": true, "ex": true, "non": true, "neo": true, "mid": true}

// abbreviations keep their final dot and do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "maj": true, "prof": true, "rev": true, "sen": true, "rep": true, "gov": true, "st": true,
	"mt": true, "ft": true, "jr": true, "sr": true, "vs": true, "etc": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "adm": true,
	"brig": true, "cmdr": true, "pres": true, "sgt-maj": true, "approx": true, "est": true, "dept": true,
}

// sentenceFinal are the abbreviations that may also end a sentence ("... and
// the U.S. The meeting").
var sentenceFinal = map[string]bool{"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "est": true}

// keepsDot says whether the dot after word belongs to it.
func keepsDot(word string) bool {
	if abbreviations[strings.ToLower(word)] {
		return true
	}
	return isInitials(word)
}

// isInitials matches single letters joined by dots (U.S, e.g) and a lone
// capital initial (George W.).
func isInitials(word string) bool {
	n := 0
	for i, r := range word {
		if i%2 == 0 {
			if !unicode.IsLetter(r) || r >= utf8.RuneSelf {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	if n == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return n > 1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
