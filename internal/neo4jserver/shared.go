package neo4jserver

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"
)

// The shared server is used by every test binary at once. Two lock files in
// the cache folder coordinate them:
//
//   - ensure.lock (exclusive) serialises "is it up? if not, start it" and
//     "am I the last user? then stop it", so no binary starts a second
//     server or stops one another binary is about to use;
//   - users.lock (shared while a binary uses the server) tells the last
//     binary out that it is the last: it alone gets it exclusively.
//
// A server that a person started (neo4j.sh up, Desktop, Docker) is reused
// and never stopped: only one started by a test carries the owner mark.

var shared struct {
	once    sync.Once
	srv     *Server
	err     error
	users   *os.File
	started bool
}

// ownerMark is written into the shared home by a test that started the
// server, and removed when a test stops it.
const ownerMark = "started-by-go-test"

// sharedConfig is the port and password of the shared server.
func sharedConfig() (port int, password string, err error) {
	port, password = DefaultPort, DefaultPassword
	if p := os.Getenv("NEO4J_TEST_PORT"); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return 0, "", fmt.Errorf("NEO4J_TEST_PORT=%q: %w", p, err)
		}
	}
	if p := os.Getenv("NEO4J_TEST_PASSWORD"); p != "" {
		password = p
	}
	return port, password, nil
}

// Shared returns the shared test server, starting it the first time it is
// needed in this process. Call Release at the end (RunTests does).
func Shared(ctx context.Context) (*Server, error) {
	shared.once.Do(func() { shared.srv, shared.err = ensure(ctx) })
	return shared.srv, shared.err
}

func ensure(ctx context.Context) (*Server, error) {
	port, password, err := sharedConfig()
	if err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	cache, err := CacheDir()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	guard, err := lockFile(filepath.Join(cache, "ensure.lock"), true)
	if err != nil {
		return nil, err
	}
	defer unlockFile(guard)
	users, err := lockFile(filepath.Join(cache, "users.lock"), false)
	if err != nil {
		return nil, err
	}
	home := filepath.Join(cache, "home")
	s := &Server{URI: fmt.Sprintf("bolt://127.0.0.1:%d", port), User: User, Password: password, Port: port}
	if !answers(port) {
		// Not a fixed home for a non-default port: two checkouts' tests
		// must not share database files.
		if port != DefaultPort {
			home = filepath.Join(cache, "home-"+strconv.Itoa(port))
		}
		s.Home, s.pidFile = home, filepath.Join(home, "newsgraph-neo4j.pid")
		if _, err := script(ctx, s.env(), "up"); err != nil {
			unlockFile(users)
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(home, ownerMark), []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
			unlockFile(users)
			return nil, fmt.Errorf("neo4jserver: %w", err)
		}
	} else if _, err := os.Stat(filepath.Join(home, ownerMark)); err == nil && port == DefaultPort {
		// Started by another test binary: the last one out stops it.
		s.Home, s.pidFile = home, filepath.Join(home, "newsgraph-neo4j.pid")
	}
	shared.users = users
	return s, nil
}

// Release ends this process's use of the shared server. The last test
// binary to release a server that a test started stops it, unless
// NEO4J_TEST_KEEP=1 asks to keep it running for the next run.
func Release(ctx context.Context) error {
	if shared.users == nil || shared.srv == nil {
		return nil
	}
	cache, err := CacheDir()
	if err != nil {
		return err
	}
	guard, err := lockFile(filepath.Join(cache, "ensure.lock"), true)
	if err != nil {
		return err
	}
	defer unlockFile(guard)
	unlockFile(shared.users)
	shared.users = nil
	s := shared.srv
	if s.Home == "" || os.Getenv("NEO4J_TEST_KEEP") == "1" {
		return nil
	}
	last, err := tryLockFile(filepath.Join(cache, "users.lock"))
	if err != nil || last == nil {
		return err
	}
	defer unlockFile(last)
	if _, err := os.Stat(filepath.Join(s.Home, ownerMark)); err != nil {
		return nil
	}
	os.Remove(filepath.Join(s.Home, ownerMark))
	return s.Stop(ctx)
}

// ForTest returns the shared server or fails the test with the reason. The
// test has the server's databases to itself until it ends: community Neo4j
// has one user database, and tests in several packages (run in parallel
// by go test) wipe and count it, so ForTest holds an exclusive lock that
// t.Cleanup releases.
func ForTest(t testing.TB) *Server {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	s, err := Shared(ctx)
	if err != nil {
		t.Fatalf("no Neo4j server for the integration tests (they need java 17+, mvn and Maven Central once, "+
			"see internal/neo4jserver/neo4j.sh): %v", err)
	}
	cache, err := CacheDir()
	if err != nil {
		t.Fatal(err)
	}
	lock, err := lockFile(filepath.Join(cache, "db.lock"), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unlockFile(lock) })
	return s
}

// RunTests runs m and then releases the shared server if a test used it:
// use it as `func TestMain(m *testing.M) { os.Exit(neo4jserver.RunTests(m)) }`.
func RunTests(m *testing.M) int {
	code := m.Run()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := Release(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "neo4jserver: stopping the test server: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}
