package neo4jexport_test

// Tests that need a server of their own: one killed in the middle of a
// load, one whose database was made by neo4j-admin import.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jserver"
)

// closedPort returns a loopback port that nothing listens on.
func closedPort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// genGraph makes a graph of n people and rels relations (rels <= 5n): each
// person i is joined to i+1 ... i+5 (mod n), which makes distinct pairs,
// with met-with, clashed-with and sanctioned mixed, one evidence sentence
// each, as a news graph has.
func genGraph(n, rels int) *graph.Graph {
	g := &graph.Graph{Documents: []graph.Document{{ID: "gen.txt", Title: "generated"}}}
	id := func(i int) string { return fmt.Sprintf("person:p%06d", i%n) }
	for i := range n {
		g.Nodes = append(g.Nodes, graph.Node{ID: id(i), Type: graph.Person, Name: fmt.Sprintf("Person %d", i),
			Aliases: []string{fmt.Sprintf("P%d", i)}, Attributes: map[string]string{"title": "Minister"}})
	}
	types := []string{"met-with", "met-with", "met-with", "clashed-with", "sanctioned"}
	for k := range rels {
		i, off := k/5, k%5+1
		e := graph.Edge{Type: types[off-1], Source: id(i), Target: id(i + off), Status: graph.Asserted,
			Confidence: 0.8, EvidenceCount: 1}
		if e.Type == "sanctioned" {
			e.Action = "imposed"
		} else if e.Target < e.Source {
			e.Source, e.Target = e.Target, e.Source
		}
		e.Evidence = []graph.Evidence{{Doc: "gen.txt", Start: k, End: k + 60, Rule: e.Type + "/gen",
			Text: fmt.Sprintf("Person %d and person %d were named together in sentence %d.", i, (i+off)%n, k)}}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// A server killed in the middle of a load gives an ErrUnavailable error
// that names the batch, and leaves only whole batches behind: after a
// restart, every count is a multiple of the batch size or complete.
func TestServerKilledMidLoad(t *testing.T) {
	ctx := context.Background()
	began := time.Now()
	phase := func(what string) { t.Logf("%5.1fs %s", time.Since(began).Seconds(), what) }
	srv, err := neo4jserver.Start(ctx, neo4jserver.Config{Home: t.TempDir()})
	if err != nil {
		t.Fatalf("start a private server: %v", err)
	}
	t.Cleanup(func() { srv.Stop(context.Background()) })
	d, err := neo4jexport.Connect(ctx, srv.URI, srv.User, srv.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	phase("started")

	const nodes, rels, batch = 10_003, 2_000, 1000
	g := genGraph(nodes, rels)
	var once sync.Once
	killed := make(chan error, 1)
	_, err = neo4jexport.Load(ctx, d, g, neo4jexport.WithBatchSize(batch), neo4jexport.WithProgress(func(done, total int) {
		if done >= 5*batch {
			// Kill while the next batch is on its way.
			once.Do(func() {
				go func() {
					time.Sleep(20 * time.Millisecond)
					killed <- srv.Kill()
				}()
			})
		}
	}))
	if kerr := <-killed; kerr != nil {
		t.Fatal(kerr)
	}
	phase("killed")
	if err == nil {
		t.Fatal("Load succeeded although the server was killed")
	}
	if !errors.Is(err, neo4jexport.ErrUnavailable) || !strings.Contains(err.Error(), "batch") {
		t.Errorf("error %q: want ErrUnavailable and the batch named", err)
	}
	phase(fmt.Sprintf("load failed: %v", err))

	srv, err = neo4jserver.Start(ctx, neo4jserver.Config{Home: srv.Home, Port: srv.Port})
	if err != nil {
		t.Fatalf("restart: %v", err)
	}
	phase("restarted")
	d2 := connect(t, srv)
	c := dbCounts(t, d2)
	people := c[":Person"]
	var relCount int
	for k, v := range c {
		if strings.HasPrefix(k, "[") {
			relCount += v
		}
	}
	whole := func(n, all int) bool { return n == all || n%batch == 0 }
	// Documents load first (1 row, one batch), then the people.
	if !whole(people, nodes) || relCount > 0 && people != nodes {
		t.Errorf("after the kill: %d people of %d and %d relationships: a part of a batch was committed", people, nodes, relCount)
	}
	t.Logf("committed before the kill: %d people, %d relationships", people, relCount)

	// Loading again completes the graph.
	if _, err := neo4jexport.Load(ctx, d2, g, neo4jexport.WithBatchSize(5000)); err != nil {
		t.Fatal(err)
	}
	phase("loaded again")
	if got := dbCounts(t, d2)[":Person"]; got != nodes {
		t.Errorf("after a second load: %d people, want %d", got, nodes)
	}
}

// The CSV files, imported by the real neo4j-admin into a fresh home, give
// the graph that Load gives; and a Load on top of the import finds
// everything in place (same identities) and creates nothing.
func TestCSVImport(t *testing.T) {
	ctx := context.Background()
	g := fixture(t)

	shared := neo4jserver.ForTest(t)
	d := connect(t, shared)
	emptyDB(t, d)
	if _, err := neo4jexport.Load(ctx, d, g); err != nil {
		t.Fatal(err)
	}
	loaded := dump(t, d)

	csvDir, home := t.TempDir(), t.TempDir()
	if err := neo4jexport.WriteCSV(csvDir, g); err != nil {
		t.Fatal(err)
	}
	args, err := neo4jexport.ImportArgs(csvDir, "neo4j")
	if err != nil {
		t.Fatal(err)
	}
	out, err := neo4jserver.Admin(ctx, home, args...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "IMPORT DONE") {
		t.Fatalf("neo4j-admin import said:\n%s", out)
	}
	srv, err := neo4jserver.Start(ctx, neo4jserver.Config{Home: home})
	if err != nil {
		t.Fatalf("start on the imported home: %v", err)
	}
	t.Cleanup(func() { srv.Stop(context.Background()) })
	d2 := connect(t, srv)
	if got := dump(t, d2); !slices.Equal(got, loaded) {
		t.Errorf("imported graph differs from the loaded one:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(loaded, "\n"))
	}
	st, err := neo4jexport.Load(ctx, d2, g)
	if err != nil {
		t.Fatal(err)
	}
	if st.NodesCreated != 0 || st.RelsCreated != 0 {
		t.Errorf("Load after the import created %d nodes and %d relationships, want none", st.NodesCreated, st.RelsCreated)
	}
}
