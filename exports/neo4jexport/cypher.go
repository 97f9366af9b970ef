package neo4jexport

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultScriptBatch is the number of rows per statement of a Cypher
// script; cypher-shell runs each statement as one transaction.
const DefaultScriptBatch = 1000

// WriteCypher writes g as a Cypher script for cypher-shell
// (`cypher-shell -a URI -u neo4j -f graph.cypher`): the constraints, then
// one MERGE statement per batch of rows, the same statements Load sends with
// parameters, with the rows written as literals. Running it twice changes
// nothing. WithUnasserted and WithBatchSize apply (rows per statement,
// default DefaultScriptBatch); the other options do not.
//
// Every statement ends with ";" at the end of a line, and no string literal
// spans lines, so a statement is the text up to the next line ending in ";".
func WriteCypher(w io.Writer, g *graph.Graph, opts ...Option) error {
	c := loadConfig{batch: DefaultScriptBatch}
	for _, o := range opts {
		o(&c)
	}
	if c.batch < 1 {
		return fmt.Errorf("cypher: batch size %d, want at least 1", c.batch)
	}
	p, err := newPlan(g, c.unasserted)
	if err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// newsgraph graph: %d nodes (%d documents), %d relationships", p.nodeCount(), len(p.Docs), p.relCount())
	if p.Unasserted > 0 {
		fmt.Fprintf(bw, "; %d negated or hypothetical relations left out", p.Unasserted)
	}
	bw.WriteString(".\n// Run: cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher\n")
	bw.WriteString("// Idempotent: every write is a MERGE on the element's identity.\n")
	for _, s := range constraintStatements {
		bw.WriteString(s + ";\n")
	}
	for _, s := range p.steps() {
		fmt.Fprintf(bw, "\n// %s: %d\n", s.what, len(s.rows))
		for lo := 0; lo < len(s.rows); lo += c.batch {
			hi := min(lo+c.batch, len(s.rows))
			var lit strings.Builder
			lit.WriteString("[\n")
			for i, r := range s.rows[lo:hi] {
				if i > 0 {
					lit.WriteString(",\n")
				}
				writeRowLiteral(&lit, r)
			}
			lit.WriteString("\n]")
			bw.WriteString(strings.Replace(s.statement, "$rows", lit.String(), 1) + ";\n")
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// writeRowLiteral writes {key: value, ..., props: {key: value, ...}}.
func writeRowLiteral(b *strings.Builder, r row) {
	b.WriteByte('{')
	for _, k := range r.Keys {
		b.WriteString(mapKey(k.Key) + ": ")
		writeLiteral(b, k.Val)
		b.WriteString(", ")
	}
	b.WriteString("props: {")
	for i, p := range r.Props {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(mapKey(p.Key) + ": ")
		writeLiteral(b, p.Val)
	}
	b.WriteString("}}")
}

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// mapKey quotes a map key with backticks unless it is a plain name; keys
// come from the model and propKey, so the backticks are a second guard.
func mapKey(k string) string {
	if plainKey.MatchString(k) {
		return k
	}
	return "`" + strings.ReplaceAll(k, "`", "``") + "`"
}

func writeLiteral(b *strings.Builder, v any) {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		b.WriteString(QuoteString(v))
	case int:
		b.WriteString(strconv.Itoa(v))
	case float64:
		b.WriteString(floatLiteral(v))
	case []string:
		b.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(QuoteString(s))
		}
		b.WriteByte(']')
	default:
		// The plan holds only the types above; a new one is a bug here.
		panic(fmt.Sprintf("neo4jexport: no Cypher literal for %T", v))
	}
}

// floatLiteral writes f so that Cypher reads it back as a float (1 -> 1.0);
// Cypher has no literal for NaN or infinities, which become null.
func floatLiteral(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "null"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

// QuoteString returns s as a double-quoted Cypher string literal on one
// line: backslash, quote and control characters escaped, invalid UTF-8
// replaced by U+FFFD.
func QuoteString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			// Other control characters and the Unicode line separators
			// as escapes: a literal never spans lines in any reader.
			if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// SplitStatements splits a script written by WriteCypher into its
// statements, without the final ";" and without the "//" comment lines
// between statements, for running it through a driver rather than
// cypher-shell. It relies on WriteCypher's layout (a statement ends with a
// line ending in ";"; no literal spans lines), not on a Cypher parser.
func SplitStatements(script string) []string {
	var out []string
	var cur strings.Builder
	for line := range strings.Lines(script) {
		line = strings.TrimRight(line, "\r\n")
		if cur.Len() == 0 && (strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "//")) {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte('\n')
		}
		if s, ok := strings.CutSuffix(line, ";"); ok {
			cur.WriteString(s)
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, cur.String())
	}
	return out
}
