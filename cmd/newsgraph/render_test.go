package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// renderGraph writes a small graph.json (a country, a person with an
// ampersand and an accent, a met-with and a negated clash) into a folder.
func renderGraph(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	g := &graph.Graph{
		Documents: []graph.Document{{ID: "a.txt"}},
		Nodes: []graph.Node{
			{ID: "country:france", Type: graph.Country, Name: "France"},
			{ID: "person:x", Type: graph.Person, Name: "José & Co", Aliases: []string{"Pepe"}},
			{ID: "group:y", Type: graph.Group, Name: "Blue Brigade"},
		},
		Edges: []graph.Edge{
			{Type: graph.MetWith, Source: "country:france", Target: "person:x", Status: graph.Asserted, EvidenceCount: 1,
				Evidence: []graph.Evidence{{Doc: "a.txt", Text: "José met French officials."}}},
			{Type: graph.ClashedWith, Source: "group:y", Target: "person:x", Status: graph.Negated, EvidenceCount: 1,
				Evidence: []graph.Evidence{{Doc: "a.txt", Text: "José did not fight the Blue Brigade."}}},
		},
	}
	if err := g.WriteFile(filepath.Join(dir, "graph.json")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRender(t *testing.T) {
	dir := renderGraph(t)
	tests := []struct {
		name      string
		args      []string
		file      string // output to read; "" reads stdout
		wantIn    []string
		wantNotIn []string
	}{
		{"svg by default", []string{"render", dir, "-o", "OUT/g.svg"}, "g.svg",
			[]string{"<svg", "José &amp; Co", "José met French officials."}, []string{"Blue Brigade"}},
		{"dot from the extension", []string{"render", filepath.Join(dir, "graph.json"), "-o", "OUT/g.dot"}, "g.dot",
			[]string{"digraph newsgraph", `"Jos&#233; &amp; Co"`}, []string{"<svg"}},
		{"dot to stdout", []string{"render", dir, "--format", "dot", "-o", "-", "--include-unasserted"}, "",
			[]string{"Blue Brigade", `style="dashed"`}, nil},
		{"focus by alias, types", []string{"render", dir, "--format", "dot", "-o", "-", "--focus", "pepe", "--types", "clashed-with", "--include-unasserted"}, "",
			[]string{"Blue Brigade"}, []string{"France"}},
		{"png from the extension", []string{"render", dir, "-o", "OUT/g.png", "--width", "300"}, "g.png",
			[]string{"\x89PNG\r\n"}, nil},
		{"min evidence leaves nothing", []string{"render", dir, "--format", "dot", "-o", "-", "--min-evidence", "2", "--layout", "neato"}, "",
			[]string{"0 of 3 nodes", `layout="neato"`}, []string{"France"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			args := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.Replace(a, "OUT", out, 1)
			}
			stdout, stderr, err := runCLI(t, args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			got := stdout
			if tt.file != "" {
				b, err := os.ReadFile(filepath.Join(out, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				got = string(b)
				if !strings.Contains(stderr, "of 3 nodes") {
					t.Errorf("stderr %q lacks the summary", stderr)
				}
			}
			for _, s := range tt.wantIn {
				if !strings.Contains(got, s) {
					t.Errorf("output lacks %q", s)
				}
			}
			for _, s := range tt.wantNotIn {
				if strings.Contains(got, s) {
					t.Errorf("output holds %q", s)
				}
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	dir := renderGraph(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown focus", []string{"render", dir, "--focus", "Nobody", "-o", "-"}, `no entity named "Nobody"`},
		{"unknown layout", []string{"render", dir, "--layout", "osage", "-o", "-"}, `unknown layout "osage"`},
		{"unknown format", []string{"render", dir, "--format", "gif"}, `unknown format "gif"`},
		{"missing graph", []string{"render", filepath.Join(dir, "none.json")}, "none.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestBuildWritesPictures: build writes graph.dot and a well-formed
// graph.svg beside graph.json, and --no-svg leaves the SVG out.
func TestBuildWritesPictures(t *testing.T) {
	out := t.TempDir()
	if _, stderr, err := runCLI(t, "build", "--no-tagger", "-o", out); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	svg, err := os.ReadFile(filepath.Join(out, "graph.svg"))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		if _, err := dec.Token(); err != nil {
			if err != io.EOF {
				t.Fatalf("graph.svg is not well-formed XML: %v", err)
			}
			break
		}
	}
	if _, err := os.Stat(filepath.Join(out, "graph.dot")); err != nil {
		t.Fatal(err)
	}
	bare := t.TempDir()
	if _, stderr, err := runCLI(t, "build", "-q", "--no-tagger", "--no-svg", "-o", bare); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if _, err := os.Stat(filepath.Join(bare, "graph.svg")); !os.IsNotExist(err) {
		t.Errorf("--no-svg wrote graph.svg (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(bare, "graph.dot")); err != nil {
		t.Errorf("--no-svg: %v", err)
	}
}

// TestRenderCapsHugeGraphs: without --max-nodes a graph beyond the default
// cap is cut to its best-connected nodes, and the command says so.
func TestRenderCapsHugeGraphs(t *testing.T) {
	dir := t.TempDir()
	g := &graph.Graph{}
	const n = 400
	for i := range n {
		g.Nodes = append(g.Nodes, graph.Node{ID: fmt.Sprintf("person:p%03d", i), Type: graph.Person, Name: fmt.Sprintf("P %d", i)})
	}
	for i := range n {
		g.Edges = append(g.Edges, graph.Edge{Type: graph.MetWith, Source: g.Nodes[i].ID, Target: g.Nodes[(i+1)%n].ID, Status: graph.Asserted})
	}
	if err := g.WriteFile(filepath.Join(dir, "graph.json")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "g.dot")
	_, stderr, err := runCLI(t, "render", dir, "-o", out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "capped to the top 300 of 400 nodes") || !strings.Contains(stderr, "--max-nodes") {
		t.Errorf("stderr %q does not say the drawing was capped", stderr)
	}
	dot, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(dot), `class="person"`); got != 300 {
		t.Errorf("%d nodes drawn, want 300", got)
	}
	if _, stderr, err = runCLI(t, "render", dir, "-o", out, "--max-nodes", "-1"); err != nil || strings.Contains(stderr, "capped") {
		t.Errorf("--max-nodes -1: %v, %q", err, stderr)
	}
}
