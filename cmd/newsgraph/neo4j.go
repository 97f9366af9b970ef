package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/graph"
)

func init() {
	commands = append(commands, newNeo4jCmd, newExportCmd)
	buildExporters = append(buildExporters, buildExporter{name: "neo4j", flags: neo4jBuildFlags, run: neo4jBuildExport})
}

// neo4jConn says where and how to load; shared by `neo4j load` and
// `build --neo4j`.
type neo4jConn struct {
	uri         string
	user        string
	passwordEnv string
	database    string
	batch       int
	wipe        bool
	unasserted  bool
}

func (c *neo4jConn) flags(fs *pflag.FlagSet, prefix string) {
	fs.StringVar(&c.user, prefix+"user", "neo4j", "Neo4j user")
	fs.StringVar(&c.passwordEnv, prefix+"password-env", "NEO4J_PASSWORD", "environment variable holding the password (unset or empty: no authentication)")
	fs.StringVar(&c.database, prefix+"database", "neo4j", "database to load into")
	fs.IntVar(&c.batch, prefix+"batch", neo4jexport.DefaultBatchSize, "rows per transaction")
	fs.BoolVar(&c.wipe, prefix+"wipe", false, "first delete what newsgraph loaded before (only nodes labelled :Newsgraph and their relationships)")
	fs.BoolVar(&c.unasserted, prefix+"include-unasserted", false, "load negated and hypothetical relations too (with their status)")
}

// load connects, loads g and reports on log.
func (c *neo4jConn) load(ctx context.Context, g *graph.Graph, log io.Writer, quiet bool) error {
	password := os.Getenv(c.passwordEnv)
	d, err := neo4jexport.Connect(ctx, c.uri, c.user, password)
	if err != nil {
		if errors.Is(err, neo4jexport.ErrAuth) && password == "" {
			return fmt.Errorf("%w (no password: $%s is empty)", err, c.passwordEnv)
		}
		return err
	}
	defer d.Close(ctx)
	opts := []neo4jexport.Option{neo4jexport.WithBatchSize(c.batch), neo4jexport.WithDatabase(c.database)}
	if c.wipe {
		opts = append(opts, neo4jexport.WithWipe())
	}
	if c.unasserted {
		opts = append(opts, neo4jexport.WithUnasserted())
	}
	var bar *progressbar.ProgressBar
	if !quiet {
		opts = append(opts, neo4jexport.WithProgress(func(done, total int) {
			// A bar only pays for itself on a long load.
			if bar == nil && total >= 50_000 {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(log),
					progressbar.OptionSetDescription("neo4j"), progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			if bar != nil {
				_ = bar.Set(done)
			}
		}))
	}
	st, err := neo4jexport.Load(ctx, d, g, opts...)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "neo4j %s: %d nodes, %d relationships in %d transactions, %.2fs (%d nodes and %d relationships new)",
		c.uri, st.Nodes, st.Relationships, st.Batches, st.Took.Seconds(), st.NodesCreated, st.RelsCreated)
	if st.Wiped > 0 {
		fmt.Fprintf(log, "; %d nodes wiped first", st.Wiped)
	}
	if st.Unasserted > 0 {
		fmt.Fprintf(log, "; %d negated or hypothetical relations left out (--include-unasserted loads them)", st.Unasserted)
	}
	fmt.Fprintln(log)
	return nil
}

func newNeo4jCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "neo4j",
		Short: "Load a graph into Neo4j",
	}
	var c neo4jConn
	var quiet bool
	load := &cobra.Command{
		Use:   "load [flags] GRAPH.json",
		Short: "Load graph.json into a Neo4j database over Bolt (idempotent: loading twice changes nothing)",
		Long: `Load writes graph.json into Neo4j: (:Entity:Person|Group|Country|Place) and (:Document) nodes,
MENTIONED_IN, and the relations (MET_WITH, CLASHED_WITH, SANCTIONED, ...) with their evidence.
Each batch of rows is one transaction; every write is a MERGE, so loading again after an error, or
loading a graph that grew, completes what is there. Only asserted relations are loaded unless
--include-unasserted. The password is read from the environment variable --password-env names.

URIs: bolt://127.0.0.1:7687 (Desktop, Docker, neo4j.sh up), neo4j+s://xxxx.databases.neo4j.io (Aura).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			g, err := graph.ReadFile(args[0])
			if err != nil {
				return err
			}
			log := cmd.ErrOrStderr()
			if quiet {
				log = io.Discard
			}
			return c.load(cmd.Context(), g, log, quiet)
		},
	}
	fs := load.Flags()
	fs.StringVar(&c.uri, "uri", "bolt://127.0.0.1:7687", "Neo4j URI (bolt://, neo4j://, neo4j+s://, ...)")
	c.flags(fs, "")
	fs.BoolVarP(&quiet, "quiet", "q", false, "no progress and no summary")
	cmd.AddCommand(load, newNeo4jQueryCmd())
	return cmd
}

// newNeo4jQueryCmd runs one of the example queries of neo4jexport.Examples
// and prints its rows as tab-separated text; with no name it lists them.
func newNeo4jQueryCmd() *cobra.Command {
	var c neo4jConn
	var show bool
	cmd := &cobra.Command{
		Use:   "query [NAME [PARAM=VALUE...]]",
		Short: "Run an example query on a loaded graph (no NAME: list them)",
		Long: `Query runs one of the ready-made Cypher queries on a graph that neo4j load put in Neo4j and
prints its rows, tab-separated, under a header. With no NAME it lists the queries and their
parameters; --show prints a query's Cypher (to paste into Neo4j Browser) instead of running it.

  newsgraph neo4j query clashes name=Russia
  newsgraph neo4j query path from=Zelensky to=Putin`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if len(args) == 0 {
				for _, q := range neo4jexport.Examples {
					var ps []string
					for _, p := range q.Params {
						ps = append(ps, p+"=...")
					}
					fmt.Fprintf(out, "%-10s %-22s %s\n", q.Name, strings.Join(ps, " "), q.Description)
				}
				return nil
			}
			i := slices.IndexFunc(neo4jexport.Examples, func(q neo4jexport.Query) bool { return q.Name == args[0] })
			if i < 0 {
				var names []string
				for _, q := range neo4jexport.Examples {
					names = append(names, q.Name)
				}
				return fmt.Errorf("no query %q (known: %s)", args[0], strings.Join(names, ", "))
			}
			q := neo4jexport.Examples[i]
			if show {
				fmt.Fprintln(out, q.Cypher)
				return nil
			}
			params := map[string]any{}
			for _, a := range args[1:] {
				k, v, ok := strings.Cut(a, "=")
				if !ok || !slices.Contains(q.Params, k) {
					return fmt.Errorf("query %s: %q is not PARAM=VALUE with PARAM one of %v", q.Name, a, q.Params)
				}
				params[k] = v
			}
			for _, p := range q.Params {
				if _, ok := params[p]; !ok {
					return fmt.Errorf("query %s needs %s=VALUE", q.Name, p)
				}
			}
			ctx := cmd.Context()
			d, err := neo4jexport.Connect(ctx, c.uri, c.user, os.Getenv(c.passwordEnv))
			if err != nil {
				return err
			}
			defer d.Close(ctx)
			res, err := neo4j.ExecuteQuery(ctx, d, q.Cypher, params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(c.database), neo4j.ExecuteQueryWithReadersRouting())
			if err != nil {
				return fmt.Errorf("query %s: %w", q.Name, err)
			}
			fmt.Fprintln(out, strings.Join(res.Keys, "\t"))
			for _, r := range res.Records {
				cells := make([]string, len(r.Values))
				for j, v := range r.Values {
					cells[j] = cell(v)
				}
				fmt.Fprintln(out, strings.Join(cells, "\t"))
			}
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&c.uri, "uri", "bolt://127.0.0.1:7687", "Neo4j URI")
	fs.StringVar(&c.user, "user", "neo4j", "Neo4j user")
	fs.StringVar(&c.passwordEnv, "password-env", "NEO4J_PASSWORD", "environment variable holding the password")
	fs.StringVar(&c.database, "database", "neo4j", "database")
	fs.BoolVar(&show, "show", false, "print the query's Cypher instead of running it")
	return cmd
}

// cell writes a result value on one line: lists as [a; b], null as "".
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.Join(strings.Fields(v), " ")
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = cell(x)
		}
		return "[" + strings.Join(parts, "; ") + "]"
	}
	return fmt.Sprint(v)
}

// Build flags of the Neo4j load: off unless --neo4j names a server.
var buildNeo4j neo4jConn

func neo4jBuildFlags(fs *pflag.FlagSet) {
	fs.StringVar(&buildNeo4j.uri, "neo4j", "", "after building, load the graph into the Neo4j at `URI` (bolt://..., neo4j+s://...; see newsgraph neo4j load --help)")
	c := &buildNeo4j
	fs.StringVar(&c.user, "neo4j-user", "neo4j", "Neo4j user for --neo4j")
	fs.StringVar(&c.passwordEnv, "neo4j-password-env", "NEO4J_PASSWORD", "environment variable that holds the password for --neo4j")
	fs.StringVar(&c.database, "neo4j-database", "neo4j", "database for --neo4j")
	fs.BoolVar(&c.wipe, "neo4j-wipe", false, "with --neo4j, first delete what newsgraph loaded before")
	c.batch = neo4jexport.DefaultBatchSize
}

func neo4jBuildExport(ctx context.Context, g *graph.Graph, outDir string, log io.Writer) error {
	if buildNeo4j.uri == "" {
		return nil
	}
	return buildNeo4j.load(ctx, g, log, log == io.Discard)
}

// exportFormats are the file exports of `newsgraph export`, by name.
var exportFormats = map[string]struct {
	help  string
	write func(g *graph.Graph, out string, stdout io.Writer, opts []neo4jexport.Option) error
}{
	"cypher": {"a Cypher script for cypher-shell (-o FILE, - for standard output)", func(g *graph.Graph, out string, stdout io.Writer, opts []neo4jexport.Option) error {
		if out == "-" {
			return neo4jexport.WriteCypher(stdout, g, opts...)
		}
		var b strings.Builder
		if err := neo4jexport.WriteCypher(&b, g, opts...); err != nil {
			return err
		}
		return graph.WriteFileAtomic(out, []byte(b.String()))
	}},
	"neo4j-csv": {"CSV files and import.sh for neo4j-admin database import (-o FOLDER)", func(g *graph.Graph, out string, stdout io.Writer, opts []neo4jexport.Option) error {
		if out == "-" {
			return errors.New("neo4j-csv writes a folder of files: give -o FOLDER")
		}
		return neo4jexport.WriteCSV(out, g, opts...)
	}},
}

func newExportCmd() *cobra.Command {
	var format, out string
	var unasserted bool
	var batch int
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range exportFormats {
			if !yield(k) {
				return
			}
		}
	})
	var help []string
	for _, n := range names {
		help = append(help, n+": "+exportFormats[n].help)
	}
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [-o PATH] GRAPH.json",
		Short: "Write graph.json in another format (" + strings.Join(names, ", ") + ")",
		Long:  "Export writes graph.json in another format:\n  " + strings.Join(help, "\n  "),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, ok := exportFormats[format]
			if !ok {
				return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(names, ", "))
			}
			g, err := graph.ReadFile(args[0])
			if err != nil {
				return err
			}
			var opts []neo4jexport.Option
			if unasserted {
				opts = append(opts, neo4jexport.WithUnasserted())
			}
			if batch > 0 {
				opts = append(opts, neo4jexport.WithBatchSize(batch))
			}
			if err := f.write(g, out, cmd.OutOrStdout(), opts); err != nil {
				return fmt.Errorf("export %s to %s: %w", format, out, err)
			}
			return nil
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&format, "format", "", "output format: "+strings.Join(names, ", "))
	fs.StringVarP(&out, "out", "o", "-", "output file or folder (- is standard output)")
	fs.BoolVar(&unasserted, "include-unasserted", false, "include negated and hypothetical relations (with their status)")
	fs.IntVar(&batch, "batch", 0, fmt.Sprintf("rows per statement of the Cypher script (default %d)", neo4jexport.DefaultScriptBatch))
	_ = cmd.MarkFlagRequired("format")
	return cmd
}
