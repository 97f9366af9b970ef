package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

func init() { commands = append(commands, newEvalCmd) }

func newEvalCmd() *cobra.Command {
	var (
		gold    string
		verbose bool
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD GRAPH",
		Short: "Score a graph.json against a hand-made gold graph (as ../shared/eval/score.py does)",
		Long: `Eval scores GRAPH (a graph.json, or a build output folder holding one) against GOLD, a YAML (.yaml, .yml)
or JSON gold graph: entity precision, recall and F1 (a node counts when its name or an alias matches a gold
entity of its type; two nodes on one gold entity are a split), and per relation type (met-with, clashed-with,
sanctioned) the precision and recall of asserted edges, plus the edges the text negates or only supposes
(forbidden). It prints what score.py prints; the last line is the summary:

  entity F1 0.xxx (P 0.xxx R 0.xxx, splits N) | relation F1 0.xxx (P 0.xxx R 0.xxx, forbidden N)`,
		Example: `  newsgraph build -o out testdata/articles
  newsgraph eval --gold testdata/gold/articles.gold.yaml out/graph.json --verbose`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return fmt.Errorf("eval: --gold is required")
			}
			g, err := eval.ReadGold(gold)
			if err != nil {
				return err
			}
			path := args[0]
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				path = filepath.Join(path, "graph.json")
			}
			sys, err := graph.ReadFile(path)
			if err != nil {
				return err
			}
			r := eval.Score(g, sys)
			if asJSON {
				return r.WriteJSON(cmd.OutOrStdout())
			}
			return r.WriteText(cmd.OutOrStdout(), verbose)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&gold, "gold", "", "gold graph (YAML or JSON; schema in the README)")
	fs.BoolVarP(&verbose, "verbose", "v", false, "also list missed and spurious entities and relations, wrong types, splits and forbidden relations")
	fs.BoolVar(&asJSON, "json", false, "print the scores as one line of JSON (then the summary line)")
	return cmd
}
