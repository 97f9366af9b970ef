package relate

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/mention"
)

// topics answers "which country is 'the country'?" for one document.
//
// Heuristic: the country the document names most often (every mention,
// demonyms included, counts), excluding the relation's other side; a tie
// goes to the one named last before the sentence. A country named fewer
// than twice is no topic. News articles are usually about one country, and
// "the country" or "its" after a sanctioner refers to it far more often
// than to the sanctioner itself, which is excluded anyway.
type topics struct {
	count map[int]int
	last  map[int][]int // sentence indexes of each country's mentions, ascending
}

func newTopics(in Input, bySent [][]vm) *topics {
	t := &topics{count: map[int]int{}, last: map[int][]int{}}
	for si, ms := range bySent {
		for _, m := range ms {
			if m.typ == mention.Country {
				t.count[m.ent]++
				t.last[m.ent] = append(t.last[m.ent], si)
			}
		}
	}
	return t
}

// country returns the topic country for sentence si, not one of exclude,
// or -1.
func (t *topics) country(si int, exclude map[int]bool) int {
	best, bestN, bestLast := -1, 1, -1
	for e, n := range t.count {
		if exclude[e] || n < bestN {
			continue
		}
		last := -1
		for _, s := range t.last[e] {
			if s <= si {
				last = s
			}
		}
		// ties: the later mention, then the lower index, so the map's
		// order never shows
		if n > bestN || last > bestLast || last == bestLast && (best < 0 || e < best) {
			best, bestN, bestLast = e, n, last
		}
	}
	if bestN < 2 {
		return -1
	}
	return best
}

// corefCountry finds "its", "the country" and the like from token i on and
// resolves it to the topic country, or -1.
func (v *view) corefCountry(i int, t *topics, si int, subj []int) int {
	for j := i; j < v.n(); j++ {
		if e := v.classAt("coref-country", j); e > j {
			if e < v.n() && v.tm[e] < 0 && (v.words[e-1] == "its" || hasSuffix(v.words[e-1], "'s")) && v.is("role", e) {
				return -1 // "sanctions on its leader": a person, not the country
			}
			ex := map[int]bool{}
			for _, s := range subj {
				ex[v.ms[s].ent] = true
			}
			return t.country(si, ex)
		}
	}
	return -1
}

// stateForce reads an unnamed state force at token i ("an army convoy",
// "the military", "government troops") and returns whose it is: the only
// country the sentence places the event in ("In Mali, ..."), else the army
// the document named last ("the Sudanese army", "Chad's military"), never
// one of the subjects; -1 when there is no such phrase or no owner. (The
// topic country is no owner: an article about a war names a foreign
// country as often as the one at war.)
func (v *view) stateForce(i, end int, subj []int) int {
	j := i
	for j < end && v.tm[j] < 0 && (v.words[j] == "a" || v.words[j] == "an" || v.words[j] == "the" || isNumber(v.words[j]) || numberWord(v.words[j]) > 0) {
		j++
	}
	if j >= end || v.tm[j] >= 0 || v.classAt("state-force", j) < 0 {
		return -1
	}
	ex := map[int]bool{}
	for _, s := range subj {
		ex[v.ms[s].ent] = true
	}
	// "X police and Y troops attacked ..., and Z ambushed a police
	// convoy": the force named with that word before in the sentence
	for k := 0; k < v.nreal; k++ {
		m := v.ms[k]
		if m.last < i && m.last > m.first && m.typ == mention.Group && !ex[m.ent] && strings.EqualFold(v.words[m.last], v.words[j]) {
			return m.ent
		}
	}
	in := -1
	for k := 0; k < v.nreal; k++ {
		m := v.ms[k]
		if m.typ != mention.Country || m.first == 0 || v.words[m.first-1] != "in" || ex[m.ent] {
			continue
		}
		if in >= 0 && v.ms[in].ent != m.ent {
			return -1 // two places: which army is unclear
		}
		in = k
	}
	if in >= 0 {
		return v.ms[in].ent
	}
	if v.d != nil && v.d.army >= 0 && !ex[v.d.army] {
		return v.d.army
	}
	return -1
}
