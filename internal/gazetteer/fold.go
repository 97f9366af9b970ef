package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// Names and tokens are compared as sequences of folded parts. A part is a
// run of letters and digits, lowercased, without diacritics, apostrophes or
// periods; hyphens, spaces and other punctuation separate parts. So
// "al-Sham", "al Sham" and "Al Sham" are the same two parts, "U.S." and "US"
// are both "us" (case is checked separately), "Ba'ath" and "Baath" are equal.

// special folds letters that NFKD does not decompose.
var special = map[rune]string{
	'ı': "i", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ð': "d", 'Ð': "d",
	'þ': "th", 'Þ': "th", 'ħ': "h", 'Ħ': "h",
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendParts appends the folded parts of s to dst. ASCII input costs one
// allocation at most: parts are slices of one lowered copy.
func appendParts(dst []string, s string) []string {
	if !isASCII(s) {
		s = foldSpecial(textnorm.Fold(s))
	}
	low, clean := lowerASCII(s)
	if clean {
		// only letters, digits and separators: parts are substrings
		start := -1
		for i := 0; i <= len(low); i++ {
			if i < len(low) && isWordByte(low[i]) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				dst = append(dst, low[start:i])
				start = -1
			}
		}
		return dst
	}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			dst = append(dst, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteByte(byte(r))
		case r == '\'' || r == '.' || r == '’' || r == 'ʼ':
			// dropped inside words: Ba'ath, U.S.
		case r == '&':
			flush()
			dst = append(dst, "and")
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return dst
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// lowerASCII lowercases an ASCII string (no copy if already lower) and
// reports whether it holds only letters, digits and plain separators (no
// apostrophes, periods, '&' or non-ASCII), so that parts are substrings.
func lowerASCII(s string) (string, bool) {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || c == '\'' || c == '.' || c == '&':
			return s, false
		case c >= 'A' && c <= 'Z':
			hasUpper = true
		}
	}
	if !hasUpper {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b), true
}

// foldSpecial replaces the letters in special.
func foldSpecial(f string) string {
	for _, r := range f {
		if _, ok := special[r]; ok {
			var b strings.Builder
			for _, r := range f {
				if rep, ok := special[r]; ok {
					b.WriteString(rep)
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return f
}

// Parts returns the folded parts of a name: Parts("Jaish al-Adl") is
// [jaish al adl]. Two names match when their parts are equal.
func Parts(name string) []string { return appendParts(nil, name) }

// FoldName returns the folded match key of a name: its parts joined by one
// space. Lookup compares these keys.
func FoldName(name string) string { return strings.Join(Parts(name), " ") }

// firstPart folds the first part of an ASCII token into buf without
// allocating, and reports whether the token was handled (ASCII) and whether
// it has more parts after the first.
func firstPart(buf []byte, w string) (out []byte, ascii, more bool) {
	out = buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return out, false, false
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			out = append(out, c)
		case c == '\'' || c == '.':
		case c == '&':
			if len(out) > 0 {
				return out, true, true
			}
			return append(out, "and"...), true, i+1 < len(w)
		default:
			if len(out) > 0 {
				// more parts follow only if some letter or digit remains
				for _, r := range w[i+1:] {
					if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' {
						return out, true, true
					}
				}
				return out, true, false
			}
		}
	}
	return out, true, false
}

// joinerOnly reports whether a token is only hyphens, dashes or apostrophes,
// which may sit inside a name split by the tokenizer ("al - Sham",
// "Workers ' Party").
func joinerOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch r {
		case '-', '‐', '‑', '–', '\'', '’':
		default:
			return false
		}
	}
	return true
}

// stripPossessive removes a trailing "'s" or "’s" ("Syria's" -> "Syria").
func stripPossessive(w string) (string, bool) {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// Capitalized reports whether every word that has letters starts with an
// upper-case letter. Callers use it to require capitalisation of a match
// (LongestMatch itself is case-insensitive except for short acronyms and
// common words; see the package doc).
func Capitalized(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				if !unicode.IsUpper(r) {
					return false
				}
				break
			}
		}
	}
	return true
}
