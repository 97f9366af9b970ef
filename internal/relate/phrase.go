package relate

import (
	"errors"
	"fmt"
	"strings"
)

// maxGap is how many words "..." in a trigger may stand for.
const maxGap = 4

// phrase is a compiled trigger or class entry: one matcher per word.
type phrase []wordMatch

// wordMatch matches one token, or with gap set up to maxGap word tokens.
type wordMatch struct {
	alts []alt
	gap  bool
}

type alt struct {
	s              string
	prefix, suffix bool // "meet*", "*n't"
}

func (a alt) match(w string) bool {
	switch {
	case a.prefix:
		return strings.HasPrefix(w, a.s)
	case a.suffix:
		return strings.HasSuffix(w, a.s) && len(w) > len(a.s)
	}
	return w == a.s
}

// compilePhrase compiles "lifted ... sanction*|embargo*". Words are matched
// lower-cased, with curly apostrophes and quotes folded as in the tokens.
func compilePhrase(s string) (phrase, error) {
	fields := strings.Fields(normWord(s))
	if len(fields) == 0 {
		return nil, errors.New("empty phrase")
	}
	var ph phrase
	for i, f := range fields {
		if f == "..." {
			if i == 0 || i == len(fields)-1 || ph[len(ph)-1].gap {
				return nil, errors.New(`"..." must stand between two words`)
			}
			ph = append(ph, wordMatch{gap: true})
			continue
		}
		var wm wordMatch
		for _, a := range strings.Split(f, "|") {
			switch {
			case a == "" || a == "*":
				return nil, fmt.Errorf("empty alternative in %q", f)
			case strings.Count(a, "*") > 1:
				return nil, fmt.Errorf("more than one * in %q", a)
			case strings.HasSuffix(a, "*"):
				wm.alts = append(wm.alts, alt{s: strings.TrimSuffix(a, "*"), prefix: true})
			case strings.HasPrefix(a, "*"):
				wm.alts = append(wm.alts, alt{s: strings.TrimPrefix(a, "*"), suffix: true})
			case strings.Contains(a, "*"):
				return nil, fmt.Errorf("* must open or close %q", a)
			default:
				wm.alts = append(wm.alts, alt{s: a})
			}
		}
		ph = append(ph, wm)
	}
	return ph, nil
}

// matchAt reports the end (exclusive) of the shortest match of ph starting
// at words[i], or -1.
func (ph phrase) matchAt(words []string, i int) int {
	return ph.matchFrom(words, i, 0)
}

func (ph phrase) matchFrom(words []string, i, k int) int {
	for ; k < len(ph); k++ {
		if ph[k].gap {
			for g := 0; g <= maxGap && i+g <= len(words); g++ {
				if g > 0 && !isWord(words[i+g-1]) && !currency(words[i+g-1]) {
					break
				}
				if e := ph.matchFrom(words, i+g, k+1); e >= 0 {
					return e
				}
			}
			return -1
		}
		if i >= len(words) || !ph[k].match(words[i]) {
			return -1
		}
		i++
	}
	return i
}

func (wm wordMatch) match(w string) bool {
	for _, a := range wm.alts {
		if a.match(w) {
			return true
		}
	}
	return false
}

// phraseSet is a list of phrases, e.g. a word class or cue list, indexed
// by first word.
type phraseSet struct {
	single map[string]bool     // one literal word
	multi  map[string][]phrase // longer phrases by literal first word
	wild   []phrase            // phrases whose first word has a * alternative
}

func (s *phraseSet) add(entries []string) error {
	if s.single == nil {
		s.single, s.multi = map[string]bool{}, map[string][]phrase{}
	}
	for _, e := range entries {
		ph, err := compilePhrase(e)
		if err != nil {
			return fmt.Errorf("%q: %v", e, err)
		}
		lit := true
		for _, a := range ph[0].alts {
			lit = lit && !a.prefix && !a.suffix
		}
		switch {
		case !lit || ph[0].gap:
			s.wild = append(s.wild, ph)
		case len(ph) == 1:
			for _, a := range ph[0].alts {
				s.single[a.s] = true
			}
		default:
			for _, a := range ph[0].alts {
				s.multi[a.s] = append(s.multi[a.s], ph)
			}
		}
	}
	return nil
}

// matchAt returns the end of the longest phrase of s matching at words[i],
// or -1. A nil set matches nothing.
func (s *phraseSet) matchAt(words []string, i int) int {
	if s == nil || i < 0 || i >= len(words) {
		return -1
	}
	best := -1
	if s.single[words[i]] {
		best = i + 1
	}
	for _, ph := range s.multi[words[i]] {
		if e := ph.matchAt(words, i); e > best {
			best = e
		}
	}
	for _, ph := range s.wild {
		if e := ph.matchAt(words, i); e > best {
			best = e
		}
	}
	return best
}

// has reports whether the single word w is in s.
func (s *phraseSet) has(w string) bool {
	if s == nil {
		return false
	}
	if s.single[w] {
		return true
	}
	for _, ph := range s.wild {
		if len(ph) == 1 && ph[0].match(w) {
			return true
		}
	}
	return false
}

// normWord lower-cases and folds typographic apostrophes and quotes, so
// that "Syria’s" and "Syria's" are one word.
func normWord(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return typography.Replace(s)
		}
	}
	return s // ASCII: nothing to fold, and Replace would copy it
}

var typography = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-")

// isWord reports whether a token holds a letter or digit.
func isWord(w string) bool {
	for _, r := range w {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127 && r != '’' && r != '“' && r != '”' && r != '—' && r != '–' {
			return true
		}
	}
	return false
}

// currency reports a currency sign, which a gap may cross ("froze some $2
// billion in X assets").
func currency(w string) bool { return w == "$" || w == "€" || w == "£" || w == "US$" }
