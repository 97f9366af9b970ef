package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Summary is score.py's last line:
//
//	entity F1 0.xxx (P 0.xxx R 0.xxx, splits N) | relation F1 0.xxx (P 0.xxx R 0.xxx, forbidden N)
func (r *Report) Summary() string {
	e, l := r.Entities, r.Relations
	return fmt.Sprintf("entity F1 %.3f (P %.3f R %.3f, splits %d) | relation F1 %.3f (P %.3f R %.3f, forbidden %d)",
		e.F1, e.Precision, e.Recall, e.Splits, l.F1, l.Precision, l.Recall, l.Forbidden)
}

// JSON returns the report as score.py --json prints it (keys in the same
// order, numbers rounded to three places), on one line without a newline.
func (r *Report) JSON() string { return r.json(false) }

// IndentedJSON returns the report as score.py prints it without --json
// (json.dumps with indent=1).
func (r *Report) IndentedJSON() string { return r.json(true) }

// WriteText writes what score.py writes: the indented JSON, with verbose the
// lists of misses and errors, then the summary line.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	var b strings.Builder
	b.WriteString(r.IndentedJSON() + "\n")
	if verbose {
		fmt.Fprintf(&b, "missed entities: %s\n", pyList(r.MissedEntities))
		fmt.Fprintf(&b, "spurious entities: %s\n", pyList(r.SpuriousEntities))
		fmt.Fprintf(&b, "wrong type: %s\n", pyList(r.WrongType))
		parts := make([]string, len(r.Splits))
		for i, s := range r.Splits {
			parts[i] = pyStr(s.Gold) + ": " + pyList(s.Nodes)
		}
		fmt.Fprintf(&b, "splits: {%s}\n", strings.Join(parts, ", "))
		fmt.Fprintf(&b, "missed relations: %s\n", pyList(r.MissedRelations))
		fmt.Fprintf(&b, "spurious relations: %s\n", pyList(r.SpuriousRelations))
		fmt.Fprintf(&b, "forbidden asserted: %s\n", pyList(r.ForbiddenAsserted))
	}
	b.WriteString(r.Summary() + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes what score.py --json writes: the one-line JSON, then the
// summary line.
func (r *Report) WriteJSON(w io.Writer) error {
	_, err := io.WriteString(w, r.JSON()+"\n"+r.Summary()+"\n")
	return err
}

// kv is one key of an ordered JSON object; v is an int, a float64 or []kv.
type kv struct {
	k string
	v any
}

func (r *Report) tree() []kv {
	e := r.Entities
	out := []kv{{"entities", []kv{
		{"precision", e.Precision}, {"recall", e.Recall}, {"f1", e.F1},
		{"system", e.System}, {"gold", e.Gold}, {"splits", e.Splits}, {"wrong_type", e.WrongType},
	}}}
	for _, t := range r.Types {
		out = append(out, kv{t.Type, []kv{
			{"precision", t.Precision}, {"recall", t.Recall},
			{"tp", t.TP}, {"fp", t.FP}, {"gold", t.Gold}, {"found", t.Found},
		}})
	}
	l := r.Relations
	return append(out, kv{"relations", []kv{
		{"precision", l.Precision}, {"recall", l.Recall}, {"f1", l.F1}, {"forbidden", l.Forbidden},
	}})
}

// json renders the tree the way Python's json.dumps does: ", " and ": "
// separators on one line, or with indent=1 one key per line.
func (r *Report) json(indent bool) string {
	var b strings.Builder
	var obj func(items []kv, depth int)
	obj = func(items []kv, depth int) {
		b.WriteByte('{')
		for i, it := range items {
			if i > 0 {
				b.WriteByte(',')
				if !indent {
					b.WriteByte(' ')
				}
			}
			if indent {
				b.WriteString("\n" + strings.Repeat(" ", depth+1))
			}
			b.WriteString(strconv.Quote(it.k) + ": ")
			switch v := it.v.(type) {
			case []kv:
				obj(v, depth+1)
			case int:
				b.WriteString(strconv.Itoa(v))
			case float64:
				b.WriteString(pyFloat3(v))
			}
		}
		if indent && len(items) > 0 {
			b.WriteString("\n" + strings.Repeat(" ", depth))
		}
		b.WriteByte('}')
	}
	obj(r.tree(), 0)
	return b.String()
}

// pyFloat3 is repr(round(x, 3)): correctly rounded to three places (ties to
// even on the exact binary value, as both Python and strconv do), then the
// shortest form that reads back, with ".0" on whole numbers.
func pyFloat3(x float64) string {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEnN") {
		s += ".0"
	}
	return s
}

// pyList is repr() of a Python list of strings.
func pyList(items []string) string {
	parts := make([]string, len(items))
	for i, s := range items {
		parts[i] = pyStr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pyStr is repr() of a Python str: single quotes unless the text holds a
// single quote and no double quote; backslash, the quote and control
// characters that Python does not print (controls, format characters,
// spaces other than " ") escaped; others, non-ASCII included, as they are.
func pyStr(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == rune(q):
			b.WriteString(`\` + string(q))
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case unicode.IsPrint(c):
			b.WriteRune(c)
		case c <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
