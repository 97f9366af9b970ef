package tagger

import (
	"math"
	"strings"
	"testing"
)

func TestTagScores(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Foreign Minister Anna Lindqvist flew to Cairo for talks with the Arab League .",
		"The rebels said they had taken the town .",
		"",
	} {
		words := strings.Fields(s)
		tags, scores := m.TagScores(words)
		if got := m.Tag(words); len(got) != len(tags) {
			t.Fatalf("%q: %d tags, Tag gave %d", s, len(tags), len(got))
		} else {
			for i := range got {
				if got[i] != tags[i] {
					t.Errorf("%q word %d: TagScores %v, Tag %v", s, i, tags[i], got[i])
				}
			}
		}
		margins := Margins(tags, scores)
		prev := O
		for i, tg := range tags {
			// The greedy choice is the best allowed tag, so its margin is
			// never negative; disallowed tags carry the least score.
			if margins[i] < 0 {
				t.Errorf("%q word %d (%v): margin %d < 0", s, i, tg, margins[i])
			}
			for u := range numTags {
				if !allowed(prev, u) && scores[i][u] != math.MinInt32 {
					t.Errorf("%q word %d: %v not allowed after %v but scored %d", s, i, u, prev, scores[i][u])
				}
			}
			prev = tg
		}
	}
}

func TestSpanMargin(t *testing.T) {
	margins := []int32{50, 300, 120, 90}
	for _, tt := range []struct {
		sp   Span
		want int32
	}{
		{Span{0, 1, PER}, 50},
		{Span{1, 3, PER}, 120},
		{Span{1, 4, PER}, 90},
	} {
		if got := SpanMargin(margins, tt.sp); got != tt.want {
			t.Errorf("SpanMargin(%v) = %d, want %d", tt.sp, got, tt.want)
		}
	}
}

func TestMargins(t *testing.T) {
	tags := []Tag{BPer, IPer, O}
	var sc [3][NumTags]int32
	for i := range sc {
		for u := range sc[i] {
			sc[i][u] = -1000
		}
	}
	sc[0][BPer], sc[0][BGrp] = 10, 4 // best other: B-GRP
	sc[1][IPer], sc[1][O] = 7, 9     // a tag given, not chosen: negative
	sc[2][O], sc[2][IPlace] = 0, math.MinInt32
	got := Margins(tags, sc[:])
	want := []int32{6, -2, 1000}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: margin %d, want %d", i, got[i], want[i])
		}
	}
}
