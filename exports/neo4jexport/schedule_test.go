package neo4jexport

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

func relRow(src, tgt int) row {
	return row{Keys: []prop{{"src", fmt.Sprint(src)}, {"tgt", fmt.Sprint(tgt)}, {"status", "asserted"}, {"action", ""}}}
}

// chain joins i to i+1..i+fan, as a dense news graph does.
func chain(n, fan int) []row {
	var rs []row
	for i := range n {
		for o := 1; o <= fan; o++ {
			rs = append(rs, relRow(i, i+o))
		}
	}
	return rs
}

// star gives n rows that all share node 0: no two batches can run at once.
func star(n int) []row {
	var rs []row
	for i := range n {
		rs = append(rs, relRow(0, i+1))
	}
	return rs
}

// rounds keeps every row once, never puts one node in two batches of a
// round, fills batches up to size, and runs a short batch alone.
func TestRounds(t *testing.T) {
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

// pipeline runs every batch once, never two batches that share a node at
// the same time, at most k at once, a short batch alone and after all
// batches before it, and after an error starts nothing new.
func TestPipeline(t *testing.T) {
	tests := []struct {
		name    string
		rows    []row
		size, k int
		failAt  int // batch index whose run fails; -1 for none
		maxPeak int // most batches allowed to run at once
	}{
		{"chain", chain(400, 5), 50, 2, -1, 2},
		{"chain three sessions", chain(400, 5), 50, 3, -1, 3},
		{"star runs one at a time", star(100), 10, 2, -1, 1},
		{"one session", chain(100, 3), 20, 1, -1, 1},
		{"error stops the load", chain(400, 5), 50, 2, 5, 2},
		{"empty", nil, 10, 2, -1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var batches [][]row
			var bs []batch
			for _, r := range rounds(tc.rows, tc.size, tc.k, relKeys) {
				batches = append(batches, r...)
				for _, b := range r {
					bs = append(bs, batch{b, relKeys})
				}
			}
			var mu sync.Mutex
			running := map[int]bool{}
			ran := map[int]int{}
			peak := 0
			var order []int
			run := func(i int) error {
				mu.Lock()
				for j := range running {
					if len(batches[i]) < tc.size || len(batches[j]) < tc.size {
						t.Errorf("short batch %d or %d runs beside another", i, j)
					}
					for _, a := range batches[i] {
						for _, b := range batches[j] {
							for _, ka := range relKeys(a) {
								if slices.Contains(relKeys(b), ka) {
									t.Errorf("batches %d and %d run at once and share node %s", i, j, ka)
								}
							}
						}
					}
				}
				if len(batches[i]) < tc.size {
					for j := range i {
						if ran[j] == 0 {
							t.Errorf("short batch %d started before batch %d", i, j)
						}
					}
				}
				running[i] = true
				ran[i]++
				order = append(order, i)
				peak = max(peak, len(running))
				mu.Unlock()
				time.Sleep(2 * time.Millisecond)
				mu.Lock()
				delete(running, i)
				mu.Unlock()
				if i == tc.failAt {
					return errors.New("boom")
				}
				return nil
			}
			var done []int
			failed, err := pipeline(bs, tc.size, tc.k, run, func(i int) { done = append(done, i) })
			if tc.failAt >= 0 {
				if err == nil || failed != tc.failAt {
					t.Fatalf("pipeline = %d, %v; want batch %d to fail", failed, err, tc.failAt)
				}
				if slices.Contains(done, tc.failAt) {
					t.Errorf("failed batch %d reported done", tc.failAt)
				}
				if len(ran) == len(batches) {
					t.Errorf("all %d batches ran after batch %d failed", len(batches), tc.failAt)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(done) != len(batches) || len(ran) != len(batches) {
				t.Errorf("%d batches done, %d ran, want %d", len(done), len(ran), len(batches))
			}
			for i, n := range ran {
				if n != 1 {
					t.Errorf("batch %d ran %d times", i, n)
				}
			}
			if peak > tc.maxPeak {
				t.Errorf("%d batches ran at once, want at most %d", peak, tc.maxPeak)
			}
		})
	}
}
