package neo4jexport

import (
	"fmt"
	"testing"
)

func relRow(src, tgt int) row {
	return row{Keys: []prop{{"source", fmt.Sprint(src)}, {"target", fmt.Sprint(tgt)}, {"status", "asserted"}, {"action", ""}}}
}

// rounds keeps every row once, never puts one node in two batches of a
// round, fills batches up to size, and runs a short batch alone.
func TestRounds(t *testing.T) {
	chain := func(n, fan int) []row { // i joined to i+1..i+fan, as a dense news graph
		var rs []row
		for i := range n {
			for o := 1; o <= fan; o++ {
				rs = append(rs, relRow(i, i+o))
			}
		}
		return rs
	}
	star := func(n int) []row { // every row shares node 0: no two batches can run at once
		var rs []row
		for i := range n {
			rs = append(rs, relRow(0, i+1))
		}
		return rs
	}
	tests := []struct {
		name       string
		rows       []row
		size, k    int
		wantRounds int
	}{
		{"empty", nil, 10, 2, 0},
		{"one short batch", chain(2, 2), 10, 2, 1},
		{"chain", chain(100, 5), 100, 2, 3},
		{"star", star(25), 10, 2, 3},
		{"one session", chain(30, 3), 10, 1, 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := rounds(tc.rows, tc.size, tc.k, relKeys)
			if len(rs) != tc.wantRounds {
				t.Errorf("%d rounds, want %d", len(rs), tc.wantRounds)
			}
			seen := map[string]int{}
			for ri, r := range rs {
				if len(r) == 0 || len(r) > tc.k {
					t.Fatalf("round %d has %d batches, want 1..%d", ri, len(r), tc.k)
				}
				owner := map[string]int{}
				for bi, b := range r {
					if len(b) == 0 || len(b) > tc.size {
						t.Errorf("round %d batch %d: %d rows, want 1..%d", ri, bi, len(b), tc.size)
					}
					if len(r) > 1 && len(b) != tc.size {
						t.Errorf("round %d batch %d: %d rows runs beside another batch; short batches run alone", ri, bi, len(b))
					}
					for _, row := range b {
						seen[fmt.Sprint(row.Keys)]++
						for _, key := range relKeys(row) {
							if o, ok := owner[key]; ok && o != bi {
								t.Errorf("round %d: node %s in batches %d and %d", ri, key, o, bi)
							}
							owner[key] = bi
						}
					}
				}
			}
			if len(seen) != len(tc.rows) {
				t.Errorf("%d distinct rows scheduled, want %d", len(seen), len(tc.rows))
			}
			for k, n := range seen {
				if n != 1 {
					t.Errorf("row %s scheduled %d times", k, n)
				}
			}
		})
	}
}
