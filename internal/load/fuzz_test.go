package load

import (
	"bufio"
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzLoadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Officials met.", "title": "T", "date": "2025-01-02", "url": "u"}`,
		"{\"text\": \"a\"}\n\n{\"id\": 7, \"text\": \"b\"}\r\n",
		`{"text": "cut`,
		`{"id": {}, "text": "x"}`,
		"{\"text\": \"Gen\xe8ve\"}",
		"[1]\n{}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		readJSONL(bufio.NewReader(bytes.NewReader(data)), "f.jsonl", "f.jsonl", func(d Document, err error) bool {
			if err != nil {
				var le *Error
				if !errors.As(err, &le) || le.Path != "f.jsonl" || le.Line < 1 || le.Line > lines {
					t.Fatalf("error %v without a valid line", err)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Fatalf("error spans lines: %q", err)
				}
				return true
			}
			if d.ID == "" || !utf8.ValidString(d.Text) || !utf8.ValidString(d.ID) {
				t.Fatalf("bad document %+v", d)
			}
			return true
		})
	})
}

func FuzzLoadHTML(f *testing.F) {
	for _, s := range []string{
		pageHTML,
		"<p>a</p><p>b</p>",
		"<html><head><title>T | S</title></head><body><h1>T</h1><pre> x\n y</pre><table><tr><td>a</td><td>b</td></tr></table></body></html>",
		"<div><br><br>text<br>more</div><!-- c --><script>x</script>",
		"<",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		src, _ = repair([]byte(src))
		a, err := extractHTML(src)
		if err != nil {
			return // a reported failure is fine; a panic is not
		}
		if !utf8.ValidString(a.text) || !utf8.ValidString(a.title) {
			t.Fatalf("invalid UTF-8: %q %q", a.title, a.text)
		}
		if strings.Contains(a.text, "\n\n\n") || a.text != strings.TrimSpace(a.text) {
			t.Fatalf("untidy text %q", a.text)
		}
		b, _ := extractHTML(src)
		if a != b {
			t.Fatalf("not deterministic: %+v vs %+v", a, b)
		}
	})
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"{", " <p>", "\xef\xbb\xbf{", "text", "", "\x00\x01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		got := Sniff(head)
		first := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n\f\v")
		want := Text
		if len(first) > 0 && first[0] == '{' {
			want = JSONL
		} else if len(first) > 0 && first[0] == '<' {
			want = HTML
		}
		if got != want {
			t.Fatalf("Sniff(%q) = %v, want %v", head, got, want)
		}
		_ = binary(head) // must not panic
	})
}

// FuzzMarkdown checks the promise offsets rely on: the text is as long as
// the source, and every byte is the source's byte or a blank.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# T #\n\n> *a* [b](c (d)) ![e](f) `g` <br> <https://x>\n- i\n1. j\n\n---\n",
		"---\ntitle: x\n---\nbody",
		"```\ncode\n```\n| a | b |\n|---|---|\n[r]: http://x\n\\*x\\*",
		"snake_case 2*3 ~~del~~ é*é",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		src, _ = repair([]byte(src))
		text, _, _, _ := markdown(src)
		if len(text) != len(src) {
			t.Fatalf("length %d, want %d", len(text), len(src))
		}
		for i := range len(src) {
			if text[i] != src[i] && text[i] != ' ' {
				t.Fatalf("byte %d is %q, source has %q", i, text[i], src[i])
			}
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 %q", text)
		}
	})
}
