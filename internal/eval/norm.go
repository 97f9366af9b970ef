package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Norm normalises a name for matching exactly as score.py's norm does:
// NFKD without combining marks, lower case, curly quotes and backticks to
// "'", "'s" dropped at the end of a word, "'" and "." dropped, "-", "_",
// "/" and "," to spaces, runs of white space to one space, trimmed, and a
// leading "the " dropped.
func Norm(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		// unicodedata.combining(c) != 0: a non-zero canonical combining class.
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteRune(r)
	}
	// str.lower and strings.ToLower agree but for Greek final sigma, which
	// Python writes as ς at the end of a word; no name here needs it.
	s = strings.ToLower(b.String())
	s = strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(s)
	s = dropPossessive(s)
	s = strings.NewReplacer("'", "", ".", "").Replace(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '/', ',':
			return ' '
		}
		return r
	}, s)
	s = strings.Join(pyFields(s), " ")
	s, _ = strings.CutPrefix(s, "the ")
	return s
}

// dropPossessive is re.sub(r"'s\b", "", s) on a Python str: Go's regexp \b
// knows only ASCII word characters, Python's knows all letters and digits.
func dropPossessive(s string) string {
	if !strings.Contains(s, "'s") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "'s") {
			rest := s[i+2:]
			r, _ := firstRune(rest)
			if rest == "" || !pyWord(r) {
				i += 2
				continue
			}
		}
		r, n := firstRune(s[i:])
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// pyWord reports whether Python's re counts r as a word character (\w).
func pyWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pyFields splits s around runs of Python white space (str.isspace), which
// unlike unicode.IsSpace includes the separators U+001C..U+001F.
func pyFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
	})
}
