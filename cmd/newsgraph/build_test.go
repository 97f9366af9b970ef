package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bad holds small broken inputs: a PNG named .txt, a JSON Lines file cut
// mid-line, one with a line lacking "text", and a Latin-1 text file.
const bad = "../../testdata/bad/"

// runCLI runs the command tree in-process and returns its error and output.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errOut)
	err = root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

// previous is what out/graph.json holds before a build that must fail.
const previous = `{"documents": [], "nodes": [], "edges": [], "note": "from an earlier build"}` + "\n"

func TestBuildBadInputKeepsOutput(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, input, msg string
	}{
		{"binary", bad + "image.txt", bad + "image.txt: binary file, not text (NUL bytes)"},
		{"malformed line", bad + "malformed.jsonl", bad + "malformed.jsonl:2: malformed JSON: unexpected end of JSON input"},
		{"no text", bad + "notext.jsonl", bad + `notext.jsonl:2: no "text" field (nor "body", "content", "article", "maintext")`},
		{"missing", bad + "missing.txt", bad + "missing.txt: no such file or directory"},
		{"no articles", empty, empty + ": no articles (.txt, .md, .html, .jsonl) in folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			target := filepath.Join(out, "graph.json")
			if err := os.WriteFile(target, []byte(previous), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, err := runCLI(t, "build", "-q", "--only-json", "--no-tagger", "-o", out, tt.input)
			if err == nil {
				t.Fatal("build succeeded on bad input")
			}
			if err.Error() != tt.msg {
				t.Errorf("error\n%s\nwant\n%s", err, tt.msg)
			}
			got, rerr := os.ReadFile(target)
			if rerr != nil || string(got) != previous {
				t.Errorf("graph.json changed: %q, %v", got, rerr)
			}
			entries, _ := os.ReadDir(out)
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("output folder holds %v, want graph.json alone", names)
			}
		})
	}
}

// TestBuildBadInputExit runs main in a child process (this test binary,
// re-run) to see the exit status and the one-line message on stderr.
func TestBuildBadInputExit(t *testing.T) {
	if args := os.Getenv("NEWSGRAPH_TEST_ARGS"); args != "" {
		var a []string
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			t.Fatal(err)
		}
		os.Args = append([]string{"newsgraph"}, a...)
		main() // exits 1 on error
		return
	}
	out := t.TempDir()
	target := filepath.Join(out, "graph.json")
	if err := os.WriteFile(target, []byte(previous), 0o644); err != nil {
		t.Fatal(err)
	}
	args, _ := json.Marshal([]string{"build", "-q", "--only-json", "--no-tagger", "-o", out, bad + "malformed.jsonl"})
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildBadInputExit$")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_ARGS="+string(args))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1; stderr:\n%s", err, stderr.String())
	}
	want := "newsgraph: " + bad + "malformed.jsonl:2: malformed JSON: unexpected end of JSON input\n"
	if !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr\n%s\nwant it to end with\n%s", stderr.String(), want)
	}
	if got, _ := os.ReadFile(target); string(got) != previous {
		t.Errorf("graph.json changed: %q", got)
	}
}

func TestBuildWarnings(t *testing.T) {
	out := t.TempDir()
	_, stderr, err := runCLI(t, "build", "-q", "--only-json", "--no-tagger", "-o", out, bad+"latin1.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := "newsgraph: warning: " + bad + "latin1.txt: invalid UTF-8 (first at byte 12) replaced with U+FFFD\n"
	if stderr != want {
		t.Errorf("stderr\n%q\nwant\n%q", stderr, want)
	}
	data, err := os.ReadFile(filepath.Join(out, "graph.json"))
	if err != nil || !bytes.Contains(data, []byte(`"id": "latin1.txt"`)) && !bytes.Contains(data, []byte(`"id":"latin1.txt"`)) {
		t.Errorf("graph.json lacks the document: %v\n%.300s", err, data)
	}
}

func TestSampleDocuments(t *testing.T) {
	// Every embedded sample loads, whatever its format, with a unique id.
	seen := map[string]bool{}
	formats := map[string]bool{}
	for d, err := range sampleDocuments() {
		if err != nil {
			t.Fatal(err)
		}
		if seen[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		seen[d.ID] = true
		formats[filepath.Ext(d.Path)] = true
		if strings.TrimSpace(d.Text) == "" || len(d.Warnings) > 0 {
			t.Errorf("%s: empty text or warnings %v", d.ID, d.Warnings)
		}
		if strings.Contains(d.Text, "<") && filepath.Ext(d.Path) == ".html" {
			t.Errorf("%s: markup left in text", d.ID)
		}
	}
	if len(seen) == 0 {
		t.Fatal("no samples")
	}
	t.Logf("%d samples, formats %v", len(seen), formats)
}
