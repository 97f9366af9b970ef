package neo4jexport_test

// Integration tests against a real Neo4j 5.26 community server, run from
// Maven Central jars by internal/neo4jserver (installed and started on
// first use, stopped by TestMain). They never skip: no server is a failure.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jserver"
)

func TestMain(m *testing.M) { os.Exit(neo4jserver.RunTests(m)) }

const goldenInput = "../../testdata/golden/neo4j-input.json"

// corpus is the folder of articles for the tests that need a built graph:
// the shared seed corpus beside the repository when there is one, else the
// repository's own sample articles.
func corpus() string {
	if _, err := os.Stat("../../../shared/corpus/seeds"); err == nil {
		return "../../../shared/corpus/seeds"
	}
	return "../../testdata/articles"
}

func buildGraph(t testing.TB, paths ...string) *graph.Graph {
	t.Helper()
	g, err := graph.BuildFrom(context.Background(), graph.ReadDocuments(paths...))
	if err != nil {
		t.Fatalf("build %v: %v", paths, err)
	}
	return g
}

func fixture(t testing.TB) *graph.Graph {
	t.Helper()
	g, err := graph.ReadFile(goldenInput)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// connect opens a driver to srv and closes it when the test ends.
func connect(t testing.TB, srv *neo4jserver.Server) neo4j.DriverWithContext {
	t.Helper()
	d, err := neo4jexport.Connect(context.Background(), srv.URI, srv.User, srv.Password)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

func query(t testing.TB, d neo4j.DriverWithContext, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, params, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

// emptyDB deletes every node, newsgraph's or not: the shared server's
// database belongs to the test that holds it (neo4jserver.ForTest). It
// deletes 2,000 nodes per transaction, as a wipe does: 20,000 with their
// relationships made transactions of hundreds of MB whose garbage the
// server was still collecting during BenchmarkLoad100k's timed load.
func emptyDB(t testing.TB, d neo4j.DriverWithContext) {
	t.Helper()
	for {
		recs := query(t, d, "MATCH (n) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*)", nil)
		if recs[0].Values[0].(int64) == 0 {
			return
		}
	}
}

// dbCounts counts nodes by label and relationships by type and status.
func dbCounts(t testing.TB, d neo4j.DriverWithContext) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, r := range query(t, d, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)", nil) {
		out[":"+r.Values[0].(string)] = int(r.Values[1].(int64))
	}
	for _, r := range query(t, d, "MATCH ()-[r]->() RETURN type(r), coalesce(r.status, ''), count(*)", nil) {
		k := "[" + r.Values[0].(string)
		if s := r.Values[1].(string); s != "" {
			k += " " + s
		}
		out[k+"]"] = int(r.Values[2].(int64))
	}
	return out
}

// jsonCounts is what dbCounts must say after loading g, computed from the
// JSON model alone.
func jsonCounts(g *graph.Graph, unasserted bool) map[string]int {
	out := map[string]int{}
	add := func(k string, n int) {
		if n > 0 {
			out[k] += n
		}
	}
	add(":Document", len(g.Documents))
	add(":Newsgraph", len(g.Documents)+len(g.Nodes))
	add(":Entity", len(g.Nodes))
	docs := map[string]bool{}
	for _, d := range g.Documents {
		docs[d.ID] = true
	}
	for _, n := range g.Nodes {
		add(":"+neo4jexport.Label(n.Type), 1)
		seen := map[string]bool{}
		for _, m := range n.Mentions {
			if docs[m.Doc] && !seen[m.Doc] {
				seen[m.Doc] = true
				add("[MENTIONED_IN]", 1)
			}
		}
	}
	for _, e := range g.Edges {
		if e.Status != graph.Asserted && !unasserted {
			continue
		}
		rt, _ := neo4jexport.RelType(e.Type)
		add("["+rt+" "+string(e.Status)+"]", 1)
	}
	return out
}

// dump is the whole database as sorted lines: each node's labels and
// properties, each relationship's type, ends and properties. Two databases
// hold the same graph when their dumps are equal.
func dump(t testing.TB, d neo4j.DriverWithContext) []string {
	t.Helper()
	var out []string
	for _, r := range query(t, d, "MATCH (n) RETURN labels(n), properties(n)", nil) {
		labels := toStrings(r.Values[0].([]any))
		slices.Sort(labels)
		out = append(out, fmt.Sprintf("(%s %s)", strings.Join(labels, ":"), canon(t, r.Values[1])))
	}
	for _, r := range query(t, d, "MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r)", nil) {
		out = append(out, fmt.Sprintf("(%v)-[%v %s]->(%v)", r.Values[1], r.Values[0], canon(t, r.Values[3]), r.Values[2]))
	}
	slices.Sort(out)
	return out
}

func toStrings(a []any) []string {
	s := make([]string, len(a))
	for i, v := range a {
		s[i] = fmt.Sprint(v)
	}
	return s
}

// canon writes a property map as JSON with sorted keys (encoding/json sorts them).
func canon(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func diffCounts(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	if !maps.Equal(got, want) {
		t.Errorf("%s: counts in Neo4j\n%v\nwant (from the JSON)\n%v", what, got, want)
	}
}

func TestLoadCountsAndIdempotence(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	ctx := context.Background()
	graphs := []struct {
		name string
		g    *graph.Graph
	}{
		{"fixture", fixture(t)},
		{"built from " + corpus(), buildGraph(t, corpus())},
	}
	for _, tt := range graphs {
		t.Run(tt.name, func(t *testing.T) {
			emptyDB(t, d)
			want := jsonCounts(tt.g, false)
			st, err := neo4jexport.Load(ctx, d, tt.g)
			if err != nil {
				t.Fatal(err)
			}
			diffCounts(t, "first load", dbCounts(t, d), want)
			if st.NodesCreated != st.Nodes || st.RelsCreated != st.Relationships {
				t.Errorf("first load created %d nodes, %d relationships; model has %d, %d", st.NodesCreated, st.RelsCreated, st.Nodes, st.Relationships)
			}
			before := dump(t, d)
			st, err = neo4jexport.Load(ctx, d, tt.g, neo4jexport.WithBatchSize(7))
			if err != nil {
				t.Fatal(err)
			}
			if st.NodesCreated != 0 || st.RelsCreated != 0 {
				t.Errorf("second load created %d nodes and %d relationships, want none", st.NodesCreated, st.RelsCreated)
			}
			diffCounts(t, "second load", dbCounts(t, d), want)
			if after := dump(t, d); !slices.Equal(before, after) {
				t.Errorf("second load changed the graph:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// shrink returns the part of g that its first n documents support: those
// documents, the nodes mentioned in them and the edges between those nodes
// with evidence from them. g is a grown version of shrink(g, n).
func shrink(g *graph.Graph, n int) *graph.Graph {
	s := &graph.Graph{Documents: g.Documents[:n]}
	keep := map[string]bool{}
	for _, d := range s.Documents {
		keep[d.ID] = true
	}
	nodes := map[string]bool{}
	for _, nd := range g.Nodes {
		var ms []graph.Mention
		for _, m := range nd.Mentions {
			if keep[m.Doc] {
				ms = append(ms, m)
			}
		}
		if len(ms) > 0 {
			nd.Mentions = ms
			s.Nodes = append(s.Nodes, nd)
			nodes[nd.ID] = true
		}
	}
	for _, e := range g.Edges {
		var ev []graph.Evidence
		for _, x := range e.Evidence {
			if keep[x.Doc] {
				ev = append(ev, x)
			}
		}
		if len(ev) > 0 && nodes[e.Source] && nodes[e.Target] {
			e.Evidence, e.EvidenceCount = ev, len(ev)
			s.Edges = append(s.Edges, e)
		}
	}
	return s
}

// Loading a graph that grew adds to what is there: loading the small graph
// and then the grown one gives the grown graph, as if loaded alone. When
// the builder re-resolves names as articles are added (a node's id changes
// with more evidence), the old elements stay: every element of the grown
// graph is there, with the grown graph's properties.
func TestLoadGrownGraph(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	ctx := context.Background()
	entries, err := os.ReadDir(corpus())
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() {
			files = append(files, filepath.Join(corpus(), e.Name()))
		}
	}
	if len(files) < 2 {
		t.Fatalf("%s: need two articles or more, found %d", corpus(), len(files))
	}
	fix := fixture(t)
	tests := []struct {
		name        string
		small, full *graph.Graph
		exact       bool
	}{
		{"fixture", shrink(fix, 2), fix, true},
		{"built from " + corpus(), buildGraph(t, files[:len(files)/2]...), buildGraph(t, files...), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emptyDB(t, d)
			if _, err := neo4jexport.Load(ctx, d, tt.full); err != nil {
				t.Fatal(err)
			}
			alone := dump(t, d)
			emptyDB(t, d)
			if _, err := neo4jexport.Load(ctx, d, tt.small); err != nil {
				t.Fatal(err)
			}
			if got := dbCounts(t, d)[":Document"]; got >= len(tt.full.Documents) {
				t.Fatalf("the small graph has %d documents, the full one %d: not a growth", got, len(tt.full.Documents))
			}
			st, err := neo4jexport.Load(ctx, d, tt.full)
			if err != nil {
				t.Fatal(err)
			}
			if st.NodesCreated == 0 {
				t.Error("loading the grown graph created no nodes")
			}
			got := dump(t, d)
			if tt.exact {
				diffCounts(t, "grown", dbCounts(t, d), jsonCounts(tt.full, false))
				if !slices.Equal(got, alone) {
					t.Errorf("small then full differs from full alone:\n%v\nwant\n%v", got, alone)
				}
				return
			}
			for _, line := range alone {
				if _, found := slices.BinarySearch(got, line); !found {
					t.Errorf("after small then full, missing %s", line)
				}
			}
		})
	}
}

func TestLoadUnasserted(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	ctx := context.Background()
	g := fixture(t)
	statuses := "MATCH ()-[r]->() WHERE r.status IS NOT NULL RETURN DISTINCT r.status ORDER BY r.status"
	tests := []struct {
		opts []neo4jexport.Option
		want []string
	}{
		{nil, []string{"asserted"}},
		{[]neo4jexport.Option{neo4jexport.WithUnasserted()}, []string{"asserted", "hypothetical", "negated"}},
	}
	for _, tt := range tests {
		emptyDB(t, d)
		st, err := neo4jexport.Load(ctx, d, g, tt.opts...)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range query(t, d, statuses, nil) {
			got = append(got, r.Values[0].(string))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("statuses %v, want %v", got, tt.want)
		}
		diffCounts(t, fmt.Sprintf("%d options", len(tt.opts)), dbCounts(t, d), jsonCounts(g, len(tt.opts) > 0))
		if len(tt.opts) == 0 && st.Unasserted != 2 {
			t.Errorf("Stats.Unasserted = %d, want 2", st.Unasserted)
		}
	}
}

// WithWipe removes what newsgraph loaded and nothing else.
func TestWipe(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	ctx := context.Background()
	emptyDB(t, d)
	query(t, d, "CREATE (:Mine {id: 'keep'})-[:OWN]->(:Mine {id: 'keep-too'})", nil)
	if _, err := neo4jexport.Load(ctx, d, fixture(t)); err != nil {
		t.Fatal(err)
	}
	small := &graph.Graph{Nodes: []graph.Node{{ID: "person:new", Type: graph.Person, Name: "New"}}}
	st, err := neo4jexport.Load(ctx, d, small, neo4jexport.WithWipe(), neo4jexport.WithBatchSize(4))
	if err != nil {
		t.Fatal(err)
	}
	g := fixture(t)
	if want := len(g.Nodes) + len(g.Documents); st.Wiped != want {
		t.Errorf("wiped %d nodes, want %d", st.Wiped, want)
	}
	want := map[string]int{":Mine": 2, "[OWN]": 1, ":Entity": 1, ":Person": 1, ":Newsgraph": 1}
	diffCounts(t, "after wipe", dbCounts(t, d), want)
}

// The Cypher script, run statement by statement into an empty database,
// gives the graph that Load gives.
func TestCypherScriptSameGraph(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	ctx := context.Background()
	for _, g := range []*graph.Graph{fixture(t), buildGraph(t, corpus())} {
		emptyDB(t, d)
		if _, err := neo4jexport.Load(ctx, d, g); err != nil {
			t.Fatal(err)
		}
		loaded := dump(t, d)

		emptyDB(t, d)
		var script strings.Builder
		if err := neo4jexport.WriteCypher(&script, g, neo4jexport.WithBatchSize(50)); err != nil {
			t.Fatal(err)
		}
		for _, s := range neo4jexport.SplitStatements(script.String()) {
			query(t, d, s, nil)
		}
		diffCounts(t, "script", dbCounts(t, d), jsonCounts(g, false))
		if got := dump(t, d); !slices.Equal(got, loaded) {
			t.Errorf("the script's graph differs from Load's:\n%v\nwant\n%v", got, loaded)
		}
	}
}

// The README's example queries return the expected rows on the fixture.
func TestExamples(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	emptyDB(t, d)
	if _, err := neo4jexport.Load(context.Background(), d, fixture(t), neo4jexport.WithUnasserted()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		params map[string]any
		want   []string // rows, values joined by " | "
	}{
		{"met-with", nil, []string{
			"Jane Roe | John Doe | 3 | Jane Roe met John Doe in Geneva on Friday. | [talks.txt]",
			"Amélie Côté | Jane Roe | 1 | Amélie Côté also met Roe. | [talks.txt]",
		}},
		{"clashes", map[string]any{"name": "the militia"}, []string{
			"Government Forces | group | asserted | 2 | The Northern Militia clashed with Government Forces near the border.",
			"Spain | country | hypothetical | 1 | Spain could attack the militia if talks fail.",
		}},
		{"sanctions", nil, []string{
			"Northern Militia | [European Union France] | []",
			"Spain | [] | [France]",
		}},
		{"path", map[string]any{"from": "Amélie Côté", "to": "john doe"}, []string{
			"[Amélie Côté Jane Roe John Doe] | [MET_WITH MET_WITH]",
		}},
		{"path", map[string]any{"from": "EU", "to": "Spain"}, []string{
			"[European Union Northern Militia France Spain] | [SANCTIONED SANCTIONED SANCTIONED]",
		}},
		{"documents", map[string]any{"name": "roe"}, []string{
			"talks.txt | Ministers meet in Geneva; \"progress\" claimed | 2025-03-01 | 2",
			"sanctions.txt | <nil> | <nil> | 1",
		}},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(neo4jexport.Examples, func(q neo4jexport.Query) bool { return q.Name == tt.name })
		if i < 0 {
			t.Fatalf("no example %q", tt.name)
		}
		q := neo4jexport.Examples[i]
		var got []string
		for _, r := range query(t, d, q.Cypher, tt.params) {
			got = append(got, strings.Join(toStrings(r.Values), " | "))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s %v:\n%s\nwant\n%s", tt.name, tt.params, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// The example queries also answer on a graph built from real articles:
// each returns rows wherever the JSON says it must, parameters taken from
// the graph itself.
func TestExamplesOnCorpus(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	d := connect(t, srv)
	g := buildGraph(t, corpus())
	emptyDB(t, d)
	if _, err := neo4jexport.Load(context.Background(), d, g); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	asserted := map[string]graph.Edge{}
	for _, e := range g.Edges {
		if _, seen := asserted[e.Type]; !seen && e.Status == graph.Asserted {
			asserted[e.Type] = e
		}
	}
	type run struct {
		name   string
		params map[string]any
	}
	var runs []run
	if _, ok := asserted[graph.MetWith]; ok {
		runs = append(runs, run{"met-with", nil})
	}
	if e, ok := asserted[graph.ClashedWith]; ok {
		runs = append(runs, run{"clashes", map[string]any{"name": names[e.Source]}})
	}
	if _, ok := asserted[graph.Sanctioned]; ok {
		runs = append(runs, run{"sanctions", nil})
	}
	for _, typ := range []string{graph.MetWith, graph.ClashedWith, graph.Sanctioned} {
		if e, ok := asserted[typ]; ok && names[e.Source] != names[e.Target] {
			runs = append(runs, run{"path", map[string]any{"from": names[e.Source], "to": names[e.Target]}})
			break
		}
	}
	for _, n := range g.Nodes {
		if len(n.Mentions) > 0 {
			runs = append(runs, run{"documents", map[string]any{"name": n.Name}})
			break
		}
	}
	if len(runs) < 3 {
		t.Fatalf("the graph of %s has too few relations to exercise the examples (%d runs)", corpus(), len(runs))
	}
	for _, r := range runs {
		i := slices.IndexFunc(neo4jexport.Examples, func(q neo4jexport.Query) bool { return q.Name == r.name })
		if recs := query(t, d, neo4jexport.Examples[i].Cypher, r.params); len(recs) == 0 {
			t.Errorf("example %s %v returned no rows on the graph of %s", r.name, r.params, corpus())
		}
	}
}

func TestConnectErrors(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	ctx := context.Background()
	closed := closedPort(t)
	tests := []struct {
		name, uri, password string
		kind                error
		msg                 string
	}{
		{"wrong password", srv.URI, "not-the-password", neo4jexport.ErrAuth, "rejected the credentials"},
		{"unreachable", fmt.Sprintf("bolt://127.0.0.1:%d", closed), srv.Password, neo4jexport.ErrUnavailable, "unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := neo4jexport.Connect(ctx, tt.uri, srv.User, tt.password)
			if err == nil {
				d.Close(ctx)
				t.Fatal("Connect succeeded")
			}
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), tt.uri) {
				t.Errorf("error %q: want kind %v, %q and the URI in the message", err, tt.kind, tt.msg)
			}
		})
	}
}
