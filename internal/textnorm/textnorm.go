// Package textnorm holds the string keys shared by the stages: slugs for ids
// and folded keys for matching names across spellings.
package textnorm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, strips diacritics and folds apostrophes, so that
// "Türkiye" and "Turkiye", "Haya’t" and "Haya't" compare equal.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	if f, ok := foldLatin(s); ok {
		return f
	}
	return foldSlow(s)
}

// latinFold holds foldSlow of each rune below latinEnd (Latin-1 and Latin
// Extended-A and B: "ü", "ş", "ğ"), and typographic punctuation sits in
// punctFold. None of these is a combining mark, and their decompositions
// put marks only after their own base letter, so the fold of a string of
// them is the concatenation of their folds: no normalisation needed.
const latinEnd = 0x250

var latinFold, punctFold = func() (l [latinEnd]string, p [0x30]string) {
	for r := rune(0); r < latinEnd; r++ {
		l[r] = foldSlow(string(r))
	}
	for r := rune(0x2010); r < 0x2040; r++ {
		p[r-0x2010] = foldSlow(string(r))
	}
	return l, p
}()

// foldLatin is Fold for text of Latin letters and common punctuation.
func foldLatin(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < latinEnd:
			b.WriteString(latinFold[r])
		case r >= 0x2010 && r < 0x2040:
			b.WriteString(punctFold[r-0x2010])
		default:
			return "", false
		}
	}
	return b.String(), true
}

// foldASCII is Fold for the common all-ASCII string, where normalisation
// changes nothing: it returns s itself when nothing needs folding.
func foldASCII(s string) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' || c == '`' {
			clean = false
		}
	}
	if clean {
		return s, true
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		} else if c == '`' {
			b[i] = '\''
		}
	}
	return string(b), true
}

func foldSlow(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '‘' || r == '`' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Slug makes an id fragment: folded, letters and digits, words joined by '-'.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else if r != '\'' {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}
