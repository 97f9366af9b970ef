package tagger

import (
	"strings"
	"testing"
)

func TestMetrics(t *testing.T) {
	m := NewMetrics()
	// gold: [John Smith]PER met [Anna]PER in [Paris]PLACE
	// pred: [John]PER [Smith]PER met [Anna]PER in [Paris]CTRY
	m.Add(tags(t, "B-PER", "I-PER", "O", "B-PER", "O", "B-PLACE"),
		tags(t, "B-PER", "B-PER", "O", "B-PER", "O", "B-CTRY"))
	// gold: [UN]GRP in [Iraq]CTRY; pred: [UN]GRP in [Iraq]CTRY, plus a spurious GRP
	m.Add(tags(t, "B-GRP", "O", "B-CTRY", "O"), tags(t, "B-GRP", "O", "B-CTRY", "B-GRP"))
	want := map[string]Counts{
		PER:   {Gold: 2, Pred: 3, Correct: 1},
		GRP:   {Gold: 1, Pred: 2, Correct: 1},
		CTRY:  {Gold: 1, Pred: 2, Correct: 1},
		PLACE: {Gold: 1, Pred: 0, Correct: 0},
	}
	for ty, w := range want {
		if got := *m.ByType[ty]; got != w {
			t.Errorf("%s: %+v, want %+v", ty, got, w)
		}
	}
	if want := (Counts{Gold: 5, Pred: 7, Correct: 3}); m.Micro != want {
		t.Errorf("micro %+v, want %+v", m.Micro, want)
	}
	if m.Tokens != 10 {
		t.Errorf("tokens %d, want 10", m.Tokens)
	}
	p, r := 3.0/7, 3.0/5
	if f := m.Micro.F1(); f < 2*p*r/(p+r)-1e-9 || f > 2*p*r/(p+r)+1e-9 {
		t.Errorf("F1 %v", f)
	}
	var b strings.Builder
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if last := lines[len(lines)-1]; last != "micro F1 0.500" {
		t.Errorf("last line %q, want %q", last, "micro F1 0.500")
	}
	if !strings.Contains(b.String(), "PLACE      0.000   0.000  0.000      1      0       0") {
		t.Errorf("no PLACE row in\n%s", b.String())
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("zero counts give %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
}
