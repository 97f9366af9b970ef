package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const taggerFixture = "../../internal/tagger/testdata/tiny.conll"

func TestTaggerTrainEval(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gz"), filepath.Join(dir, "sub", "b.gz")
	for _, out := range []string{a, b} {
		if _, stderr, err := runCLI(t, "tagger", "train", "--epochs", "3", "--seed", "5", "--bits", "12", "--out", out, taggerFixture); err != nil {
			t.Fatalf("train: %v\n%s", err, stderr)
		}
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if len(ab) == 0 || !bytes.Equal(ab, bb) {
		t.Errorf("two trainings gave different files (%d, %d bytes)", len(ab), len(bb))
	}
	stdout, stderr, err := runCLI(t, "tagger", "eval", "--model", a, taggerFixture)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "micro F1 0.") && last != "micro F1 1.000" {
		t.Errorf("last line %q, want \"micro F1 0.xxx\"", last)
	}
	for _, ty := range []string{"PER", "GRP", "CTRY", "PLACE", "micro"} {
		if !strings.Contains(stdout, "\n"+ty+" ") {
			t.Errorf("no %s row in\n%s", ty, stdout)
		}
	}
}

func TestTaggerErrors(t *testing.T) {
	dir := t.TempDir()
	notModel := filepath.Join(dir, "x.gz")
	if err := os.WriteFile(notModel, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		msg  string
	}{
		{"train without --out", []string{"tagger", "train", taggerFixture}, "--out"},
		{"train missing file", []string{"tagger", "train", "--out", filepath.Join(dir, "m.gz"), "no-such.conll"}, "no-such.conll"},
		{"eval bad model", []string{"tagger", "eval", "--model", notModel, taggerFixture}, "not a tagger model"},
		{"eval bad file", []string{"tagger", "eval", "../../testdata/bad/"}, "read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want one containing %q", err, tt.msg)
			}
		})
	}
}

func TestTaggerEvalShipped(t *testing.T) {
	stdout, _, err := runCLI(t, "tagger", "eval", taggerFixture)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, "micro F1 ") {
		t.Errorf("no micro F1 in\n%s", stdout)
	}
}
