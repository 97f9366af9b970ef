package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// row is one entity as written in a table: the parsed form of one TSV line
// or one YAML item.
type row struct {
	kind     Kind
	capital  bool
	name     string
	aliases  []string
	key      string
	country  string
	pop      int
	title    string
	demonyms []string
}

// ParseError is a malformed line of a table or user file.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// kindOf maps the first column to a kind. Types are accepted as well as
// kinds so that user files can say "place" or "group".
func kindOf(s string) (k Kind, capital, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "country":
		return KindCountry, false, true
	case "demonym":
		return KindDemonym, false, true
	case "city", "place":
		return KindCity, false, true
	case "capital":
		return KindCity, true, true
	case "admin1", "province", "state":
		return KindAdmin1, false, true
	case "region", "feature":
		return KindRegion, false, true
	case "org", "organisation", "organization":
		return KindOrg, false, true
	case "group":
		return KindGroup, false, true
	case "community":
		return KindCommunity, false, true
	case "person":
		return KindPerson, false, true
	}
	return "", false, false
}

// typeOf is the entity type of a kind (DESIGN.md types).
func typeOf(k Kind) string {
	switch k {
	case KindCountry, KindDemonym:
		return "country"
	case KindCity, KindAdmin1, KindRegion:
		return "place"
	case KindOrg, KindGroup, KindCommunity:
		return "group"
	case KindPerson:
		return "person"
	}
	return "place"
}

func splitList(s string) []string {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	out := strings.Split(s, "|")
	n := 0
	for _, a := range out {
		if a = strings.TrimSpace(a); a != "" {
			out[n] = a
			n++
		}
	}
	return out[:n]
}

// parseTSV reads rows in the table format (see the package doc). file names
// the source in errors. Blank lines and lines starting with '#' are skipped.
func parseTSV(file string, r io.Reader, fn func(row) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 {
			return &ParseError{file, line, "want at least 2 tab-separated columns: type, name"}
		}
		if len(cols) > 8 {
			return &ParseError{file, line, fmt.Sprintf("%d columns, want at most 8", len(cols))}
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		k, capital, ok := kindOf(cols[0])
		if !ok {
			return &ParseError{file, line, fmt.Sprintf("unknown type %q", cols[0])}
		}
		rw := row{kind: k, capital: capital, name: strings.TrimSpace(cols[1]), aliases: splitList(cols[2]),
			key: strings.TrimSpace(cols[3]), country: strings.TrimSpace(cols[4]), title: strings.TrimSpace(cols[6]),
			demonyms: splitList(cols[7])}
		if rw.name == "" || len(Parts(rw.name)) == 0 {
			return &ParseError{file, line, "empty name"}
		}
		if p := strings.TrimSpace(cols[5]); p != "" {
			n, err := strconv.Atoi(p)
			if err != nil || n < 0 {
				return &ParseError{file, line, fmt.Sprintf("bad population %q", p)}
			}
			rw.pop = n
		}
		if err := fn(rw); err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				return err
			}
			return &ParseError{file, line, err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", file, line, err)
	}
	return nil
}

// defaultKey is "<type>:<slug of name>".
func defaultKey(k Kind, name string) string { return typeOf(k) + ":" + textnorm.Slug(name) }

// openData returns the bytes of an embedded table, gunzipped if its name
// ends in .gz.
func openData(name string, b []byte) (io.Reader, error) {
	if !strings.HasSuffix(name, ".gz") {
		return bytes.NewReader(b), nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", name, err)
	}
	return zr, nil
}
