package resolve

import "testing"

// endsWithCallVerb may only skip windows placeCallsRe would not match.
func FuzzEndsWithCallVerb(f *testing.F) {
	for _, s := range []string{
		"the reef, which Hanoi calls ",
		"the shoal, which Manila calls it \"",
		"the island, which A calls X and B names “",
		"the town, which rebels call\t",
		"talks in Geneva ",
		"which it ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if placeCallsRe.MatchString(s) && !endsWithCallVerb(s) {
			t.Errorf("%q matches placeCallsRe but the pre-filter skips it", s)
		}
	})
}

func TestEndsWithCallVerb(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"the reef, which Hanoi calls ", true},
		{"the shoal, which Manila calls it '", true},
		{"the strait, which both sides name ", false},
		{"the strait, which Tehran names ", true},
		{"the valley, which they call “", true},
		{"officials met in Doha on Monday ", false},
		{"", false},
	}
	for _, c := range cases {
		if got := endsWithCallVerb(c.in); got != c.want {
			t.Errorf("endsWithCallVerb(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
