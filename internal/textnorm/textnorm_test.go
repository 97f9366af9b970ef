package textnorm

import "testing"

func TestFoldAndSlug(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"Türkiye", "turkiye", "turkiye"},
		{"Haya’t Tahrir", "haya't tahrir", "hayat-tahrir"},
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
