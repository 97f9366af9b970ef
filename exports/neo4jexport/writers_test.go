package neo4jexport

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const (
	goldenInput  = "../../testdata/golden/neo4j-input.json"
	goldenCypher = "../../testdata/golden/neo4j-graph.cypher"
	goldenCSV    = "../../testdata/golden/neo4j-csv"
)

func readGoldenGraph(t testing.TB) *graph.Graph {
	t.Helper()
	g, err := graph.ReadFile(goldenInput)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test -update rewrites it):\n--- got\n%s", path, got)
	}
}

func TestWriteCypherGolden(t *testing.T) {
	g := readGoldenGraph(t)
	var buf bytes.Buffer
	if err := WriteCypher(&buf, g); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, goldenCypher, buf.Bytes())

	// Statements: 2 constraints, 1 document batch, 4 label batches,
	// MENTIONED_IN and 4 relation types.
	stmts := SplitStatements(buf.String())
	if len(stmts) != 12 {
		t.Errorf("%d statements, want 12:\n%s", len(stmts), strings.Join(stmts, "\n----\n"))
	}
	// Smaller batches give more statements, not a different graph.
	buf.Reset()
	if err := WriteCypher(&buf, g, WithBatchSize(2)); err != nil {
		t.Fatal(err)
	}
	// Person 3 rows -> 2, Group 3 -> 2, Country 2 -> 1, Place 1, docs 3 -> 2,
	// MENTIONED_IN 12 -> 6, CLASHED_WITH 1, MET_WITH 2 -> 1, SANCTIONED 3 -> 2,
	// VISITED 1, constraints 2.
	if n := len(SplitStatements(buf.String())); n != 2+2+2+2+1+1+6+1+1+2+1 {
		t.Errorf("batch 2: %d statements, want 21", n)
	}
}

func TestWriteCSVGolden(t *testing.T) {
	g := readGoldenGraph(t)
	dir := t.TempDir()
	if err := WriteCSV(dir, g); err != nil {
		t.Fatal(err)
	}
	for _, name := range CSVFiles {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, filepath.Join(goldenCSV, name), got)
	}
	// Headers as neo4j-admin expects them, and every record as wide as its header.
	headers := map[string]string{
		DocumentsCSV: "id:ID(Document),:LABEL,title,date,path,url,sha256",
		EntitiesCSV:  "id:ID(Entity),:LABEL,name,type,aliases:string[],mentions:int,date_of_birth,title",
		MentionsCSV:  ":START_ID(Entity),:END_ID(Document),:TYPE,count:int,source",
		RelationsCSV: ":START_ID(Entity),:END_ID(Entity),:TYPE,status,action,confidence:double," +
			"evidence:string[],docs:string[],rules:string[],evidence_count:int,source",
	}
	rows := map[string]int{DocumentsCSV: 3, EntitiesCSV: 9, MentionsCSV: 12, RelationsCSV: 7}
	for name, header := range headers {
		recs := readCSV(t, filepath.Join(dir, name))
		if got := strings.Join(recs[0], ","); got != header {
			t.Errorf("%s header %q, want %q", name, got, header)
		}
		if len(recs)-1 != rows[name] {
			t.Errorf("%s: %d rows, want %d", name, len(recs)-1, rows[name])
		}
	}
}

func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll() // also checks every record has the header's width
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// A "|" inside an array value switches the array delimiter to U+001F, and
// import.sh passes the one chosen.
func TestCSVArrayDelimiter(t *testing.T) {
	tests := []struct {
		alias string
		delim string
		field string
	}{
		{"plain", "--array-delimiter='|'", "A|plain"},
		{"with|bar", "--array-delimiter=U+001F", "A\x1fwith|bar"},
		{"with\x1fus", "--array-delimiter='|'", "A|with\x1fus"},
	}
	for _, tt := range tests {
		g := &graph.Graph{Nodes: []graph.Node{{ID: "person:a", Type: graph.Person, Name: "A", Aliases: []string{"A", tt.alias}}}}
		dir := t.TempDir()
		if err := WriteCSV(dir, g); err != nil {
			t.Fatal(err)
		}
		script, err := os.ReadFile(filepath.Join(dir, ImportScript))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(script), tt.delim) {
			t.Errorf("alias %q: import.sh lacks %s:\n%s", tt.alias, tt.delim, script)
		}
		recs := readCSV(t, filepath.Join(dir, EntitiesCSV))
		if got := recs[1][4]; got != tt.field {
			t.Errorf("alias %q: aliases field %q, want %q", tt.alias, got, tt.field)
		}
		args, err := ImportArgs(dir, "neo4j")
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Trim(strings.TrimPrefix(tt.delim, "--array-delimiter="), "'"); args[4] != "--array-delimiter="+want {
			t.Errorf("alias %q: ImportArgs %v, want --array-delimiter=%s", tt.alias, args, want)
		}
	}
}

func TestQuoteString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"plain", `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash`, `"back\\slash"`},
		{"it's", `"it's"`},
		{"two\nlines\r\n", `"two\nlines\r\n"`},
		{"tab\there", `"tab\there"`},
		{"bell\x07", `"bell\u0007"`},
		{"sep\u2028x", `"sep\u2028x"`},
		{"Amélie عميلة", `"Amélie عميلة"`},
		{"bad\xffutf8", "\"bad\uFFFDutf8\""},
		{"semi;colon // not a comment", `"semi;colon // not a comment"`},
	}
	for _, tt := range tests {
		if got := QuoteString(tt.in); got != tt.want {
			t.Errorf("QuoteString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestFloatLiteral(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{1, "1.0"}, {0.87, "0.87"}, {0, "0.0"}, {1e-7, "1e-07"}, {1e21, "1e+21"}}
	for _, tt := range tests {
		if got := floatLiteral(tt.in); got != tt.want {
			t.Errorf("floatLiteral(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// unquoteCypher reads back a double-quoted Cypher string literal as Cypher
// does (the escapes QuoteString writes), for the round-trip fuzz test.
func unquoteCypher(q string) (string, error) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", fmt.Errorf("not quoted: %s", q)
	}
	s := q[1 : len(q)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\n' || c == '\r' {
			return "", fmt.Errorf("raw %q at %d in %s", c, i, q)
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", fmt.Errorf("trailing backslash in %s", q)
		}
		switch s[i] {
		case '\\', '"', '\'':
			b.WriteByte(s[i])
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if i+4 >= len(s) {
				return "", fmt.Errorf("short \\u in %s", q)
			}
			n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(n))
			i += 4
		default:
			return "", fmt.Errorf("unknown escape \\%c in %s", s[i], q)
		}
	}
	return b.String(), nil
}

func FuzzQuoteString(f *testing.F) {
	for _, s := range []string{"", "a", `"\`, "x\ny", "\x00\x1f\x7f", "\u2028\u0085", "é", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := QuoteString(s)
		got, err := unquoteCypher(q)
		if err != nil {
			t.Fatalf("QuoteString(%q) = %s: %v", s, q, err)
		}
		if want := strings.ToValidUTF8(s, string(utf8.RuneError)); got != want {
			t.Fatalf("round trip of %q gave %q", want, got)
		}
	})
}

// FuzzWriters feeds graph.json documents to the writers: they must not
// panic, the script must split into statements that all end in the MERGE or
// SET of a load, and each CSV file must parse with its header's width.
func FuzzWriters(f *testing.F) {
	seed, err := os.ReadFile(goldenInput)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"nodes":[{"id":"a","type":"person","name":"x\";\n"}],"edges":[]}`))
	f.Add([]byte(`{"nodes":[{"id":"a","type":"thing","attributes":{"A b":"|"}},{"id":"b","type":"place"}],` +
		`"edges":[{"type":"met-with","source":"b","target":"a","status":"asserted","evidence":[{"text":"a|b;\n"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := graph.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteCypher(&buf, g); err != nil {
			return // newPlan refused the graph; WriteCSV must refuse it too
		}
		for _, s := range SplitStatements(buf.String()) {
			if !strings.HasPrefix(s, "CREATE CONSTRAINT") && !strings.Contains(s, "\nSET ") {
				t.Fatalf("statement is not one of the load's:\n%s", s)
			}
		}
		dir := t.TempDir()
		if err := WriteCSV(dir, g); err != nil {
			t.Fatalf("WriteCypher accepted the graph, WriteCSV did not: %v", err)
		}
		for _, name := range []string{DocumentsCSV, EntitiesCSV, MentionsCSV, RelationsCSV} {
			readCSV(t, filepath.Join(dir, name))
		}
	})
}
