package gazetteer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadUserFiles(t *testing.T) {
	g, err := Load("testdata/user.tsv", "testdata/user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, key string
		kind      Kind
	}{
		{"JAA", "group:jaish-al-adl", KindGroup},
		{"Jaish al Adl", "group:jaish-al-adl", KindGroup},
		{"Karada", "place:karrada", KindCity},
		{"Sham", "country:syria", KindCountry}, // alias added to a known entity
		{"SDF", "group:syrian-democratic-forces", KindGroup},
		{"John Example", "person:john-example", KindPerson},
		{"Syria", "country:syria", KindCountry}, // the embedded tables are still there
	}
	for _, tt := range tests {
		got := first(g.Lookup(tt.name))
		if got.Key != tt.key || got.Kind != tt.kind {
			t.Errorf("Lookup(%q) = %q %s, want %q %s", tt.name, got.Key, got.Kind, tt.key, tt.kind)
		}
	}
	if e := first(g.Lookup("SDF")); e.Country != "country:syria" || e.Type != "group" {
		t.Errorf("SDF = %+v", e)
	}
	if e := first(g.Lookup("John Example")); e.Title != "Envoy" {
		t.Errorf("John Example title = %q", e.Title)
	}
	// Default is untouched by Load
	if es := Default().Lookup("JAA"); len(es) != 0 {
		t.Errorf("Default().Lookup(JAA) = %v", es)
	}
	es, n := g.LongestMatch(strings.Fields("fighters of the Jaish ul-Adl said"), 3)
	if n != 2 || first(es).Key != "group:jaish-al-adl" {
		t.Errorf("LongestMatch JAA = %v %d", es, n)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		file, content, want string
	}{
		{"bad.tsv", "# ok\ngroup\tA\nwizard\tMerlin\n", "bad.tsv:3: unknown type"},
		{"short.tsv", "group\n", "short.tsv:1: want at least 2"},
		{"pop.tsv", "city\tX\t\t\t\tmany\n", "pop.tsv:1: bad population"},
		{"empty.tsv", "group\t--\n", "empty.tsv:1: empty name"},
		{"wide.tsv", "group\tA\t\t\t\t\t\t\t\textra\n", "wide.tsv:1: 10 columns"},
		{"bad.yaml", "- type: group\n  name: A\n- type: wizard\n  name: B\n", "bad.yaml:3: unknown type"},
		{"map.yaml", "type: group\n", "map.yaml:1: want a list"},
		{"syntax.yml", "- type: [group\n", "syntax.yml:"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.file)
		if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s) error = %v, want %q", tt.file, err, tt.want)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("Load(%s) error %v is not a *ParseError", tt.file, err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.tsv")); err == nil || !strings.Contains(err.Error(), "missing.tsv") {
		t.Errorf("Load(missing) error = %v", err)
	}
}

// FuzzParseUser: the user-file parsers never panic, and what they accept
// has a known kind and a name with at least one part.
func FuzzParseUser(f *testing.F) {
	for _, p := range []string{"testdata/user.tsv", "testdata/user.yaml"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, strings.HasSuffix(p, ".yaml"))
	}
	f.Add([]byte("group\tA\tB|C\t\t\t12\n"), false)
	f.Add([]byte("- {type: city, name: X, population: -1}\n"), true)
	f.Fuzz(func(t *testing.T, b []byte, yaml bool) {
		name := "fuzz.tsv"
		if yaml {
			name = "fuzz.yaml"
		}
		rows, err := parseUser(name, b)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		for _, r := range rows {
			if typeOf(r.kind) == "" || len(Parts(r.name)) == 0 || r.pop < 0 {
				t.Fatalf("accepted bad row %+v", r)
			}
		}
	})
}
