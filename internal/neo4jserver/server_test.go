package neo4jserver

import (
	"context"
	"net"
	"os/exec"
	"strings"
	"testing"
)

// These tests start no JVM: the exporter's and the CLI's integration tests
// run real servers through this package.

func TestScriptUsage(t *testing.T) {
	sh, err := Script()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{nil, 2, "usage:"},
		{[]string{"bogus"}, 2, "usage:"},
	}
	for _, tt := range tests {
		out, err := exec.Command("bash", append([]string{sh}, tt.args...)...).CombinedOutput()
		exit, ok := err.(*exec.ExitError)
		if !ok || exit.ExitCode() != tt.code || !strings.Contains(string(out), tt.msg) {
			t.Errorf("neo4j.sh %v: %v, %q; want exit %d and %q", tt.args, err, out, tt.code, tt.msg)
		}
	}
}

func TestStartRefusesTakenPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	_, err = Start(context.Background(), Config{Home: t.TempDir(), Port: port})
	if err == nil || !strings.Contains(err.Error(), "is taken") {
		t.Errorf("Start on a taken port: %v, want an error saying so", err)
	}
	if _, err := Start(context.Background(), Config{}); err == nil {
		t.Error("Start without a home succeeded")
	}
}

func TestSharedConfig(t *testing.T) {
	tests := []struct {
		port, password string
		wantPort       int
		wantPassword   string
		err            bool
	}{
		{"", "", DefaultPort, DefaultPassword, false},
		{"7700", "another-one", 7700, "another-one", false},
		{"x", "", 0, "", true},
	}
	for _, tt := range tests {
		t.Setenv("NEO4J_TEST_PORT", tt.port)
		t.Setenv("NEO4J_TEST_PASSWORD", tt.password)
		port, pw, err := sharedConfig()
		if (err != nil) != tt.err || !tt.err && (port != tt.wantPort || pw != tt.wantPassword) {
			t.Errorf("NEO4J_TEST_PORT=%q NEO4J_TEST_PASSWORD=%q: %d %q %v", tt.port, tt.password, port, pw, err)
		}
	}
}
