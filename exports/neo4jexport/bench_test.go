package neo4jexport_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/exports/neo4jexport"
	"github.com/newsgraph/newsgraph/internal/neo4jserver"
)

// BenchmarkLoad100k loads a generated graph of 20,000 people and 100,000
// relations over loopback into an emptied database and reports relations
// per second (rels/s), counting the time for the nodes too. The server is
// warmed up by one load first.
func BenchmarkLoad100k(b *testing.B) {
	for _, batch := range []int{1000, 2000, 5000} {
		b.Run(fmtBatch(batch), func(b *testing.B) {
			srv := neo4jserver.ForTest(b)
			d := connect(b, srv)
			ctx := context.Background()
			g := genGraph(20_000, 100_000)
			// One load first, untimed: a freshly started JVM compiles its
			// hot paths during the first loads, and a server in use is warm.
			emptyDB(b, d)
			if _, err := neo4jexport.Load(ctx, d, g, neo4jexport.WithBatchSize(batch)); err != nil {
				b.Fatal(err)
			}
			var secs float64
			for b.Loop() {
				b.StopTimer()
				emptyDB(b, d)
				b.StartTimer()
				st, err := neo4jexport.Load(ctx, d, g, neo4jexport.WithBatchSize(batch))
				if err != nil {
					b.Fatal(err)
				}
				secs += st.Took.Seconds()
			}
			b.ReportMetric(float64(len(g.Edges)*b.N)/secs, "rels/s")
		})
	}
}

func fmtBatch(n int) string { return "batch=" + strconv.Itoa(n) }
