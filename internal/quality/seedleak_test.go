package quality

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// leakRun is how many words in a row, shared with a seed article, count as
// copied text. Eight words is past any common phrase of news English.
const leakRun = 8

// commonRuns are runs that every news site prints and that happen to be in
// the seeds too: page furniture, not the seeds' writing.
var commonRuns = []string{
	"your email address will not be published. required fields are marked",
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}']+`)

func words(s string) []string {
	ws := wordRE.FindAllString(strings.ToLower(s), -1)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(w, "'", "")
	}
	return ws
}

// The seed articles are input only: no run of their text may appear in the
// project's files, so that nothing is tuned to them by copying.
func TestNoSeedTextInTheProject(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedsCorpus, "*.txt"))
	if err != nil || len(seeds) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no seed articles in %s (CI must have ../shared beside the repository)", seedsCorpus)
		}
		t.Skipf("no seed articles in %s: no ../shared beside the repository, skipping", seedsCorpus)
	}
	runs, err := textRuns(seeds)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commonRuns {
		common := strings.Join(words(c), " ")
		for r := range runs {
			if strings.Contains(common, r) {
				delete(runs, r)
			}
		}
	}
	checked, err := findRuns(t, runs, "seed", func(string) bool { return false })
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d files checked: the walk proves nothing", checked)
	}
}

// The held-out sets are there to measure news the rules were not written
// for: code, tests and data may learn a construction from them, but never
// copy their sentences (a test case must say it in other words, about
// another conflict), or the sets would stop measuring anything. Only the
// sets themselves, under testdata/, may hold their text.
func TestNoHeldoutTextInCode(t *testing.T) {
	sets, err := filepath.Glob(filepath.Join("testdata", "heldout*", "articles"))
	if err != nil || len(sets) == 0 {
		t.Fatalf("no held-out articles under testdata: %v", err)
	}
	// The articles' text as the loader keeps it: an HTML page's markup and
	// furniture are every site's, not the annotator's writing.
	runs := map[string]string{}
	for d, err := range graph.ReadDocuments(sets...) {
		if err != nil {
			t.Fatal(err)
		}
		addRuns(runs, d.Text, d.ID)
	}
	for _, name := range heldoutNames {
		for r := range runs {
			if n := strings.Join(words(name), " "); strings.Contains(n, r) || strings.Contains(r, n) {
				delete(runs, r)
			}
		}
	}
	// samplesDir is a byte copy of testdata/articles (TestSamplesMatchArticles).
	inSets := func(p string) bool {
		p = filepath.ToSlash(p)
		return strings.HasPrefix(p, "testdata/") || p == samplesDir
	}
	checked, err := findRuns(t, runs, "held-out article", inSets)
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d files checked: the walk proves nothing", checked)
	}
}

// heldoutNames are long official names that a held-out article spells out
// and the project knows as world knowledge (the gazetteer's sources, rule
// comments): a name is not the annotator's writing.
var heldoutNames = []string{
	"the Democratic Forces for the Liberation of Rwanda",
	"the U.N. High Commissioner for Human Rights",
}

// textRuns maps every run of leakRun words of the files to the file's name.
func textRuns(paths []string) (map[string]string, error) {
	runs := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		addRuns(runs, string(b), filepath.Base(p))
	}
	return runs, nil
}

func addRuns(runs map[string]string, text, src string) {
	ws := words(text)
	for i := 0; i+leakRun <= len(ws); i++ {
		runs[strings.Join(ws[i:i+leakRun], " ")] = src
	}
}

// findRuns walks the project (but skipped paths) and reports each file that
// holds one of runs; it returns how many files it read.
func findRuns(t *testing.T, runs map[string]string, what string, skip func(string) bool) (int, error) {
	t.Helper()
	checked := 0
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", ".neo4j", "out", "bin", "node_modules":
				return filepath.SkipDir
			}
			if p != "." && skip(p) {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".gz", ".png", ".svg", ".zip", ".bin", ".jar":
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.IndexByte(b, 0) >= 0 {
			return nil // a binary, such as a built newsgraph
		}
		checked++
		ws := words(string(b))
		for i := 0; i+leakRun <= len(ws); i++ {
			if src, ok := runs[strings.Join(ws[i:i+leakRun], " ")]; ok {
				t.Errorf("%s holds text of %s %s: %q", p, what, src, strings.Join(ws[i:i+leakRun], " "))
				return nil
			}
		}
		return nil
	})
	return checked, err
}
