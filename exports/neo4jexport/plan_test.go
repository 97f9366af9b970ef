package neo4jexport

import (
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jserver"
)

// No load statement may plan an Eager operator: Eager holds the whole batch
// before writing (memory and a second pass), and a harmless-looking name
// brings it in; reading row.source in a statement that sets r.source did.
// PROFILE with no rows runs nothing and, unlike EXPLAIN in this driver
// version, reports every child of the plan.
func TestLoadStatementsHaveNoEager(t *testing.T) {
	srv := neo4jserver.ForTest(t)
	ctx := context.Background()
	d, err := Connect(ctx, srv.URI, srv.User, srv.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	g := &graph.Graph{
		Documents: []graph.Document{{ID: "a.txt", Title: "A"}},
		Nodes: []graph.Node{
			{ID: "person:a", Type: graph.Person, Name: "A", Mentions: []graph.Mention{{Doc: "a.txt"}},
				Attributes: map[string]string{"title": "Minister", "source": "x"}},
			{ID: "country:b", Type: graph.Country, Name: "B"},
			{ID: "thing:c", Type: "thing", Name: "C"},
		},
		Edges: []graph.Edge{
			{Type: "met-with", Source: "country:b", Target: "person:a", Status: graph.Asserted},
			{Type: "sanctioned", Source: "country:b", Target: "person:a", Status: graph.Asserted, Action: "imposed"},
		},
	}
	p, err := newPlan(g, false)
	if err != nil {
		t.Fatal(err)
	}
	steps := p.steps()
	if len(steps) < 6 {
		t.Fatalf("%d steps, want documents, three node labels, mentions and two relation types", len(steps))
	}
	for _, s := range steps {
		res, err := neo4j.ExecuteQuery(ctx, d, "PROFILE "+s.statement, map[string]any{"rows": []any{}}, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatalf("%s: %v", s.what, err)
		}
		var ops []string
		var walk func(neo4j.ProfiledPlan)
		walk = func(pl neo4j.ProfiledPlan) {
			ops = append(ops, strings.SplitN(pl.Operator(), "@", 2)[0])
			for _, c := range pl.Children() {
				walk(c)
			}
		}
		walk(res.Summary.Profile())
		if len(ops) < 3 {
			t.Errorf("%s: plan %v is too short to be the load's", s.what, ops)
		}
		for _, op := range ops {
			if strings.HasPrefix(op, "Eager") {
				t.Errorf("%s: plan has %s: %v\n%s", s.what, op, ops, s.statement)
			}
		}
	}
}
