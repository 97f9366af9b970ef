package neo4jexport

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// The files WriteCSV writes into its folder.
const (
	DocumentsCSV      = "documents.csv"
	EntitiesCSV       = "entities.csv"
	MentionsCSV       = "mentioned_in.csv"
	RelationsCSV      = "relations.csv"
	ImportScript      = "import.sh"
	ConstraintsCypher = "constraints.cypher"
	idSpaceEntity     = "Entity"
	idSpaceDoc        = "Document"
	unitSeparator     = '\x1f'
	preferredDelim    = '|'
)

// CSVFiles lists the files of a CSV export, data files first.
var CSVFiles = []string{DocumentsCSV, EntitiesCSV, MentionsCSV, RelationsCSV, ImportScript, ConstraintsCypher}

// WriteCSV writes g into folder dir as CSV files for
// `neo4j-admin database import full`, with the header syntax it expects
// (id:ID(Entity), :LABEL, :START_ID(Entity), :END_ID(Document), :TYPE,
// typed and array columns such as aliases:string[]), and an import.sh that
// runs the import with the right options, and constraints.cypher (the
// import makes none). The imported database holds the same graph as Load
// gives. Only WithUnasserted applies.
//
// Arrays and multiple labels are joined with "|", or, when some value
// contains "|", with U+001F (unit separator; removed from the values), and
// import.sh passes the one chosen. Strings are always quoted, so an empty
// string ("" action of a non-sanction relation) stays an empty string, and
// a missing value (an empty field) is no property.
func WriteCSV(dir string, g *graph.Graph, opts ...Option) error {
	c := defaultLoadConfig()
	for _, o := range opts {
		o(&c)
	}
	p, err := newPlan(g, c.unasserted)
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	delim := arrayDelimiter(p)
	files := map[string][]byte{
		DocumentsCSV: documentsCSV(p, delim),
		EntitiesCSV:  entitiesCSV(p, delim),
		MentionsCSV:  mentionsCSV(p),
		RelationsCSV: relationsCSV(p, delim),
		ImportScript: importScript(delim),
		// neo4j-admin makes no constraints; Load and the Cypher script do.
		ConstraintsCypher: []byte(strings.Join(constraintStatements, ";\n") + ";\n"),
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	for _, name := range CSVFiles {
		if err := graph.WriteFileAtomic(filepath.Join(dir, name), files[name]); err != nil {
			return fmt.Errorf("csv: %w", err)
		}
	}
	if err := os.Chmod(filepath.Join(dir, ImportScript), 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

// arrayDelimiter picks "|" unless a value that goes into an array holds one.
func arrayDelimiter(p *plan) rune {
	for _, g := range p.Nodes {
		for _, r := range g.Rows {
			for _, pr := range r.Props {
				if a, ok := pr.Val.([]string); ok && anyContains(a, preferredDelim) {
					return unitSeparator
				}
			}
		}
	}
	for _, g := range p.Rels {
		for _, r := range g.Rows {
			for _, pr := range r.Props {
				if a, ok := pr.Val.([]string); ok && anyContains(a, preferredDelim) {
					return unitSeparator
				}
			}
		}
	}
	return preferredDelim
}

func anyContains(a []string, r rune) bool {
	return slices.ContainsFunc(a, func(s string) bool { return strings.ContainsRune(s, r) })
}

// csvWriter writes RFC 4180 records in which every string is quoted and a
// nil value is an empty, unquoted field (neo4j-admin: no property).
type csvWriter struct {
	buf   bytes.Buffer
	delim rune
}

func (w *csvWriter) header(cols ...string) {
	w.buf.WriteString(strings.Join(cols, ","))
	w.buf.WriteString("\n")
}

func (w *csvWriter) record(vals ...any) {
	for i, v := range vals {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		switch v := v.(type) {
		case nil:
		case string:
			w.quote(v)
		case int:
			w.buf.WriteString(strconv.Itoa(v))
		case float64:
			if f := floatLiteral(v); f != "null" {
				w.buf.WriteString(f)
			}
		case []string:
			parts := make([]string, len(v))
			for i, s := range v {
				parts[i] = strings.ReplaceAll(s, string(w.delim), "")
			}
			w.quote(strings.Join(parts, string(w.delim)))
		default:
			panic(fmt.Sprintf("neo4jexport: no CSV value for %T", v))
		}
	}
	w.buf.WriteString("\n")
}

func (w *csvWriter) quote(s string) {
	w.buf.WriteByte('"')
	w.buf.WriteString(strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), `"`, `""`))
	w.buf.WriteByte('"')
}

func propVal(props []prop, key string) any {
	for _, p := range props {
		if p.Key == key {
			return p.Val
		}
	}
	return nil
}

func documentsCSV(p *plan, delim rune) []byte {
	w := &csvWriter{delim: delim}
	w.header("id:ID("+idSpaceDoc+")", ":LABEL", "title", "date", "path", "url", "sha256")
	labels := DocumentLabel + string(delim) + MarkerLabel
	for _, r := range p.Docs {
		vals := []any{r.Keys[0].Val, labels}
		for _, k := range []string{"title", "date", "path", "url", "sha256"} {
			vals = append(vals, propVal(r.Props, k))
		}
		w.record(vals...)
	}
	return w.buf.Bytes()
}

func entitiesCSV(p *plan, delim rune) []byte {
	w := &csvWriter{delim: delim}
	cols := []string{"id:ID(" + idSpaceEntity + ")", ":LABEL", "name", "type", "aliases:string[]", "mentions:int"}
	cols = append(cols, p.AttrKeys...)
	w.header(cols...)
	for _, g := range p.Nodes {
		labels := []string{EntityLabel}
		if g.Name != "" {
			labels = append(labels, g.Name)
		}
		labels = append(labels, MarkerLabel)
		for _, r := range g.Rows {
			vals := []any{r.Keys[0].Val, strings.Join(labels, string(delim))}
			for _, k := range []string{"name", "type", "aliases", "mentions"} {
				vals = append(vals, propVal(r.Props, k))
			}
			for _, k := range p.AttrKeys {
				vals = append(vals, propVal(r.Props, k))
			}
			w.record(vals...)
		}
	}
	return w.buf.Bytes()
}

func mentionsCSV(p *plan) []byte {
	w := &csvWriter{delim: preferredDelim}
	w.header(":START_ID("+idSpaceEntity+")", ":END_ID("+idSpaceDoc+")", ":TYPE", "count:int", "source")
	for _, r := range p.Mentions {
		w.record(r.Keys[0].Val, r.Keys[1].Val, MentionedInType, propVal(r.Props, "count"), SourceValue)
	}
	return w.buf.Bytes()
}

func relationsCSV(p *plan, delim rune) []byte {
	w := &csvWriter{delim: delim}
	w.header(":START_ID("+idSpaceEntity+")", ":END_ID("+idSpaceEntity+")", ":TYPE", "status", "action",
		"confidence:double", "evidence:string[]", "docs:string[]", "rules:string[]", "evidence_count:int", "source")
	for _, g := range p.Rels {
		for _, r := range g.Rows {
			w.record(r.Keys[0].Val, r.Keys[1].Val, g.Name, r.Keys[2].Val, r.Keys[3].Val,
				propVal(r.Props, "confidence"), propVal(r.Props, "evidence"), propVal(r.Props, "docs"),
				propVal(r.Props, "rules"), propVal(r.Props, "evidence_count"), SourceValue)
		}
	}
	return w.buf.Bytes()
}

// importArgs returns the arguments of neo4j-admin that import the CSV
// files of folder dir into database db, with array delimiter delim.
func importArgs(dir, db string, delim rune) []string {
	d := string(delim)
	if delim == unitSeparator {
		d = "U+001F"
	}
	j := func(name string) string { return filepath.Join(dir, name) }
	// The database comes first: --nodes and --relationships take a list
	// of files and would swallow a name after them.
	return []string{"database", "import", "full", db,
		"--array-delimiter=" + d,
		// Evidence sentences and titles may hold line breaks.
		"--multiline-fields=true",
		"--nodes=" + j(DocumentsCSV), "--nodes=" + j(EntitiesCSV),
		"--relationships=" + j(MentionsCSV), "--relationships=" + j(RelationsCSV)}
}

// ImportArgs reads the import.sh that WriteCSV wrote into dir and returns
// the neo4j-admin arguments that import dir's files into database db.
func ImportArgs(dir, db string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, ImportScript))
	if err != nil {
		return nil, fmt.Errorf("import args: %w", err)
	}
	delim := rune(preferredDelim)
	if bytes.Contains(b, []byte("--array-delimiter=U+001F")) {
		delim = unitSeparator
	}
	return importArgs(dir, db, delim), nil
}

func importScript(delim rune) []byte {
	args := importArgs(`"$here"`, `"${1:-neo4j}"`, delim)
	for i, a := range args {
		if strings.HasPrefix(a, "--array-delimiter=") && delim == preferredDelim {
			args[i] = "--array-delimiter='|'"
		}
		// filepath.Join cleaned the quotes away from "$here"/file.csv.
		if k, v, ok := strings.Cut(a, "=\"$here\"/"); ok {
			args[i] = k + `="$here/` + v + `"`
		}
	}
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Imports the CSV files beside this script into an empty database with
# neo4j-admin (Neo4j 5): ./import.sh [DATABASE]   (default: neo4j)
# The DBMS must be stopped, or the database must not exist yet; add
# --overwrite-destination=true to replace an existing one. The import makes
# no constraints: run constraints.cypher once the database is started.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
exec neo4j-admin `)
	b.WriteString(strings.Join(args[:4], " ") + " \\\n  ")
	b.WriteString(strings.Join(args[4:], " \\\n  "))
	b.WriteString("\n")
	return []byte(b.String())
}
