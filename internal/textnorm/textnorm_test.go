package textnorm

import "testing"

func TestFoldAndSlug(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"Türkiye", "turkiye", "turkiye"},
		{"Jama’at Nusrat", "jama'at nusrat", "jamaat-nusrat"},
		{"Côte d'Ivoire", "cote d'ivoire", "cote-divoire"},
		{"  São  Tomé ", "  sao  tome ", "sao-tome"},
		{"U.S.", "u.s.", "u-s"},
		{"!!!", "!!!", "x"},
		{"Москва", "москва", "москва"},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.fold {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := Slug(tc.in); got != tc.slug {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.slug)
		}
	}
}

// The ASCII fast path must agree with the general one.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"Mohamed Hamdan Dagalo", "U.S.", "it`s", "", "ABC xyz 123 !?", "Türkiye", "São Tomé Ǆ ĳ ŉ ſ ẞ", "e\u0301 é", "x\u202f…‼ “q” – —", "\xff Ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// Every rune of the Latin fast path, between letters and doubled, folds as
// the general path folds it.
func TestFoldLatinEveryRune(t *testing.T) {
	check := func(r rune) {
		s := "A" + string(r) + "b" + string(r) + string(r) + "É"
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < latinEnd; r++ {
		check(r)
	}
	for r := rune(0x2010); r < 0x2040; r++ {
		check(r)
	}
}
