package quality

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
	runs := map[string]string{}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ws := words(string(b))
		for i := 0; i+leakRun <= len(ws); i++ {
			runs[strings.Join(ws[i:i+leakRun], " ")] = filepath.Base(p)
		}
	}
	for _, c := range commonRuns {
		common := strings.Join(words(c), " ")
		for r := range runs {
			if strings.Contains(common, r) {
				delete(runs, r)
			}
		}
	}
	checked := 0
	err = filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", ".neo4j", "out", "bin", "node_modules":
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
			if seed, ok := runs[strings.Join(ws[i:i+leakRun], " ")]; ok {
				t.Errorf("%s holds text of seed %s: %q", p, seed, strings.Join(ws[i:i+leakRun], " "))
				return nil
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d files checked: the walk proves nothing", checked)
	}
}
