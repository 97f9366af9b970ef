package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture copies testdata/data to a temporary directory and zips
// testdata/cities15000.txt into it as GeoNames ships it.
func fixture(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir("testdata/data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("testdata/data", p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	txt, err := os.ReadFile("testdata/cities15000.txt")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dst, "geonames", "cities15000.zip"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, _ := zw.Create("cities15000.txt")
	w.Write(txt)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return dst
}

// readTables returns every output file's bytes, gunzipped for .gz.
func readTables(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range des {
		b, err := os.ReadFile(filepath.Join(dir, d.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[d.Name()] = string(b)
		if strings.HasSuffix(d.Name(), ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			u, _ := io.ReadAll(zr)
			out[strings.TrimSuffix(d.Name(), ".gz")] = string(u)
		}
	}
	return out
}

func TestDeterministic(t *testing.T) {
	data := fixture(t)
	a, b := t.TempDir(), t.TempDir()
	for _, out := range []string{a, b} {
		if err := run(data, ".", out, "testdata/words.conll"); err != nil {
			t.Fatal(err)
		}
	}
	ta, tb := readTables(t, a), readTables(t, b)
	if len(ta) == 0 {
		t.Fatal("no tables written")
	}
	for name, x := range ta {
		if tb[name] != x {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestTables(t *testing.T) {
	data := fixture(t)
	out := t.TempDir()
	if err := run(data, ".", out, "testdata/words.conll"); err != nil {
		t.Fatal(err)
	}
	tables := readTables(t, out)
	tests := []struct {
		file, line string // a line the table must hold
		want       bool
	}{
		{"countries.tsv", "country\tSyria\tAl Jumhuriyah", false}, // no local long form in the fixture
		{"countries.tsv", "country\tSyria\tSuriyah|Syrian Arab Republic\tcountry:syria\t\t16906283\t\tSyrian|Syrians", true},
		{"countries.tsv", "country\tTurkey\tRepublic of Turkey|Republic of Türkiye|Turkiye\tcountry:turkey\t\t82319724\t\tTurk|Turkish|Turks", true},
		{"cities.tsv", "capital\tDamascus\tDamas|Damasco|Damaskus|Dimashq\tplace:damascus\tcountry:syria\t1569394", true},
		{"cities.tsv", "city\tMost", false},                                         // common word ("most" in the corpus)
		{"cities.tsv", "Ahmad", false},                                              // given name in the corpus
		{"admin1.tsv", "admin1\tAleppo\t\tplace:aleppo-syria\tcountry:syria", true}, // the city keeps the plain key
		{"people.tsv", "person\tMuhammad al-Bashir\t\tperson:muhammad-al-bashir\tcountry:syria\t\tPrime Minister", true},
		{"people.tsv", "person\tRecep Tayyip Erdogan\t\tperson:recep-tayyip-erdogan\tcountry:turkey\t\tPresident", true},
		{"groups.tsv", "group\tIslamic State of Iraq and ash-Sham\tDaesh|IS|ISIL|ISIS|", true},
		{"groups.tsv", "group\tQods Force\t\tgroup:qods-force", true},
		{"groups.tsv", "group\tSyrian Arab Army\tSAA\tgroup:syrian-arab-army\tcountry:syria", true},
		{"groups.tsv", "group\tLand Forces", false},
		{"groups.tsv", "community\tShias\tShi'i|Shia|Shia Muslim|Shia Muslims|Shiite|Shiites\tgroup:shias", true},
		{"groups.tsv", "community\tKurds\tKurd|Kurdish\tgroup:kurds", true},
		{"groups.tsv", "community\tTurkish", false}, // a demonym
		{"orgs.tsv", "org\tNorth Atlantic Treaty Organisation\tNATO|North Atlantic Treaty Organization\tgroup:north-atlantic-treaty-organisation", true},
		{"regions.tsv", "region\tMount Elgon\t\tplace:mount-elgon", true},
		{"regions.tsv", "region\tMediterranean Sea\t\tplace:mediterranean-sea", true},
		{"regions.tsv", "region\tAnti-Lebanon Mountains", true},
	}
	for _, tt := range tests {
		got := strings.Contains(tables[tt.file], tt.line)
		if got != tt.want {
			t.Errorf("%s holds %q = %v, want %v\n%s", tt.file, tt.line, got, tt.want, tables[tt.file])
		}
	}
}

func TestPersons(t *testing.T) {
	g := &gen{hand: "."}
	if err := g.loadTitles(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, name, title, alias string }{
		{"Prime Minister Muhammad al-BASHIR (since 8 December 2024)", "Muhammad al-Bashir", "Prime Minister", ""},
		{"Alpha CONDE; former President Moussa Dadis CAMARA was overthrown", "Moussa Dadis Camara", "former President", ""},
		{"Crown Prince and Prime Minister MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud (since 2022)",
			"Muhammad bin Salman bin Abd al-Aziz Al Saud", "Crown Prince and Prime Minister", "Muhammad bin Salman"},
		{"President Donald J. TRUMP (since 20 January 2025)", "Donald Trump", "President", "Donald J. Trump"},
		{"President Vladimir Vladimirovich PUTIN (since 7 May 2012)", "Vladimir Putin", "President", "Vladimir Vladimirovich Putin"},
		{"King CHARLES III (since 8 September 2022)", "Charles III", "King", ""},
	}
	for _, tt := range tests {
		ps := g.persons(tt.in)
		if len(ps) == 0 {
			t.Errorf("persons(%q): none", tt.in)
			continue
		}
		p := ps[len(ps)-1]
		if p.name != tt.name || p.title != tt.title || tt.alias != "" && !strings.Contains(strings.Join(p.aliases, "|"), tt.alias) {
			t.Errorf("persons(%q) = %q %q %v, want %q %q %q", tt.in, p.name, p.title, p.aliases, tt.name, tt.title, tt.alias)
		}
	}
}

func TestDemonyms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Syrian(s)", "Syrian|Syrians"},
		{"Briton(s), British (collective plural)", "Briton|Britons|British"},
		{"Congolese (singular and plural)", "Congolese"},
		{"Saudi or Saudi Arabian", "Saudi|Saudi Arabian"},
	}
	for _, tt := range tests {
		if got := strings.Join(demonyms(tt.in), "|"); got != tt.want {
			t.Errorf("demonyms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
