package resolve

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// Transliteration keys. Names that reach English news through Arabic,
// Russian, Ukrainian, Persian or Pashto are spelt many ways: Ahmad/Ahmed,
// Mohammed/Muhammad, Dagalo/Daglo, Houthi/Huthi, Kharkov/Kharkiv,
// Sergey/Sergei, Zelensky/Zelenskyy. The key keeps what the spellings agree
// on, the consonant skeleton, and folds what they disagree on: vowels
// (after the first letter), doubled letters, a final h, apostrophes and
// diacritics, digraph variants (q/k, c/k, ph/f, dj/j), the article particles
// (al-, el-, as-, ash-) and "Abdel/Abdul/Abd al-".

// articles are the particles a key drops: they come and go between
// spellings of the same name ("Abdel Fattah al-Burhan", "Abdel Fattah Burhan").
var articles = map[string]bool{"al": true, "el": true, "ul": true, "as": true, "ash": true, "ad": true,
	"an": true, "ar": true, "at": true, "az": true, "the": true}

// NameKey is the transliteration key of a whole name: the keys of its words
// without article particles, joined without spaces, so that
// "Abdulkarim" = "Abdul Karim" = "Abd al-Karim".
func NameKey(name string) string {
	var buf [64]byte
	b, _ := appendWordKeys(buf[:0], nil, name)
	return string(b)
}

// WordKeys returns the keys of the words of a name, article particles
// left out.
func WordKeys(name string) []string {
	var buf [64]byte
	var ends [16]int
	b, cut := appendWordKeys(buf[:0], ends[:0], name)
	if len(cut) == 0 {
		return nil
	}
	// The keys share one string: resolution calls this for every form of
	// every entity.
	all := string(b)
	out := make([]string, len(cut))
	start := 0
	for i, end := range cut {
		out[i] = all[start:end]
		start = end
	}
	return out
}

// appendWordKeys appends the keys of the words of name to dst, and where
// each ends to ends.
func appendWordKeys(dst []byte, ends []int, name string) ([]byte, []int) {
	var buf [128]byte
	var cuts [24]int
	if b, cut, ok := splitASCII(name, buf[:0], cuts[:0]); ok {
		// the words as bytes in a stack buffer: no strings made
		start := 0
		for i, end := range cut {
			p := b[start:end]
			start = end
			if articles[string(p)] && i+1 < len(cut) {
				continue
			}
			n := len(dst)
			if dst = appendWordKeyLower(dst, p); len(dst) > n {
				ends = append(ends, len(dst))
			}
		}
		return dst, ends
	}
	parts := nameParts(name)
	for i, p := range parts {
		if articles[p] && i+1 < len(parts) {
			continue
		}
		n := len(dst)
		if dst = appendWordKey(dst, p); len(dst) > n {
			ends = append(ends, len(dst))
		}
	}
	return dst, ends
}

// LastKey is the key of the last word of a name (its surname for a
// person).
func LastKey(name string) string {
	ks := WordKeys(name)
	if len(ks) == 0 {
		return ""
	}
	return ks[len(ks)-1]
}

// nameParts folds a name and splits it into words at spaces, hyphens and
// other punctuation, apostrophes dropped.
func nameParts(name string) []string {
	if parts, ok := namePartsASCII(name); ok {
		return parts
	}
	return namePartsRunes(textnorm.Fold(name))
}

// namePartsRunes is nameParts after folding, for any text.
func namePartsRunes(f string) []string {
	var parts []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			parts = append(parts, b.String())
			b.Reset()
		}
	}
	for _, r := range f {
		switch {
		case r == '\'' || r == 'ʿ' || r == 'ʾ' || r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	// A trailing possessive "s" left by "Kenya's" is not a word.
	if n := len(parts); n > 1 && parts[n-1] == "s" {
		parts = parts[:n-1]
	}
	return parts
}

// namePartsASCII is nameParts for an all-ASCII name, folding as it goes
// (upper case lowered, the backquote an apostrophe): the words share one
// string, so the split costs two allocations.
func namePartsASCII(f string) ([]string, bool) {
	var buf [64]byte
	var ends [16]int
	b, cut, ok := splitASCII(f, buf[:0], ends[:0])
	if !ok || len(cut) == 0 {
		return nil, ok
	}
	all := string(b)
	parts := make([]string, len(cut))
	start := 0
	for i, end := range cut {
		parts[i] = all[start:end]
		start = end
	}
	return parts, true
}

// splitASCII appends the folded words of an all-ASCII name to b, and where
// each ends to cut, a trailing possessive "s" left out; false when the
// name is not ASCII.
func splitASCII(f string, b []byte, cut []int) ([]byte, []int, bool) {
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= 0x80:
			return nil, nil, false
		case c == '\'' || c == '`' || c == '.':
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			if len(cut) == 0 && len(b) > 0 || len(cut) > 0 && cut[len(cut)-1] < len(b) {
				cut = append(cut, len(b))
			}
		}
	}
	if len(cut) == 0 && len(b) > 0 || len(cut) > 0 && cut[len(cut)-1] < len(b) {
		cut = append(cut, len(b))
	}
	// A trailing possessive "s" left by "Kenya's" is not a word.
	if n := len(cut); n > 1 && cut[n-1]-cut[n-2] == 1 && b[cut[n-2]] == 's' {
		b = b[:cut[n-2]]
		cut = cut[:n-1]
	}
	return b, cut, true
}

// digraphs are folded before single letters, longest first.
var digraphs = []struct{ from, to string }{
	{"tch", "C"}, {"sch", "S"}, {"sh", "S"}, {"ch", "C"}, {"kh", "X"}, {"gh", "G"}, {"th", "T"},
	{"dh", "D"}, {"ph", "f"}, {"dj", "j"}, {"dzh", "j"}, {"zh", "Z"}, {"ck", "k"}, {"ts", "C"},
	{"ou", "u"}, {"ee", "i"}, {"oo", "u"},
}

// WordKey is the transliteration key of one word. It runs on every name
// word of every document, so it works on bytes in a stack buffer.
func WordKey(w string) string {
	var buf [64]byte
	return string(appendWordKey(buf[:0], w))
}

// appendWordKey appends the key of w to dst.
func appendWordKey(dst []byte, w string) []byte {
	var lower [64]byte
	lw := lower[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			return appendWordKeyLower(dst, []byte(strings.ToLower(w)))
		}
		lw = append(lw, c)
	}
	return appendWordKeyLower(dst, lw)
}

func appendWordKeyLower(dst, w []byte) []byte {
	for _, p := range [...]string{"abdul", "abdel", "abdal", "abdol"} {
		if len(w) >= len(p) && string(w[:len(p)]) == p && (len(w) == len(p) || len(w) > len(p)+1) {
			w = append([]byte("abd"), w[len(p):]...)
			break
		}
	}
	var buf [64]byte
	s := buf[:0]
	for i := 0; i < len(w); {
		if d, n := digraphAt(w[i:]); n > 0 {
			s = append(s, d)
			i += n
			continue
		}
		c := w[i]
		switch c {
		case 'q', 'c':
			c = 'k'
		}
		s = append(s, c)
		i++
	}
	if len(s) == 0 {
		return dst
	}
	// Collapse doubled letters, then keep the first letter (any vowel as
	// 'a') and the consonants after it.
	var obuf [64]byte
	out := obuf[:0]
	for i, c := range s {
		if i > 0 && c == s[i-1] {
			continue
		}
		if i == 0 {
			if isVowel(c) && c != 'y' {
				c = 'a'
			}
			out = append(out, c)
			continue
		}
		if isVowel(c) {
			continue
		}
		out = append(out, c)
	}
	// A final h after a vowel is often only written in one spelling
	// (Hodeidah/Hodeida, Nyalah/Nyala).
	if n := len(out); n > 1 && out[n-1] == 'h' && isVowel(s[len(s)-2]) {
		out = out[:n-1]
	}
	for i := 1; i < len(out); i++ {
		if out[i] == out[i-1] {
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	return append(dst, out...)
}

// digraphAt returns the folded letter of the digraph that starts w, in the
// order of digraphs (first match wins), and its length; 0 when none.
func digraphAt(w []byte) (byte, int) {
	if len(w) < 2 {
		return 0, 0
	}
	// The switch is the table of digraphs unrolled (the reference test
	// checks it against the table); no two entries share two first letters
	// except where the longer one comes first.
	third := byte(0)
	if len(w) > 2 {
		third = w[2]
	}
	switch w[0] {
	case 't':
		switch {
		case w[1] == 'c' && third == 'h':
			return 'C', 3
		case w[1] == 'h':
			return 'T', 2
		case w[1] == 's':
			return 'C', 2
		}
	case 's':
		switch {
		case w[1] == 'c' && third == 'h':
			return 'S', 3
		case w[1] == 'h':
			return 'S', 2
		}
	case 'c':
		switch w[1] {
		case 'h':
			return 'C', 2
		case 'k':
			return 'k', 2
		}
	case 'k':
		if w[1] == 'h' {
			return 'X', 2
		}
	case 'g':
		if w[1] == 'h' {
			return 'G', 2
		}
	case 'd':
		switch {
		case w[1] == 'h':
			return 'D', 2
		case w[1] == 'j':
			return 'j', 2
		case w[1] == 'z' && third == 'h':
			return 'j', 3
		}
	case 'p':
		if w[1] == 'h' {
			return 'f', 2
		}
	case 'z':
		if w[1] == 'h' {
			return 'Z', 2
		}
	case 'o':
		if w[1] == 'u' || w[1] == 'o' {
			return 'u', 2
		}
	case 'e':
		if w[1] == 'e' {
			return 'i', 2
		}
	}
	return 0, 0
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Initials returns the capitals of a multiword name's significant words
// ("Rapid Support Forces" -> "RSF", "Jamaat Nusrat al-Islam" -> "JNI",
// "Institute for the Study of War" -> "ISW"), "" for one word.
func Initials(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '‐' }) {
		lw := strings.ToLower(w)
		if articles[lw] || lw == "of" || lw == "for" || lw == "and" || lw == "the" || lw == "on" {
			continue
		}
		r := []rune(w)[0]
		b.WriteRune(unicode.ToUpper(r))
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// acronymForm folds an acronym as written ("U.S." -> "US").
func acronymForm(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' {
			return -1
		}
		return r
	}, s)
}
