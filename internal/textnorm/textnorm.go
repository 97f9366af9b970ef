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
	return foldSlow(s)
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
