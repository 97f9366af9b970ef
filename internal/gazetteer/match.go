package gazetteer

import (
	"bufio"
	"bytes"
	"strings"
	"unicode"
)

func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isUpper(r rune) bool  { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// maxParts bounds the names LongestMatch can find (Lookup finds all).
const maxParts = 32

// seq is the folded parts of the tokens from a start position, kept in a
// fixed buffer so that matching does not allocate. Part k is
// buf[off[k]:off[k+1]]; end[k] is the number of tokens consumed when part k
// ends a token, else 0.
type seq struct {
	buf [512]byte
	off [maxParts + 1]uint16
	end [maxParts]int
	n   int
}

func (s *seq) part(k int) []byte { return s.buf[s.off[k]:s.off[k+1]] }

// push appends one folded part; false when the buffer is full.
func (s *seq) push(p []byte) bool {
	if s.n == maxParts || int(s.off[s.n])+len(p) > len(s.buf) {
		return false
	}
	o := int(s.off[s.n])
	copy(s.buf[o:], p)
	s.off[s.n+1] = uint16(o + len(p))
	s.end[s.n] = 0
	s.n++
	return true
}

// fill folds tokens from words[i] on until it holds max parts or hits a
// token that cannot be inside a name.
func (s *seq) fill(words []string, i, max int) {
	var tmp []string
	for t := i; t < len(words) && s.n < max; t++ {
		w := words[t]
		if t > i && joinerOnly(w) {
			continue
		}
		w, poss := stripPossessive(w)
		before := s.n
		if isASCII(w) {
			// fold in place: lowercase, drop ' and ., split elsewhere
			start := int(s.off[s.n])
			o := start
			for j := 0; j <= len(w); j++ {
				var c byte
				if j < len(w) {
					c = w[j]
				}
				switch {
				case j < len(w) && c >= 'A' && c <= 'Z':
					c += 'a' - 'A'
					fallthrough
				case j < len(w) && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9'):
					if o >= len(s.buf) {
						return
					}
					s.buf[o] = c
					o++
				case j < len(w) && (c == '\'' || c == '.'):
				default:
					if o > start {
						if s.n == maxParts {
							return
						}
						s.off[s.n+1] = uint16(o)
						s.end[s.n] = 0
						s.n++
						start = o
					}
					if j < len(w) && c == '&' && !s.push([]byte("and")) {
						return
					}
					o = int(s.off[s.n])
					start = o
				}
			}
		} else {
			tmp = appendParts(tmp[:0], w)
			for _, p := range tmp {
				if !s.push([]byte(p)) {
					return
				}
			}
		}
		if s.n == before {
			return
		}
		s.end[s.n-1] = t + 1
		if poss {
			return // "Syria's" ends any name
		}
	}
}

// match calls accept on the records that start at words[i], longest first,
// with how many tokens each covers, and returns the first one accepted.
func (ix *index) match(words []string, i int, accept func(rec *nameRec, n int) bool) (*nameRec, int) {
	if i < 0 || i >= len(words) || len(ix.first) == 0 {
		return nil, 0
	}
	w, _ := stripPossessive(words[i])
	var buf [64]byte
	fp, ascii, _ := firstPart(buf[:], w)
	var cands []*nameRec
	var key string
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
		key = ps[0]
		cands = ix.first[key]
	}
	if len(cands) == 0 {
		return nil, 0
	}
	var s seq
	s.fill(words, i, min(len(cands[0].parts), maxParts))
	if len(cands) >= minGroupList {
		if ascii {
			key = string(fp)
		}
		if gs, ok := ix.groups[key]; ok {
			return matchGroups(cands, gs, &s, i, accept)
		}
	}
	for _, c := range cands {
		L := len(c.parts)
		if L > s.n || s.end[L-1] == 0 {
			continue
		}
		ok := true
		for k := 0; k < L; k++ {
			if c.parts[k] != string(s.part(k)) {
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

// matchGroups is the loop of match over a long list, run by run: within a
// run of names of one length, sorted by their parts, those equal to the
// text's are found by binary search. It calls accept on the same records in
// the same order as the plain loop.
func matchGroups(cands []*nameRec, gs []lenGroup, s *seq, i int, accept func(rec *nameRec, n int) bool) (*nameRec, int) {
	for _, g := range gs {
		L := g.n
		if L > s.n || s.end[L-1] == 0 {
			continue
		}
		run := cands[g.start:g.end]
		lo, hi := 0, len(run) // the first name not below the text's
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if compareParts(run[m].parts, s) < 0 {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for k := lo; k < len(run) && compareParts(run[k].parts, s) == 0; k++ {
			n := s.end[L-1] - i
			if accept == nil || accept(run[k], n) {
				return run[k], n
			}
		}
	}
	return nil, 0
}

// compareParts compares parts with the first len(parts) parts of s, as
// slices.Compare would.
func compareParts(parts []string, s *seq) int {
	for k, p := range parts {
		b := s.part(k)
		for j := 0; j < len(p) && j < len(b); j++ {
			if p[j] != b[j] {
				if p[j] < b[j] {
					return -1
				}
				return 1
			}
		}
		if len(p) != len(b) {
			if len(p) < len(b) {
				return -1
			}
			return 1
		}
	}
	return 0
}

// written is the surface of words[i:i+n] without a final possessive. Case
// rules apply to one-part names only, so longer matches need no surface.
func written(words []string, i, n int) string {
	if n != 1 {
		return ""
	}
	w, _ := stripPossessive(words[i])
	return w
}

// LongestMatch returns the entries of the longest known name that starts at
// words[i], best first, and how many words it covers (0 when none). Words
// are tokens as the segmenter gives them: "al-Sham" or "al", "-", "Sham";
// "Syria's" matches Syria. Running text is not all names, so besides the
// case rules of Lookup a name written with a capital ("National Unity")
// matches only if words[i] starts with one; names written in lower case
// ("al-Qa'ida") match either way. The slice is new on each call.
func (g *Gazetteer) LongestMatch(words []string, i int) ([]Entry, int) {
	var out []Entry
	rec, n := g.names.match(words, i, func(rec *nameRec, n int) bool {
		out = g.entries(rec, written(words, i, n), true, words[i])
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
	g.titles.first[parts[0]] = append(g.titles.first[parts[0]], rec)
}
