package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/exports/graphviz"
	"github.com/newsgraph/newsgraph/graph"
)

func init() {
	commands = append(commands, newRenderCmd)
	buildExporters = append(buildExporters, buildExporter{name: "graphviz", file: true, flags: graphvizBuildFlags, run: graphvizBuildExport})
}

// Build flags of the Graphviz export.
var (
	buildNoSVG       bool
	buildSVGMaxNodes int
)

func graphvizBuildFlags(fs *pflag.FlagSet) {
	fs.BoolVar(&buildNoSVG, "no-svg", false, "write graph.dot but not graph.svg (the layout is the slow part on huge graphs)")
	fs.IntVar(&buildSVGMaxNodes, "svg-max-nodes", 0, fmt.Sprintf("nodes drawn in graph.dot and graph.svg, the top ones by degree (0: at most %d; -1: all)", graphviz.DefaultMaxNodes))
}

// graphvizBuildExport writes graph.dot and graph.svg: every asserted
// relation, capped to the best-connected nodes on a huge graph (and saying
// so), with the layout chosen by size.
func graphvizBuildExport(ctx context.Context, g *graph.Graph, outDir string, log io.Writer) error {
	started := time.Now()
	var dot bytes.Buffer
	sum, err := graphviz.WriteDOT(&dot, g, graphviz.Options{MaxNodes: buildSVGMaxNodes})
	if err != nil {
		return err
	}
	if err := graph.WriteFileAtomic(filepath.Join(outDir, "graph.dot"), dot.Bytes()); err != nil {
		return err
	}
	if buildNoSVG {
		fmt.Fprintf(log, "graph.dot: %s%s\n", sum, capHint(sum, "--svg-max-nodes"))
		return nil
	}
	var svg bytes.Buffer
	if err := graphviz.RenderSVG(ctx, &svg, dot.Bytes(), sum.Layout); err != nil {
		return err
	}
	if err := graph.WriteFileAtomic(filepath.Join(outDir, "graph.svg"), svg.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(log, "graph.dot, graph.svg: %s in %.2fs%s\n", sum, time.Since(started).Seconds(), capHint(sum, "--svg-max-nodes"))
	return nil
}

type renderFlags struct {
	out         string
	format      string
	layout      string
	focus       []string
	depth       int
	types       []string
	minEvidence int
	maxNodes    int
	unasserted  bool
	isolated    bool
	title       string
	noLegend    bool
	width       int
}

func newRenderCmd() *cobra.Command {
	var f renderFlags
	layouts := make([]string, len(graphviz.Layouts))
	for i, l := range graphviz.Layouts {
		layouts[i] = string(l)
	}
	cmd := &cobra.Command{
		Use:   "render GRAPH [-o FILE]",
		Short: "Draw a graph.json as SVG (or write its DOT), whole or around some entities",
		Long: `Render draws GRAPH (a graph.json, or a build output folder holding one) as SVG through Graphviz
(compiled to WebAssembly and built in: nothing to install), or writes the DOT source with --format dot,
or a PNG with --format png (a screenshot of the SVG in headless Chromium, which must be installed).

Each node type has its shape and colour, each relation its colour (met-with blue, clashed-with red,
sanctioned orange, lifted sanctions green), line width grows with the number of evidence sentences, a
legend explains what is drawn, and hovering a line or a node in a browser shows its evidence sentences.
Negated (dashed) and hypothetical (dotted) relations are drawn only with --include-unasserted. Nodes
without a drawn relation are left out unless --isolated.

Without --layout the engine is chosen by size: dot up to 200 nodes and 400 edges, sfdp beyond.
Without --max-nodes at most ` + fmt.Sprint(graphviz.DefaultMaxNodes) + ` nodes are drawn, the best connected; the caption says so.`,
		Example: `  newsgraph render out/graph.json -o graph.svg
  newsgraph render out --focus "United Nations" --depth 2 -o un.svg
  newsgraph render out --types clashed-with --min-evidence 2 --layout neato -o clashes.svg
  newsgraph render out --format dot -o graph.dot
  newsgraph render out -o graph.png --width 1200`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runRender(cmd, args[0], f) },
	}
	fs := cmd.Flags()
	fs.StringVarP(&f.out, "out", "o", "", `output file, "-" for standard output (default graph.svg, or graph.dot with --format dot)`)
	fs.StringVar(&f.format, "format", "", "svg, dot or png (default: from the -o extension, else svg); png is a screenshot of the SVG in headless Chromium, which must be installed")
	fs.IntVar(&f.width, "width", 1600, "largest width of a png, in pixels")
	fs.StringVar(&f.layout, "layout", "", "layout engine: "+strings.Join(layouts, ", ")+" (default: by size)")
	fs.StringSliceVar(&f.focus, "focus", nil, "draw only this entity (any name, alias or id) and its neighbours; repeatable")
	fs.IntVar(&f.depth, "depth", 1, "hops around --focus")
	fs.StringSliceVar(&f.types, "types", nil, "relation types to draw, comma-separated (default: all)")
	fs.IntVar(&f.minEvidence, "min-evidence", 0, "draw only relations with at least this many evidence sentences")
	fs.IntVar(&f.maxNodes, "max-nodes", 0, fmt.Sprintf("draw the top N nodes by degree, then evidence (0: at most %d; -1: all)", graphviz.DefaultMaxNodes))
	fs.BoolVar(&f.unasserted, "include-unasserted", false, "also draw negated (dashed) and hypothetical (dotted) relations")
	fs.BoolVar(&f.isolated, "isolated", false, "also draw entities without a drawn relation")
	fs.StringVar(&f.title, "title", "", "caption line above the summary")
	fs.BoolVar(&f.noLegend, "no-legend", false, "leave the legend out")
	return cmd
}

func runRender(cmd *cobra.Command, path string, f renderFlags) error {
	format := strings.ToLower(f.format)
	if format == "" {
		format = "svg"
		switch strings.ToLower(filepath.Ext(f.out)) {
		case ".dot", ".gv":
			format = "dot"
		case ".png":
			format = "png"
		}
	}
	if format != "svg" && format != "dot" && format != "png" {
		return fmt.Errorf("render: unknown format %q (want svg, dot or png)", f.format)
	}
	out := f.out
	if out == "" {
		out = "graph." + format
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		path = filepath.Join(path, "graph.json")
	}
	g, err := graph.ReadFile(path)
	if err != nil {
		return err
	}
	var types []string
	for _, t := range f.types {
		if t = strings.TrimSpace(t); t != "" {
			types = append(types, t)
		}
	}
	o := graphviz.Options{
		Layout: graphviz.Layout(strings.ToLower(f.layout)), Focus: f.focus, Depth: f.depth, Types: types,
		MinEvidence: f.minEvidence, MaxNodes: f.maxNodes, IncludeUnasserted: f.unasserted,
		Isolated: f.isolated, Title: f.title, NoLegend: f.noLegend,
	}
	started := time.Now()
	var buf bytes.Buffer
	var sum graphviz.Summary
	if format == "dot" {
		sum, err = graphviz.WriteDOT(&buf, g, o)
	} else {
		sum, err = graphviz.WriteSVG(cmd.Context(), &buf, g, o)
	}
	if err != nil {
		return fmt.Errorf("render %s: %w", path, err)
	}
	if format == "png" {
		png, err := graphviz.PNG(cmd.Context(), buf.Bytes(), f.width)
		if err != nil {
			return fmt.Errorf("render %s: %w", path, err)
		}
		buf.Reset()
		buf.Write(png)
	}
	if out == "-" {
		_, err = cmd.OutOrStdout().Write(buf.Bytes())
	} else {
		err = graph.WriteFileAtomic(out, buf.Bytes())
	}
	if err != nil {
		return fmt.Errorf("render: write %s: %w", out, err)
	}
	if out != "-" {
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s in %.2fs%s\n", out, sum, time.Since(started).Seconds(), capHint(sum, "--max-nodes"))
	}
	return nil
}

// capHint tells how to draw every node when the drawing was capped.
func capHint(sum graphviz.Summary, flag string) string {
	if !sum.Capped {
		return ""
	}
	return fmt.Sprintf(" (%s N or -1 for all)", flag)
}
