package graphviz

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quote returns s as a DOT quoted string (with the surrounding quotes) that
// Graphviz reads back as exactly s in labels and tooltips, and that keeps the
// DOT file pure printable ASCII whatever the input:
//
//   - `"` and `\` are backslash-escaped; a newline becomes the \n escape, so
//     a name never breaks the line it is on;
//   - `&` becomes &amp; and every non-ASCII rune a decimal entity (&#233;),
//     because Graphviz decodes entities in strings: a literal "&eacute;" in a
//     name must not turn into "é";
//   - other control characters (tab, carriage return, ...) become a space and
//     invalid UTF-8 becomes U+FFFD, as neither has a place in a picture and
//     XML 1.0 cannot carry most of them.
//
// Node names (DOT ids) are not unescaped by Graphviz the way labels are: a
// backslash in an id shows doubled in the SVG <title>; entities do decode.
// Tooltips need QuoteTooltip.
func Quote(s string) string { return quote(s, `\\`) }

// QuoteTooltip is Quote for tooltip attributes. Graphviz reads a tooltip's
// escapes twice (object substitution such as \T for the tail's name, then
// \n and friends), so one literal backslash takes four in the DOT file;
// with two, "C:\Temp" would show the tail node's name in place of "\T".
func QuoteTooltip(s string) string { return quote(s, `\\\\`) }

func quote(s, backslash string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(backslash)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '&':
			b.WriteString("&amp;")
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default: // includes utf8.RuneError for invalid bytes
			b.WriteString("&#")
			b.WriteString(strconv.Itoa(int(r)))
			b.WriteByte(';')
		}
	}
	b.WriteByte('"')
	return b.String()
}

// htmlEscape escapes s for an HTML-like label (the legend), with the same
// ASCII-only policy as Quote.
func htmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		default:
			b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		}
	}
	return b.String()
}
