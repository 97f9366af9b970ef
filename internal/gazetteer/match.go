package gazetteer

import (
	"bufio"
	"bytes"
	"strings"
	"unicode"
)

func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isUpper(r rune) bool  { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// seq is the folded parts of the tokens from a start position; end[k] is
// the number of tokens consumed when part k ends a token, else 0.
type seq struct {
	parts []string
	end   []int
}

// fill folds tokens from words[i] on until it holds max parts or hits a
// token that cannot be inside a name.
func (s *seq) fill(words []string, i, max int) {
	for t := i; t < len(words) && len(s.parts) < max; t++ {
		w := words[t]
		if t > i && joinerOnly(w) {
			continue
		}
		w, poss := stripPossessive(w)
		before := len(s.parts)
		s.parts = appendParts(s.parts, w)
		if len(s.parts) == before {
			return
		}
		for k := before; k < len(s.parts); k++ {
			s.end = append(s.end, 0)
		}
		s.end[len(s.end)-1] = t + 1
		if poss {
			return // "Syria's" ends any name
		}
	}
}

// match returns the longest record starting at words[i] that accept takes,
// and how many tokens it covers.
func (ix *index) match(words []string, i int, accept func(rec *nameRec, n int) bool) (*nameRec, int) {
	if i < 0 || i >= len(words) || len(ix.first) == 0 {
		return nil, 0
	}
	w, _ := stripPossessive(words[i])
	var buf [64]byte
	fp, ascii, _ := firstPart(buf[:], w)
	var cands []*nameRec
	if ascii {
		if len(fp) == 0 {
			return nil, 0
		}
		cands = ix.first[string(fp)]
	} else {
		ps := appendParts(nil, w)
		if len(ps) == 0 {
			return nil, 0
		}
		cands = ix.first[ps[0]]
	}
	if len(cands) == 0 {
		return nil, 0
	}
	var s seq
	s.fill(words, i, len(cands[0].parts))
	for _, c := range cands {
		L := len(c.parts)
		if L > len(s.parts) || s.end[L-1] == 0 {
			continue
		}
		ok := true
		for k := 0; k < L; k++ {
			if c.parts[k] != s.parts[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		n := s.end[L-1] - i
		if accept == nil || accept(c, n) {
			return c, n
		}
	}
	return nil, 0
}

// written is the surface of words[i:i+n] without a final possessive.
func written(words []string, i, n int) string {
	if n == 1 {
		w, _ := stripPossessive(words[i])
		return w
	}
	s := strings.Join(words[i:i+n], " ")
	w, _ := stripPossessive(s)
	return w
}

// LongestMatch returns the entries of the longest known name that starts at
// words[i], best first, and how many words it covers (0 when none). Words
// are tokens as the segmenter gives them: "al-Sham" or "al", "-", "Sham";
// "Syria's" matches Syria. The slice is new on each call.
func (g *Gazetteer) LongestMatch(words []string, i int) ([]Entry, int) {
	var out []Entry
	rec, n := g.names.match(words, i, func(rec *nameRec, n int) bool {
		out = g.entries(rec, written(words, i, n))
		return len(out) > 0
	})
	if rec == nil {
		return nil, 0
	}
	return out, n
}

// Title returns the title of office that starts at words[i] ("Foreign
// Minister", "President", "spokesman") and how many words it covers. The
// title is the canonical form, with any prefixes ("Deputy Prime Minister",
// "former President"). Matching ignores case.
func (g *Gazetteer) Title(words []string, i int) (string, int) {
	var pre []string
	j := i
	for j < len(words) {
		rec, n := g.titles.match(words, j, func(rec *nameRec, _ int) bool { return rec.title == "" })
		if rec == nil {
			break
		}
		pre = append(pre, rec.posts[0].upper)
		j += n
	}
	rec, n := g.titles.match(words, j, func(rec *nameRec, _ int) bool { return rec.title != "" })
	if rec == nil {
		return "", 0
	}
	return strings.Join(append(pre, rec.title), " "), j + n - i
}

// loadTitles reads titles.tsv: "canonical<TAB>variant|variant", or
// "@prefix<TAB>word|word" for words that may precede any title.
func (g *Gazetteer) loadTitles(file string, b []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) > 2 {
			return &ParseError{file, line, "want: canonical<TAB>variant|variant"}
		}
		var vars []string
		if len(cols) == 2 {
			vars = splitList(cols[1])
		}
		if cols[0] == "@prefix" {
			for _, v := range vars {
				g.addTitle(v, "", v)
			}
			continue
		}
		for _, v := range append([]string{cols[0]}, vars...) {
			g.addTitle(v, cols[0], "")
		}
	}
	return sc.Err()
}

func (g *Gazetteer) addTitle(form, canonical, prefix string) {
	parts := Parts(form)
	if len(parts) == 0 {
		return
	}
	key := strings.Join(parts, " ")
	if canonical == "" {
		key = "@" + key // prefixes live beside titles of the same spelling
	}
	if _, ok := g.titles.names[key]; ok {
		return
	}
	rec := &nameRec{parts: parts, title: canonical}
	if prefix != "" {
		rec.posts = []posting{{upper: prefix}}
	}
	g.titles.names[key] = rec
}
