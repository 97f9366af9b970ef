package gazetteer

import (
	"strings"
	"testing"
)

// The binary search over runs of one length must find what the plain loop
// over every name finds, accepting the same records in the same order.
func TestMatchGroupsAgreesWithLoop(t *testing.T) {
	g := Default()
	checked := 0
	for _, ix := range []*index{&g.names, &g.titles} {
		checkGroups(t, ix, &checked)
	}
	if checked < 1000 {
		t.Fatalf("only %d names checked: the test proves little", checked)
	}
}

func checkGroups(t *testing.T, ix *index, checked *int) {
	plain := *ix
	plain.groups = nil
	for key, gs := range ix.groups {
		if len(gs) == 0 {
			t.Fatalf("%q: empty groups", key)
		}
		for _, rec := range ix.first[key] {
			// the name itself, then with a word after it, then cut short
			for _, words := range [][]string{rec.parts, append(append([]string{}, rec.parts...), "said"), rec.parts[:1]} {
				var gotSeq, wantSeq []*nameRec
				collect := func(seq *[]*nameRec) func(*nameRec, int) bool {
					return func(r *nameRec, n int) bool { *seq = append(*seq, r); return len(*seq) == 3 }
				}
				got, gn := ix.match(words, 0, collect(&gotSeq))
				want, wn := plain.match(words, 0, collect(&wantSeq))
				if got != want || gn != wn || len(gotSeq) != len(wantSeq) {
					t.Fatalf("%q: groups %v/%d (%d asked), loop %v/%d (%d asked)", strings.Join(words, " "), got, gn, len(gotSeq), want, wn, len(wantSeq))
				}
				for i := range gotSeq {
					if gotSeq[i] != wantSeq[i] {
						t.Fatalf("%q: asked %v, loop asked %v", strings.Join(words, " "), gotSeq[i].parts, wantSeq[i].parts)
					}
				}
				*checked++
			}
		}
	}
}
