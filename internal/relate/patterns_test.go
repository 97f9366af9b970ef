package relate

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmbeddedPatternsLoad(t *testing.T) {
	p, err := LoadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []string{"met-with", "clashed-with", "sanctioned", "leader-of", "member-of", "supported", "attacked", "condemned"} {
		if p.byType[typ] == nil || len(p.byType[typ].patterns) == 0 {
			t.Errorf("type %s has no patterns", typ)
		}
	}
	if !p.byType["met-with"].symmetric || p.byType["sanctioned"].symmetric {
		t.Error("met-with must be symmetric, sanctioned directed")
	}
	for _, n := range append(classNames, cueNames...) {
		if p.classes[n] == nil && p.cues[n] == nil {
			t.Errorf("class or cue %s missing", n)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unknown top key", "version: 1\nrelatons: []\n", 2, `unknown key "relatons"`},
		{"bad version", "version: 7\n", 1, "format version 7"},
		{"unknown class", "classes:\n  fillers: [x]\n", 2, `unknown word class "fillers"`},
		{"unknown cue list", "cues:\n  negative: [x]\n", 2, `unknown cue list "negative"`},
		{"bad type name", "relations:\n  - type: Met With\n", 2, "not kebab-case"},
		{"unknown pattern key", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        from: verb\n", 5, `unknown key "from"`},
		{"unknown form", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: adverb\n        triggers: [y]\n", 4, `unknown form "adverb"`},
		{"noun without links", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: noun\n        triggers: [y]\n", 4, "needs links"},
		{"no triggers", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n", 4, "no triggers"},
		{"bad gap", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        triggers: [\"... met\"]\n", 4, `"..." must stand between`},
		{"bad action", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        action: paused\n        triggers: [y]\n", 4, `unknown action "paused"`},
		{"bad confidence", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        confidence: 2\n        triggers: [y]\n", 4, "confidence 2"},
		{"passive without object-preps", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        passive: true\n        triggers: [y]\n", 4, "passive needs"},
		{"bad requires", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        requires: [\"... y\"]\n        triggers: [y]\n", 4, "requires"},
		{"bad endpoint", "relations:\n  - type: x\n    endpoints: [city]\n", 2, `unknown entity type "city"`},
		{"bad object type", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: verb\n        object-types: [city]\n        triggers: [y]\n", 4, `object-types: unknown entity type "city"`},
		{"subject types on a noun", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: noun\n        links: [with]\n        subject-types: [group]\n        triggers: [y]\n", 4, "subject-types needs form verb"},
		{"titled object on a noun", "relations:\n  - type: x\n    patterns:\n      - rule: a\n        form: noun\n        links: [with]\n        titled-object: true\n        triggers: [y]\n", 4, "titled-object needs form verb"},
		{"symmetry clash", "relations:\n  - type: met-with\n    symmetric: false\n", 2, "symmetric is true"},
		{"yaml syntax", "relations: [\n", 0, "yaml"},
		{"not a mapping", "- a\n- b\n", 1, "expected a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := LoadPatterns()
			if err != nil {
				t.Fatal(err)
			}
			err = p.Parse("user.yaml", []byte(tt.src))
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a *Error", err)
			}
			if pe.File != "user.yaml" || tt.line > 0 && pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("got %q (line %d), want line %d and %q", err, pe.Line, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "patterns user.yaml") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

// A user file (testdata/extra-patterns.yaml) adds a new relation type,
// words to an existing one and a cue.
func TestUserPatternFile(t *testing.T) {
	r, err := New(filepath.Join("testdata", "extra-patterns.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ src, want string }{
		{"[Petro|person] broke bread with [ELN|group] negotiators.", "met-with(ELN,Petro)"},
		{"A truce between [Armenia|country] and [Azerbaijan|country] held.", "agreed-truce-with(Armenia,Azerbaijan)"},
		{"[Petro|person] is rumoured to have met [ELN|group] leaders.", "met-with(ELN,Petro):hypothetical"},
	}
	for _, tt := range tests {
		in, names := parseMarkup(t, tt.src)
		got := strings.Join(render(r.Relate(in), names), " ")
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.src, got, tt.want)
		}
		// the embedded patterns alone know none of it
		if got := strings.Join(render(rules(t).Relate(in), names), " "); got == tt.want {
			t.Errorf("%s: found without the user file", tt.src)
		}
	}
	if _, err := New(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: got %v", err)
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		phrase, words string
		end           int
	}{
		{"met with", "met with x", 2},
		{"met with", "met x", -1},
		{"lifted ... sanction*", "lifted sanctions on", 2},
		{"lifted ... sanction*", "lifted a tranche of sanctions", 5},
		{"lifted ... sanction*", "lifted one two three four five sanctions", -1},
		{"lifted ... sanction*", "lifted , sanctions", -1},
		{"eased|lifted ... embargo*", "eased the embargo", 3},
		{"*n't", "didn't", 1},
		{"*n't", "n't", -1},
		{"Met With", "met with", 2},
	}
	for _, tt := range tests {
		ph, err := compilePhrase(tt.phrase)
		if err != nil {
			t.Fatalf("%q: %v", tt.phrase, err)
		}
		if got := ph.matchAt(strings.Fields(tt.words), 0); got != tt.end {
			t.Errorf("%q on %q: got %d, want %d", tt.phrase, tt.words, got, tt.end)
		}
	}
	for _, bad := range []string{"", "...", "a ... ... b", "a|", "**", "a*b", "*a*"} {
		if _, err := compilePhrase(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// FuzzParse: no input makes the parser panic, and what it accepts compiles
// into patterns the relater can run.
func FuzzParse(f *testing.F) {
	f.Add([]byte(defaultPatterns))
	f.Add([]byte("version: 1\nrelations:\n  - type: x\n    patterns:\n      - rule: a\n        form: noun\n        links: [between]\n        triggers: [\"a ... b*|c\"]\n"))
	f.Add([]byte("classes:\n  filler: [\"...\"]\n"))
	f.Add([]byte("cues: {negated: [\"*n't\"]}"))
	f.Add([]byte("relations: [{type: a, symmetric: true, endpoints: [place]}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := newPatterns()
		if err := p.Parse("fuzz.yaml", data); err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		in, _ := parseMarkup(t, "[Kenya|country] met with [Uganda|country] officials, and clashes between [Sudan|country] and [Chad|country] went on.")
		NewFromPatterns(p).Relate(in)
	})
}
