package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

// buildExporter is an extra output written by `newsgraph build` after
// graph.json; each export's file registers its own in init.
type buildExporter struct {
	name string
	// file is true for exports that write files into DIR (--only-json
	// skips those); a load into a database is not one.
	file  bool
	flags func(fs *pflag.FlagSet)
	run   func(ctx context.Context, g *graph.Graph, outDir string, log io.Writer) error
}

var buildExporters []buildExporter

type buildFlags struct {
	out         string
	quiet       bool
	workers     int
	maxEvidence int
	explain     bool
	gazetteers  []string
	patterns    []string
	noTagger    bool
	noExports   bool
	statsFile   string
}

func init() { commands = append(commands, newBuildCmd) }

func newBuildCmd() *cobra.Command {
	var f buildFlags
	cmd := &cobra.Command{
		Use:   "build [-o DIR] [PATH...]",
		Short: "Build the graph of articles and write graph.json and the other exports to DIR",
		Long: `Build reads articles from files, folders (recursively, in sorted order) or "-" for standard input,
and writes DIR/graph.json plus the other exports. With no PATH it builds the sample articles
embedded in the binary.`,
		RunE: func(cmd *cobra.Command, args []string) error { return runBuild(cmd, args, f) },
	}
	fs := cmd.Flags()
	fs.StringVarP(&f.out, "out", "o", "out", "output folder")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar and no summary")
	fs.IntVar(&f.workers, "workers", 0, "documents processed at once (default: number of cores)")
	fs.IntVar(&f.maxEvidence, "max-evidence", 10, "evidence sentences kept per edge (the full count is kept); 0 keeps all")
	fs.BoolVar(&f.explain, "explain", false, "write DIR/explain.log: which rule merged which names and produced which relation")
	fs.StringSliceVar(&f.gazetteers, "gazetteer", nil, "extra gazetteer file(s) (see README)")
	fs.StringSliceVar(&f.patterns, "patterns", nil, "extra relation pattern file(s) (see README)")
	fs.BoolVar(&f.noTagger, "no-tagger", false, "gazetteers and rules only, no learned tagger")
	fs.BoolVar(&f.noExports, "only-json", false, "write graph.json only, none of the other files (a --neo4j load still runs)")
	fs.StringVar(&f.statsFile, "stats", "", "write the build's statistics (documents, bytes, time per stage) as JSON to this file")
	for _, e := range buildExporters {
		if e.flags != nil {
			e.flags(fs)
		}
	}
	return cmd
}

func runBuild(cmd *cobra.Command, args []string, f buildFlags) error {
	ctx := cmd.Context()
	started := time.Now()
	stderr := cmd.ErrOrStderr()
	docs := graph.ReadDocuments(args...)
	if len(args) == 0 {
		docs = sampleDocuments()
	}
	docs = withWarnings(docs, stderr)
	opts := []graph.Option{graph.WithMaxEvidence(f.maxEvidence), graph.WithWorkers(f.workers),
		graph.WithGazetteerFiles(f.gazetteers...), graph.WithPatternFiles(f.patterns...)}
	if f.noTagger {
		opts = append(opts, graph.WithoutTagger())
	}
	var explain strings.Builder
	if f.explain {
		opts = append(opts, graph.WithExplain(&explain))
	}
	var stats graph.Stats
	if f.statsFile != "" {
		opts = append(opts, graph.WithStats(&stats))
	}
	var bar *progressbar.ProgressBar
	if !f.quiet {
		opts = append(opts, graph.WithProgress(func(done int) {
			// A bar only pays for itself on a long run.
			if bar == nil && done >= 50 {
				bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(stderr),
					progressbar.OptionSetDescription("documents"), progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			if bar != nil {
				_ = bar.Set(done)
			}
		}))
	}
	g, err := graph.BuildFrom(ctx, docs, opts...)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return err
	}
	if len(g.Documents) == 0 {
		return fmt.Errorf("no articles in %s", strings.Join(args, ", "))
	}
	if err := g.WriteFile(filepath.Join(f.out, "graph.json")); err != nil {
		return err
	}
	if f.explain {
		if err := graph.WriteFileAtomic(filepath.Join(f.out, "explain.log"), []byte(explain.String())); err != nil {
			return err
		}
	}
	if f.statsFile != "" {
		data, _ := json.MarshalIndent(stats, "", " ")
		if err := graph.WriteFileAtomic(f.statsFile, data); err != nil {
			return err
		}
	}
	log := io.Discard
	if !f.quiet {
		log = stderr
	}
	for _, e := range buildExporters {
		if f.noExports && e.file {
			continue
		}
		if err := e.run(ctx, g, f.out, log); err != nil {
			return fmt.Errorf("%s export: %w", e.name, err)
		}
	}
	if !f.quiet {
		printSummary(cmd.OutOrStdout(), g, f.out, time.Since(started))
	}
	return nil
}

func printSummary(w io.Writer, g *graph.Graph, out string, took time.Duration) {
	nodes := map[graph.NodeType]int{}
	for _, n := range g.Nodes {
		nodes[n.Type]++
	}
	edges := map[string]int{}
	for _, e := range g.Edges {
		edges[e.Type+" "+string(e.Status)]++
	}
	fmt.Fprintf(w, "%d documents, %d nodes, %d edges in %.2fs -> %s\n", len(g.Documents), len(g.Nodes), len(g.Edges), took.Seconds(), filepath.Join(out, "graph.json"))
	var parts []string
	for _, t := range graph.NodeTypes {
		parts = append(parts, fmt.Sprintf("%s %d", t, nodes[t]))
	}
	fmt.Fprintf(w, "  nodes: %s\n", strings.Join(parts, ", "))
	keys := make([]string, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts = parts[:0]
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, edges[k]))
	}
	if len(parts) == 0 {
		parts = append(parts, "none")
	}
	fmt.Fprintf(w, "  edges: %s\n", strings.Join(parts, ", "))
}
