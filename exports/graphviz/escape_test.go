package graphviz

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuote(t *testing.T) {
	tests := []struct {
		name, in, want, wantTip string
	}{
		{"plain", "Abdel Fattah al-Burhan", `"Abdel Fattah al-Burhan"`, `"Abdel Fattah al-Burhan"`},
		{"empty", "", `""`, `""`},
		{"quotes", `say "hi"`, `"say \"hi\""`, `"say \"hi\""`},
		{"backslash", `C:\Temp`, `"C:\\Temp"`, `"C:\\\\Temp"`},
		{"backslash before quote", `a\"b`, `"a\\\"b"`, `"a\\\\\"b"`},
		{"trailing backslash", `a\`, `"a\\"`, `"a\\\\"`},
		{"newline", "a\nb", `"a\nb"`, `"a\nb"`},
		{"ampersand", "A & B", `"A &amp; B"`, `"A &amp; B"`},
		{"entity look-alike", "&eacute;&#233;", `"&amp;eacute;&amp;#233;"`, `"&amp;eacute;&amp;#233;"`},
		{"latin", "Côte", `"C&#244;te"`, `"C&#244;te"`},
		{"arabic", "محمد", `"&#1605;&#1581;&#1605;&#1583;"`, `"&#1605;&#1581;&#1605;&#1583;"`},
		{"astral", "😀", `"&#128512;"`, `"&#128512;"`},
		{"controls", "a\tb\rc\x00d\x7f", `"a b c d "`, `"a b c d "`},
		{"invalid utf-8", "a\xffb", `"a&#65533;b"`, `"a&#65533;b"`},
		{"html", "<b>", `"<b>"`, `"<b>"`},
		{"dot keywords", "node -> edge; }", `"node -> edge; }"`, `"node -> edge; }"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Quote(tt.in); got != tt.want {
				t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
			}
			if got := QuoteTooltip(tt.in); got != tt.wantTip {
				t.Errorf("QuoteTooltip(%q) = %s, want %s", tt.in, got, tt.wantTip)
			}
		})
	}
}

// normalize is what Quote promises to keep of s: valid UTF-8, no control
// characters but the newline.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range []rune(s) { // one U+FFFD per invalid byte, as Quote
		if (r < 0x20 && r != '\n') || r == 0x7f {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// decodeLabel reads a label the way Graphviz does once the DOT lexer is
// done: entities, then the \\ and \n escapes.
func decodeLabel(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && (s[i+1] == '\\' || s[i+1] == '"'):
			b.WriteByte(s[i+1])
			i++
		case c == '\\' && i+1 < len(s) && s[i+1] == 'n':
			b.WriteByte('\n')
			i++
		case c == '&':
			end := strings.IndexByte(s[i:], ';')
			if end < 0 {
				return "", fmt.Errorf("bare & at %d", i)
			}
			ent := s[i+1 : i+end]
			switch {
			case ent == "amp":
				b.WriteByte('&')
			case strings.HasPrefix(ent, "#"):
				n, err := strconv.Atoi(ent[1:])
				if err != nil || !utf8.ValidRune(rune(n)) && n != utf8.RuneError {
					return "", fmt.Errorf("bad entity %q", ent)
				}
				b.WriteRune(rune(n))
			default:
				return "", fmt.Errorf("unexpected entity %q", ent)
			}
			i += end
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return "", fmt.Errorf("raw %q at %d", c, i)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// FuzzQuote checks that whatever the input, Graphviz parses the quoted
// string back as a label (through go-graphviz's ParseBytes), that the value
// it holds is the escaped text, and that decoding it gives the input back.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", `a"b`, `\`, `\"`, "a\nb", "&amp;", "Côte d’Ivoire", "\xff\xfe", "}\n]", `\N\G\T`, "&#", "a\\\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		for i := 0; i < len(q); i++ {
			if q[i] < 0x20 || q[i] >= 0x7f {
				t.Fatalf("Quote(%q) = %s holds byte %#x", s, q, q[i])
			}
		}
		// comment: an attribute Graphviz stores as read (go-graphviz sets an
		// empty label to \N).
		got, err := parseDOT([]byte("digraph { a [comment="+q+"]; }"), "a", "comment")
		if err != nil {
			t.Fatalf("Quote(%q) = %s does not parse: %v", s, q, err)
		}
		// The lexer only turns \" into ".
		if want := strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`); got != want {
			t.Fatalf("Quote(%q) = %s parses as %q, want %q", s, q, got, want)
		}
		back, err := decodeLabel(q[1 : len(q)-1])
		if err != nil {
			t.Fatalf("Quote(%q) = %s: %v", s, q, err)
		}
		if want := normalize(s); back != want {
			t.Fatalf("Quote(%q) = %s decodes to %q, want %q", s, q, back, want)
		}
	})
}
