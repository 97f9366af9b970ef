package main

import (
	"strings"
	"testing"
)

func TestEvalCommand(t *testing.T) {
	const gold = "../../internal/eval/testdata/small.gold.yaml"
	const sys = "../../internal/eval/testdata/small.graph.json"
	summary := "entity F1 0.652 (P 0.714 R 0.600, splits 1) | relation F1 0.727 (P 0.571 R 1.000, forbidden 2)\n"
	tests := []struct {
		name     string
		args     []string
		contains []string
		err      string
	}{
		{name: "text", args: []string{"eval", "--gold", gold, sys},
			contains: []string{"{\n \"entities\": {\n  \"precision\": 0.714,", "\n}\n" + summary}},
		{name: "verbose", args: []string{"eval", "--gold", gold, sys, "--verbose"},
			contains: []string{"forbidden asserted: ['met-with(person:burhan,group:rsf)', ", "splits: {'burhan': ['Burhan', 'al-Burhan']}\n"}},
		{name: "json", args: []string{"eval", "--json", "--gold", gold, sys},
			contains: []string{`{"entities": {"precision": 0.714, "recall": 0.6, "f1": 0.652,`, "}}\n" + summary}},
		{name: "no gold", args: []string{"eval", sys}, err: "eval: --gold is required"},
		{name: "no graph", args: []string{"eval", "--gold", gold}, err: "accepts 1 arg(s), received 0"},
		{name: "missing graph", args: []string{"eval", "--gold", gold, "nothing.json"}, err: "nothing.json"},
		{name: "bad gold", args: []string{"eval", "--gold", sys, sys}, err: "small.graph.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLI(t, tt.args...)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tt.contains {
				if !strings.Contains(out, c) {
					t.Errorf("output lacks %q:\n%s", c, out)
				}
			}
			if !strings.HasSuffix(out, summary) {
				t.Errorf("last line is not the summary:\n%s", out)
			}
		})
	}
}
