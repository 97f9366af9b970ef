// Command newsgraph builds a knowledge graph of people, groups, countries and
// places from news articles, and exports it to JSON, Neo4j and Graphviz.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// version is set at link time (-ldflags "-X main.version=...").
var version = "0.1.0-dev"

// commands holds the constructors of the subcommands; each command's file
// appends its own in init, and main builds the tree after every init ran, so
// that build sees every registered export's flags.
var commands []func() *cobra.Command

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Build a knowledge graph from news articles",
		Long:          "newsgraph reads news articles (text, Markdown, HTML, JSON Lines) and builds a graph of people, groups,\ncountries and places joined by typed, evidenced relations (met-with, clashed-with, sanctioned, ...).",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	for _, c := range commands {
		root.AddCommand(c())
	}
	return root
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "newsgraph: %v\n", err)
		os.Exit(1)
	}
}
