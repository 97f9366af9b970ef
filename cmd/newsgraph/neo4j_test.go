package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jserver"
)

const neo4jFixture = "../../testdata/golden/neo4j-input.json"

// TestNeo4jCommands runs `neo4j load`, `build --neo4j` and `export` against
// a real Neo4j of its own (internal/neo4jserver), so that it can wipe it
// while the exporter's tests use the shared one.
func TestNeo4jCommands(t *testing.T) {
	ctx := context.Background()
	srv, err := neo4jserver.Start(ctx, neo4jserver.Config{Home: t.TempDir()})
	if err != nil {
		t.Fatalf("no Neo4j server for the test (needs java 17+ and mvn; see internal/neo4jserver/neo4j.sh): %v", err)
	}
	t.Cleanup(func() { srv.Stop(context.Background()) })
	t.Setenv("NEWSGRAPH_TEST_NEO4J_PASSWORD", srv.Password)
	conn := []string{"--uri", srv.URI, "--password-env", "NEWSGRAPH_TEST_NEO4J_PASSWORD"}
	d, err := neo4jexport.Connect(ctx, srv.URI, srv.User, srv.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	count := func(cypher string) int64 {
		t.Helper()
		res, err := neo4j.ExecuteQuery(ctx, d, cypher, nil, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		return res.Records[0].Values[0].(int64)
	}

	t.Run("load twice", func(t *testing.T) {
		for i, want := range []string{"(12 nodes and 19 relationships new)", "(0 nodes and 0 relationships new)"} {
			_, stderr, err := runCLI(t, append([]string{"neo4j", "load", "--batch", "4", neo4jFixture}, conn...)...)
			if err != nil {
				t.Fatalf("load %d: %v", i+1, err)
			}
			if !strings.Contains(stderr, "12 nodes, 19 relationships") || !strings.Contains(stderr, want) {
				t.Errorf("load %d said %q, want the counts and %q", i+1, stderr, want)
			}
		}
		if n := count("MATCH (n:Newsgraph) RETURN count(n)"); n != 12 {
			t.Errorf("%d :Newsgraph nodes, want 12", n)
		}
	})

	t.Run("include unasserted and wipe", func(t *testing.T) {
		_, _, err := runCLI(t, append([]string{"neo4j", "load", "-q", "--wipe", "--include-unasserted", neo4jFixture}, conn...)...)
		if err != nil {
			t.Fatal(err)
		}
		if n := count("MATCH ()-[r {status: 'negated'}]->() RETURN count(r)"); n != 1 {
			t.Errorf("%d negated relationships, want 1", n)
		}
	})

	t.Run("query", func(t *testing.T) {
		if _, _, err := runCLI(t, append([]string{"neo4j", "load", "-q", "--wipe", neo4jFixture}, conn...)...); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			args []string
			want string // the whole output; "" when an error is expected
			err  string
		}{
			{[]string{"documents", "name=Jane Roe"}, "document\ttitle\tdate\tmentions\n" +
				"talks.txt\tMinisters meet in Geneva; \"progress\" claimed\t2025-03-01\t2\nsanctions.txt\t\t\t1\n", ""},
			{[]string{"sanctions"}, "target\timposed_by\tlifted_by\n" +
				"Northern Militia\t[European Union; France]\t[]\nSpain\t[]\t[France]\n", ""},
			{[]string{"clashes"}, "", "query clashes needs name=VALUE"},
			{[]string{"clashes", "who=x"}, "", `"who=x" is not PARAM=VALUE`},
			{[]string{"nosuch"}, "", `no query "nosuch" (known: met-with, clashes, sanctions, path, documents)`},
		}
		for _, tt := range tests {
			stdout, _, err := runCLI(t, append(append([]string{"neo4j", "query"}, tt.args...), conn...)...)
			switch {
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("query %v: error %v, want %q", tt.args, err, tt.err)
			case tt.err == "" && err != nil:
				t.Errorf("query %v: %v", tt.args, err)
			case tt.err == "" && stdout != tt.want:
				t.Errorf("query %v printed\n%s\nwant\n%s", tt.args, stdout, tt.want)
			}
		}
		list, _, err := runCLI(t, "neo4j", "query")
		if err != nil || strings.Count(list, "\n") != len(neo4jexport.Examples) {
			t.Errorf("query list: %v\n%s", err, list)
		}
	})

	t.Run("build --neo4j", func(t *testing.T) {
		out := t.TempDir()
		_, _, err := runCLI(t, "build", "-q", "--no-svg", "--neo4j", srv.URI, "--neo4j-password-env", "NEWSGRAPH_TEST_NEO4J_PASSWORD",
			"--neo4j-wipe", "-o", out, "../../testdata/articles")
		if err != nil {
			t.Fatal(err)
		}
		g, err := graph.ReadFile(filepath.Join(out, "graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		if n := count("MATCH (d:Document) RETURN count(d)"); n != int64(len(g.Documents)) || n == 0 {
			t.Errorf("%d documents after build --neo4j, want the %d of graph.json", n, len(g.Documents))
		}
	})

	t.Run("export", func(t *testing.T) {
		dir := t.TempDir()
		script := filepath.Join(dir, "graph.cypher")
		if _, _, err := runCLI(t, "export", "--format", "cypher", "-o", script, neo4jFixture); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(script)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(neo4jexport.SplitStatements(string(b))); n != 12 {
			t.Errorf("graph.cypher has %d statements, want 12", n)
		}
		stdout, _, err := runCLI(t, "export", "--format", "cypher", neo4jFixture)
		if err != nil || stdout != string(b) {
			t.Errorf("export to standard output: %v, and it differs from the file", err)
		}
		csvDir := filepath.Join(dir, "csv")
		if _, _, err := runCLI(t, "export", "--format", "neo4j-csv", "-o", csvDir, neo4jFixture); err != nil {
			t.Fatal(err)
		}
		for _, f := range neo4jexport.CSVFiles {
			if _, err := os.Stat(filepath.Join(csvDir, f)); err != nil {
				t.Error(err)
			}
		}
		for _, tt := range []struct {
			args []string
			msg  string
		}{
			{[]string{"export", "--format", "dot", neo4jFixture}, `unknown format "dot" (known: cypher, neo4j-csv)`},
			{[]string{"export", "--format", "neo4j-csv", neo4jFixture}, "give -o FOLDER"},
			{[]string{"export", "--format", "cypher", "missing.json"}, "missing.json"},
		} {
			if _, _, err := runCLI(t, tt.args...); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("%v: error %v, want one saying %q", tt.args, err, tt.msg)
			}
		}
	})

	// Failures exit with status 1 and one clear line on stderr.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().(*net.TCPAddr).Port
	l.Close()
	exitTests := []struct {
		name string
		args []string
		env  string
		msg  string
	}{
		{"wrong password", append([]string{"neo4j", "load", neo4jFixture}, conn...), "NEWSGRAPH_TEST_NEO4J_PASSWORD=wrong-password",
			"newsgraph: neo4j " + srv.URI + " as neo4j: neo4j rejected the credentials"},
		{"no password", append([]string{"neo4j", "load", neo4jFixture}, conn...), "NEWSGRAPH_TEST_NEO4J_PASSWORD=",
			"(no password: $NEWSGRAPH_TEST_NEO4J_PASSWORD is empty)"},
		{"unreachable", []string{"neo4j", "load", "--uri", fmt.Sprintf("bolt://127.0.0.1:%d", closed), neo4jFixture}, "",
			fmt.Sprintf("newsgraph: neo4j bolt://127.0.0.1:%d: neo4j server unavailable", closed)},
	}
	for _, tt := range exitTests {
		t.Run(tt.name, func(t *testing.T) {
			stderr, code := runMain(t, tt.args, tt.env)
			if code != 1 || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, tt.msg)
			}
		})
	}
}

// runMain runs main with args in a child process (this test binary, re-run
// through TestNeo4jMain) and returns its stderr and exit status.
func runMain(t *testing.T, args []string, env string) (string, int) {
	t.Helper()
	a, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestNeo4jMain$")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_NEO4J_MAIN_ARGS="+string(a))
	if env != "" {
		cmd.Env = append(cmd.Env, env)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return stderr.String(), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return stderr.String(), 0
}

// TestNeo4jMain is main in a child process for runMain; alone it does nothing.
func TestNeo4jMain(t *testing.T) {
	args := os.Getenv("NEWSGRAPH_NEO4J_MAIN_ARGS")
	if args == "" {
		return
	}
	var a []string
	if err := json.Unmarshal([]byte(args), &a); err != nil {
		t.Fatal(err)
	}
	os.Args = append([]string{"newsgraph"}, a...)
	main() // exits 1 on error
	os.Exit(0)
}
