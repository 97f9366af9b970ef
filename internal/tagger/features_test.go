package tagger

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// fnv hashes s unchanged, to spell expected shapes.
func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, r)
	}
	return h
}

func TestWordInfo(t *testing.T) {
	var fs featurizer
	tests := []struct {
		word, lower, shape, short string
		flags                     uint8
	}{
		{"Damascus", "damascus", "Xxxxx", "Xx", flagCap},
		{"U.S.", "u.s.", "X.X.", "X.X.", flagCap},
		{"al-Burhan", "al-burhan", "xx-Xxxxx", "x-Xx", 0},
		{"NATO", "nato", "XXXX", "X", flagCap},
		{"McDonald", "mcdonald", "XxXxxxx", "XxXx", flagCap},
		{"1990", "0000", "dddd", "d", 0},
		{"G-8", "g-0", "X-d", "X-d", flagCap},
		{"Türkiye", "türkiye", "Xxxxx", "Xx", flagCap},
		{"Haya’t", "haya't", "Xxxx'x", "Xx'x", flagCap},
		{"bin", "bin", "xxx", "x", flagParticle},
		{"Abu", "abu", "Xxx", "Xx", flagParticle | flagCap},
		{"President", "president", "Xxxxx", "Xx", flagTitle | flagCap},
		{"said", "said", "xxxx", "x", 0},
		{"(", "(", "(", "(", flagOpener},
		{"“", `"`, `"`, `"`, flagOpener},
		{"Mr", "mr.", "Xx.", "Xx.", flagTitle | flagCap},
		{"Mr.", "mr.", "Xx.", "Xx.", flagTitle | flagCap},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			wi := fs.info(tt.word)
			if wi.lower != fnv(tt.lower) {
				t.Errorf("lower form is not %q", tt.lower)
			}
			if wi.shape != fnv(tt.shape) {
				t.Errorf("shape is not %q", tt.shape)
			}
			if wi.short != fnv(tt.short) {
				t.Errorf("short shape is not %q", tt.short)
			}
			if wi.flags != tt.flags {
				t.Errorf("flags %b, want %b", wi.flags, tt.flags)
			}
		})
	}
}

func TestAffixes(t *testing.T) {
	var fs featurizer
	wi := fs.info("Damascus")
	for k, want := range []string{"d", "da", "dam", "dama"} {
		if wi.pre[k] != fnv(want) {
			t.Errorf("prefix %d is not %q", k+1, want)
		}
	}
	for k, want := range []string{"s", "us", "cus", "scus"} {
		if wi.suf[k] != fnv(want) {
			t.Errorf("suffix %d is not %q", k+1, want)
		}
	}
	// Short words: affixes longer than the word are the word.
	wi = fs.info("Ré")
	if wi.pre[3] != fnv("ré") || wi.suf[3] != fnv("ré") || wi.suf[0] != fnv("é") {
		t.Error("affixes of a two-letter word")
	}
}

// lexicon is a tiny Lexicon over fixed names.
type lexicon map[string]gazetteer.Kind

func (l lexicon) LongestMatch(words []string, i int) ([]gazetteer.Entry, int) {
	for k := min(3, len(words)-i); k > 0; k-- {
		name := words[i]
		for _, w := range words[i+1 : i+k] {
			name += " " + w
		}
		if kind, ok := l[name]; ok {
			return []gazetteer.Entry{{Name: name, Kind: kind}}, k
		}
	}
	return nil, 0
}

func (l lexicon) Title(words []string, i int) (string, int) {
	if i+1 < len(words) && words[i] == "Foreign" && words[i+1] == "Minister" {
		return "Foreign Minister", 2
	}
	return "", 0
}

func TestStaticFeatures(t *testing.T) {
	words := []string{"Foreign", "Minister", "Jan", "Berg", "visited", "New", "York", "."}
	lex := lexicon{"New York": gazetteer.KindCity, "Berg": gazetteer.KindCity}
	has := func(feats []uint64, f uint64) bool { return slices.Contains(feats, f) }
	for _, tt := range []struct {
		name string
		lex  Lexicon
		i    int
		want []uint64 // features that must be there
		not  []uint64 // features that must not be there
	}{
		{"first word", nil, 0, []uint64{fBias, mix(fFirstShape, fnv("Xx")), mix(fWordM1, padBefore.lower), mix(fWord, fnv("foreign"))}, nil},
		{"inner word is not first", nil, 2, []uint64{mix(fWordM1, fnv("minister")), mix(fWordP2, fnv("visited")), mix(fShapeP1, fnv("Xxxx"))}, []uint64{mix(fFirstShape, fnv("Xx"))}},
		{"title before", nil, 2, []uint64{fTitleM1, mix(fTitleM1Short, fnv("Xx"))}, nil},
		{"no title before", nil, 3, nil, []uint64{fTitleM1}},
		{"last word pads", nil, 7, []uint64{mix(fWordP1, padAfter.lower), mix(fShortP2, padAfter.short)}, nil},
		{"gazetteer B", lex, 5, []uint64{mix(fGaz, mix(fnv("city"), 'B')), mix(fGazP1, mix(fnv("city"), 'I'))}, nil},
		{"gazetteer I", lex, 6, []uint64{mix(fGaz, mix(fnv("city"), 'I')), mix(fGazM1, mix(fnv("city"), 'B'))}, nil},
		{"gazetteer U", lex, 3, []uint64{mix(fGaz, mix(fnv("city"), 'U')), mix(fGazSpan, mix(fnv("city"), 1))}, nil},
		{"no gazetteer without lexicon", nil, 5, nil, []uint64{mix(fGaz, mix(fnv("city"), 'B'))}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := featurizer{lex: tt.lex}
			fs.prepare(words, nil)
			feats := fs.static(tt.i, nil)
			for _, f := range tt.want {
				if !has(feats, f) {
					t.Errorf("missing feature %x", f)
				}
			}
			for _, f := range tt.not {
				if has(feats, f) {
					t.Errorf("unexpected feature %x", f)
				}
			}
		})
	}
}

func TestHistoryFeatures(t *testing.T) {
	fs := featurizer{}
	fs.prepare([]string{"Jan", "Berg"}, nil)
	a := fs.history(1, O, BPer, nil)
	b := fs.history(1, O, O, nil)
	if slices.Equal(a, b) {
		t.Error("history features ignore the previous tag")
	}
	if !slices.Contains(a, mix(fPrev, uint64(BPer)+1)) {
		t.Error("no previous-tag feature")
	}
}

func TestAllowed(t *testing.T) {
	for _, tt := range []struct {
		prev, t Tag
		want    bool
	}{
		{O, IPer, false}, {BPer, IPer, true}, {IPer, IPer, true}, {BGrp, IPer, false},
		{O, BPer, true}, {IPlace, O, true}, {BCtry, ICtry, true}, {ICtry, BCtry, true},
	} {
		if got := allowed(tt.prev, tt.t); got != tt.want {
			t.Errorf("allowed(%v, %v) = %v", tt.prev, tt.t, got)
		}
	}
}
