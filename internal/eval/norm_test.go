package eval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The expected values are what score.py's norm returns for the same input.
func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jama’at Nusrat al-Islam", "jamaat nusrat al islam"},
		{"The United States", "united states"},
		{"Russia's Defence Ministry", "russia defence ministry"},
		{"People's Defence Force", "people defence force"},
		{"Nicolás Maduro", "nicolas maduro"},
		{"Petróleos de Venezuela", "petroleos de venezuela"},
		{"U.S.", "us"},
		{"  Abdel  Fattah\tal-Burhan ", "abdel fattah al burhan"},
		{"Türkiye", "turkiye"},
		{"İstanbul", "istanbul"},
		{"the the", "the"},
		{"Theodore", "theodore"},
		{"Lula's", "lula"},
		{"Lula'sx", "lulasx"},  // not at a word end
		{"Lula's_", "lulas"},   // "_" is a word character, then a space
		{"Lula's1", "lulas1"},  // digits too
		{"Lula'sé", "lulase"},  // é is a letter for Python's \b
		{"ﬁnance", "finance"},  // NFKD folds the ligature
		{"Ａｂｃ", "abc"},         // and full-width letters
		{"x/y,z_w", "x y z w"}, // separators
		{"O`Neil", "oneil"},    // backtick is a quote
		{"Café\u00a0Noir", "cafe noir"},
		{"a\x1cb", "a b"}, // Python's isspace includes U+001C..U+001F
		{"'s", ""},
		{"Mr. Smith", "mr smith"},
		{"Straße", "straße"}, // lower() keeps ß
		{"", ""},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNorm(f *testing.F) {
	for _, s := range []string{"Jama’at Nusrat al-Islam", "The U.S.", "Lula's", "a\x1cb", "\xff", "the "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Norm(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Norm(%q) = %q: invalid UTF-8", s, got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("Norm(%q) = %q: white space not collapsed", s, got)
		}
		if strings.ContainsAny(got, ".'’‘`-_/,") {
			t.Fatalf("Norm(%q) = %q: punctuation left", s, got)
		}
	})
}
