package neo4jexport

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultBatchSize is the number of rows sent per transaction. Batches
// amortise the round trip and the commit, but the server holds a batch's
// transaction state on its heap until the commit, and copies it at every
// young GC meanwhile: on the Load100k benchmark 2,000 rows took 5-15% less
// server CPU than 5,000. Over a slow network, raise it (--batch).
const DefaultBatchSize = 2000

// Error kinds, chosen by what the caller can do about them; test with
// errors.Is. The driver's own error stays in the chain.
var (
	// ErrAuth: the server rejected the user name or password.
	ErrAuth = errors.New("neo4j rejected the credentials")
	// ErrUnavailable: no server answered, or it went away during the load.
	ErrUnavailable = errors.New("neo4j server unavailable")
)

// Option configures Load.
type Option func(*loadConfig)

type loadConfig struct {
	batch      int
	database   string
	wipe       bool
	unasserted bool
	progress   func(done, total int)
}

func defaultLoadConfig() loadConfig { return loadConfig{batch: DefaultBatchSize} }

// WithBatchSize sets the rows per transaction (default DefaultBatchSize).
// n < 1 is an error from Load.
func WithBatchSize(n int) Option { return func(c *loadConfig) { c.batch = n } }

// WithDatabase names the database to load into (default: the server's
// default database).
func WithDatabase(name string) Option { return func(c *loadConfig) { c.database = name } }

// WithWipe deletes everything newsgraph loaded before (nodes labelled
// :Newsgraph and their relationships) before loading; nothing else is touched.
func WithWipe() Option { return func(c *loadConfig) { c.wipe = true } }

// WithUnasserted loads negated and hypothetical relations too; they carry
// their status property. By default only asserted relations are loaded.
func WithUnasserted() Option { return func(c *loadConfig) { c.unasserted = true } }

// WithProgress calls f after each committed batch with the number of nodes
// and relationships written so far and the total. f runs on Load's goroutine.
func WithProgress(f func(done, total int)) Option { return func(c *loadConfig) { c.progress = f } }

// Stats says what a load did. Created counts come from the server, so a
// second load of the same graph reports zero of each.
type Stats struct {
	Nodes         int // nodes in the graph's model (documents and entities)
	Relationships int // relationships in the model (MENTIONED_IN and relations)
	Unasserted    int // relations left out because they are not asserted
	Batches       int // transactions committed
	Wiped         int // nodes deleted by WithWipe
	NodesCreated  int
	RelsCreated   int
	PropertiesSet int
	Took          time.Duration
}

// Connect opens a driver for uri (bolt://, neo4j://, neo4j+s://, ...) and
// checks that the server answers and accepts user and password; an empty
// password connects without authentication. The caller closes the driver.
func Connect(ctx context.Context, uri, user, password string) (neo4j.DriverWithContext, error) {
	auth := neo4j.NoAuth()
	if password != "" {
		auth = neo4j.BasicAuth(user, password, "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth, func(c *config.Config) {
		// Fail in seconds, not the driver's default minute, when the
		// server is down or goes away: a load is rerun, not waited for.
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 10 * time.Second
		c.MaxTransactionRetryTime = 5 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w", uri, err)
	}
	if err := d.VerifyConnectivity(ctx); err != nil {
		d.Close(ctx)
		if err = classify(err); errors.Is(err, ErrAuth) {
			return nil, fmt.Errorf("neo4j %s as %s: %w", uri, user, err)
		}
		return nil, fmt.Errorf("neo4j %s: %w", uri, err)
	}
	if err := d.VerifyAuthentication(ctx, nil); err != nil {
		d.Close(ctx)
		return nil, fmt.Errorf("neo4j %s as %s: %w", uri, user, classify(err))
	}
	return d, nil
}

// classify puts one of the package's error kinds in front of a driver error.
func classify(err error) error {
	var authErr *neo4j.InvalidAuthenticationError
	var dbErr *neo4j.Neo4jError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrAuth), errors.Is(err, ErrUnavailable):
		return err
	case errors.As(err, &authErr):
		return fmt.Errorf("%w: %w", ErrAuth, err)
	case errors.As(err, &dbErr) && (dbErr.Code == "Neo.ClientError.Security.Unauthorized" ||
		dbErr.Code == "Neo.ClientError.Security.AuthenticationRateLimit"):
		return fmt.Errorf("%w: %w", ErrAuth, err)
	case neo4j.IsConnectivityError(err), errors.As(err, new(*neo4j.TransactionExecutionLimit)):
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

// Load writes g into the database behind d: constraints, then documents and
// entities, then MENTIONED_IN and the relations, each batch of rows in its
// own transaction. Batches run two at a time when they touch disjoint nodes
// (see rounds and pipeline), so they never wait for each other's locks.
// On error, committed batches are whole and the failing one is not; running
// Load again completes the graph, as every write is a MERGE on the
// element's identity.
func Load(ctx context.Context, d neo4j.DriverWithContext, g *graph.Graph, opts ...Option) (Stats, error) {
	started := time.Now()
	c := defaultLoadConfig()
	for _, o := range opts {
		o(&c)
	}
	if c.batch < 1 {
		return Stats{}, fmt.Errorf("load: batch size %d, want at least 1", c.batch)
	}
	p, err := newPlan(g, c.unasserted)
	if err != nil {
		return Stats{}, fmt.Errorf("load: %w", err)
	}
	st := Stats{Nodes: p.nodeCount(), Relationships: p.relCount(), Unasserted: p.Unasserted}
	run := func(statement string, params map[string]any) (*neo4j.EagerResult, error) {
		res, err := neo4j.ExecuteQuery(ctx, d, statement, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(c.database), neo4j.ExecuteQueryWithWritersRouting())
		return res, classify(err)
	}
	for _, s := range constraintStatements {
		if _, err := run(s, nil); err != nil {
			return st, fmt.Errorf("load: create constraints: %w", err)
		}
	}
	if c.wipe {
		n, err := wipe(ctx, run, c.batch)
		st.Wiped = n
		if err != nil {
			return st, err
		}
	}
	total, done := st.Nodes+st.Relationships, 0
	// Two phases, nodes then relationships. Within a phase the steps do not
	// depend on each other, so their batches share one pipeline and the
	// sessions stay busy across step ends; each step's short last batches
	// go to the end of the phase, where they run alone.
	steps := p.steps()
	for _, rels := range []bool{false, true} {
		var full, short []batch
		var from []*step // the step of each batch, for messages
		var fromShort []*step
		for i := range steps {
			s := &steps[i]
			if s.rels != rels {
				continue
			}
			for _, r := range rounds(s.rows, c.batch, loadSessions, s.keys) {
				for _, rows := range r {
					if len(rows) < c.batch {
						short, fromShort = append(short, batch{rows, s.keys}), append(fromShort, s)
					} else {
						full, from = append(full, batch{rows, s.keys}), append(from, s)
					}
				}
			}
		}
		batches, from := append(full, short...), append(from, fromShort...)
		res := make([]*neo4j.EagerResult, len(batches))
		failed, err := pipeline(batches, c.batch, loadSessions, func(i int) error {
			var err error
			res[i], err = run(from[i].statement, map[string]any{"rows": params(batches[i].rows)})
			return err
		}, func(i int) {
			st.Batches++
			cnt := res[i].Summary.Counters()
			st.NodesCreated += cnt.NodesCreated()
			st.RelsCreated += cnt.RelationshipsCreated()
			st.PropertiesSet += cnt.PropertiesSet()
			done += len(batches[i].rows)
			if c.progress != nil {
				c.progress(done, total)
			}
		})
		if err != nil {
			return st, fmt.Errorf("load %s, batch %d of %d (%d rows; %d batches committed, "+
				"this one not; loading again completes the graph): %w",
				from[failed].what, failed+1, len(batches), len(batches[failed].rows), st.Batches, err)
		}
	}
	st.Took = time.Since(started)
	return st, nil
}

// Wipe deletes what newsgraph loaded into the database behind d (nodes
// labelled :Newsgraph, with their relationships) in batches, and returns
// the number of nodes deleted. Only WithDatabase and WithBatchSize apply.
func Wipe(ctx context.Context, d neo4j.DriverWithContext, opts ...Option) (int, error) {
	c := defaultLoadConfig()
	for _, o := range opts {
		o(&c)
	}
	if c.batch < 1 {
		return 0, fmt.Errorf("wipe: batch size %d, want at least 1", c.batch)
	}
	return wipe(ctx, func(statement string, params map[string]any) (*neo4j.EagerResult, error) {
		res, err := neo4j.ExecuteQuery(ctx, d, statement, params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(c.database), neo4j.ExecuteQueryWithWritersRouting())
		return res, classify(err)
	}, c.batch)
}

func wipe(ctx context.Context, run func(string, map[string]any) (*neo4j.EagerResult, error), batch int) (int, error) {
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("wipe: %w", err)
		}
		res, err := run(wipeStatement, map[string]any{"limit": batch})
		if err != nil {
			return total, fmt.Errorf("wipe (%d nodes deleted so far): %w", total, err)
		}
		n := 0
		if len(res.Records) == 1 {
			if v, ok := res.Records[0].Values[0].(int64); ok {
				n = int(v)
			}
		}
		total += n
		if n == 0 {
			return total, nil
		}
	}
}

// params converts rows to the driver's parameter shape:
// {key: value, ..., props: {key: value, ...}}.
func params(rows []row) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		m := make(map[string]any, len(r.Keys)+1)
		for _, k := range r.Keys {
			m[k.Key] = k.Val
		}
		props := make(map[string]any, len(r.Props))
		for _, p := range r.Props {
			props[p.Key] = p.Val
		}
		m["props"] = props
		out[i] = m
	}
	return out
}
