// Package neo4jserver gives newsgraph's integration tests a real Neo4j 5.26
// community server on 127.0.0.1, run from Maven Central jars by neo4j.sh
// (beside this file): the pom fetches the jars once into <repo>/.neo4j, a
// small Java launcher embeds the DBMS with Bolt and authentication on, and
// sets a known password for user neo4j.
//
// Tests call Shared, which reuses a server that already answers on the test
// port, or installs and starts one; several test binaries (go test runs
// packages in parallel) share it through file locks, and the last one out
// stops a server that a test started. Start runs a private server on its
// own home and port, for tests that stop or kill it.
//
// Nothing here skips a test: if no server can be had, the test fails with
// the reason (missing java or mvn, Maven Central unreachable, a port taken).
package neo4jserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Defaults of the test server; NEO4J_TEST_PORT and NEO4J_TEST_PASSWORD
// override them for Shared.
const (
	DefaultPort     = 7687
	DefaultPassword = "newsgraph-test"
	User            = "neo4j"
)

// Server is a running Neo4j that tests may use.
type Server struct {
	URI      string // bolt://127.0.0.1:PORT
	User     string
	Password string
	Port     int
	Home     string // database folder; "" for a server this package did not start
	pidFile  string
}

// dir is this package's source folder, where neo4j.sh and pom.xml live.
func dir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", errors.New("neo4jserver: cannot locate its source folder")
	}
	return filepath.Dir(file), nil
}

// Script returns the path of neo4j.sh.
func Script() (string, error) {
	d, err := dir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(d, "neo4j.sh")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("neo4jserver: %w", err)
	}
	return p, nil
}

// CacheDir is where jars, the compiled launcher and the shared server's
// home live: $NEO4J_CACHE, else <repo>/.neo4j.
func CacheDir() (string, error) {
	if c := os.Getenv("NEO4J_CACHE"); c != "" {
		return c, nil
	}
	d, err := dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "..", "..", ".neo4j"), nil
}

// script runs neo4j.sh with extra environment and returns its standard
// output; a failure carries the script's error output.
func script(ctx context.Context, env []string, args ...string) (string, error) {
	sh, err := Script()
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "bash", append([]string{sh}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// The server must outlive a cancelled context of the caller only when it
	// started; killing the script mid-start leaves the pid file to clean up.
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("neo4j.sh %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

// Install fetches the jars and compiles the launcher if that was not done;
// quick when it was.
func Install(ctx context.Context) error {
	_, err := script(ctx, nil, "install")
	return err
}

// Config says how Start runs a server.
type Config struct {
	Home     string // database folder (required); pid file and log go in it too
	Port     int    // Bolt port on 127.0.0.1; 0 picks a free one
	Password string // password set for user neo4j; "" means DefaultPassword
}

// Start installs if needed and starts a server with its own home and port,
// waiting until Bolt answers. The caller stops it with Stop or Kill.
func Start(ctx context.Context, c Config) (*Server, error) {
	if c.Home == "" {
		return nil, errors.New("neo4jserver: Start needs a home folder")
	}
	if c.Port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, err
		}
		c.Port = p
	}
	if c.Password == "" {
		c.Password = DefaultPassword
	}
	home, err := filepath.Abs(c.Home)
	if err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	if answers(c.Port) {
		return nil, fmt.Errorf("neo4jserver: port %d is taken", c.Port)
	}
	s := &Server{URI: fmt.Sprintf("bolt://127.0.0.1:%d", c.Port), User: User, Password: c.Password,
		Port: c.Port, Home: home, pidFile: filepath.Join(home, "newsgraph-neo4j.pid")}
	if _, err := script(ctx, s.env(), "up"); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Server) env() []string {
	return []string{"NEO4J_HOME_DIR=" + s.Home, "NEO4J_PORT=" + strconv.Itoa(s.Port), "NEO4J_PASSWORD=" + s.Password}
}

// Stop shuts a server started by this package down cleanly.
func (s *Server) Stop(ctx context.Context) error {
	if s.Home == "" {
		return errors.New("neo4jserver: not started here, not stopping it")
	}
	_, err := script(ctx, s.env(), "down")
	return err
}

// Kill ends a server started by this package at once (SIGKILL), as a crash
// or a pulled plug would, and waits until its port is closed.
func (s *Server) Kill() error {
	b, err := os.ReadFile(s.pidFile)
	if err != nil {
		return fmt.Errorf("neo4jserver: kill: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("neo4jserver: kill: pid file %s: %w", s.pidFile, err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fmt.Errorf("neo4jserver: kill %d: %w", pid, err)
	}
	for range 100 {
		if syscall.Kill(pid, 0) != nil && !answers(s.Port) {
			os.Remove(s.pidFile)
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("neo4jserver: pid %d still alive after SIGKILL", pid)
}

// answers reports whether something accepts connections on the port.
func answers(port int) bool {
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("neo4jserver: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Admin runs neo4j-admin (org.neo4j.cli.AdminTool from the installed jars)
// with NEO4J_HOME=home, e.g. `database import full ...`, and returns its
// combined output. It installs first if needed.
func Admin(ctx context.Context, home string, args ...string) (string, error) {
	if err := Install(ctx); err != nil {
		return "", err
	}
	cache, err := CacheDir()
	if err != nil {
		return "", err
	}
	cmdArgs := append([]string{"-Xmx512m", "-cp", filepath.Join(cache, "lib") + "/*", "org.neo4j.cli.AdminTool"}, args...)
	cmd := exec.CommandContext(ctx, "java", cmdArgs...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home)
	// The import tool writes import.report into its working folder.
	cmd.Dir = home
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("neo4j-admin %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}
