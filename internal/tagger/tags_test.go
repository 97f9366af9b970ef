package tagger

import (
	"reflect"
	"testing"
)

func tags(t *testing.T, ss ...string) []Tag {
	t.Helper()
	out := make([]Tag, len(ss))
	for i, s := range ss {
		tg, err := ParseTag(s)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = tg
	}
	return out
}

func TestParseTagRoundTrip(t *testing.T) {
	for tg := O; tg < numTags; tg++ {
		got, err := ParseTag(tg.String())
		if err != nil || got != tg {
			t.Errorf("ParseTag(%q) = %v, %v; want %v", tg.String(), got, err, tg)
		}
	}
	for _, bad := range []string{"", "B-LOC", "b-PER", "I-", "OO"} {
		if _, err := ParseTag(bad); err == nil {
			t.Errorf("ParseTag(%q): no error", bad)
		}
	}
}

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Span
	}{
		{"empty", nil, nil},
		{"all O", []string{"O", "O"}, nil},
		{"single", []string{"B-PER"}, []Span{{0, 1, PER}}},
		{"multi", []string{"O", "B-GRP", "I-GRP", "I-GRP", "O"}, []Span{{1, 4, GRP}}},
		{"adjacent B", []string{"B-CTRY", "B-CTRY"}, []Span{{0, 1, CTRY}, {1, 2, CTRY}}},
		{"at end", []string{"O", "B-PLACE", "I-PLACE"}, []Span{{1, 3, PLACE}}},
		{"I after O starts a span", []string{"O", "I-PER", "I-PER"}, []Span{{1, 3, PER}}},
		{"type change splits", []string{"B-PER", "I-GRP"}, []Span{{0, 1, PER}, {1, 2, GRP}}},
		{"B then other B", []string{"B-PER", "I-PER", "B-GRP", "O", "B-PLACE"}, []Span{{0, 2, PER}, {2, 3, GRP}, {4, 5, PLACE}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Spans(tags(t, tt.tags...))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Spans(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestValidBIO(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"I-PER", "I-PER"}, []string{"B-PER", "I-PER"}},
		{[]string{"B-PER", "I-GRP"}, []string{"B-PER", "B-GRP"}},
		{[]string{"O", "B-CTRY", "I-CTRY", "O", "I-PLACE"}, []string{"O", "B-CTRY", "I-CTRY", "O", "B-PLACE"}},
	}
	for _, tt := range tests {
		got := validBIO(tags(t, tt.in...), nil)
		if want := tags(t, tt.want...); !reflect.DeepEqual(got, want) {
			t.Errorf("validBIO(%v) = %v, want %v", tt.in, got, want)
		}
		// Well-formed tags decode to the same spans as the raw ones.
		if a, b := Spans(got), Spans(tags(t, tt.in...)); !reflect.DeepEqual(a, b) {
			t.Errorf("validBIO(%v) changed spans: %v vs %v", tt.in, a, b)
		}
	}
}
