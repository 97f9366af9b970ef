package relate

import "github.com/newsgraph/newsgraph/internal/mention"

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
			ex := map[int]bool{}
			for _, s := range subj {
				ex[v.ms[s].ent] = true
			}
			return t.country(si, ex)
		}
	}
	return -1
}
