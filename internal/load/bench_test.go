package load

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

func BenchmarkJSONL(b *testing.B) {
	var buf bytes.Buffer
	for range 1000 {
		buf.WriteString(`{"id": "x", "title": "Talks", "text": "` + strings.Repeat("The ministers met in Geneva on Monday. ", 50) + `"}` + "\n")
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		readJSONL(bufio.NewReader(bytes.NewReader(data)), "f.jsonl", "f.jsonl", func(Document, error) bool { return true })
	}
}

func BenchmarkHTML(b *testing.B) {
	page := strings.Replace(pageHTML, "<p>Share</p>", strings.Repeat("<p>The ministers met in Geneva on Monday, officials said.</p>\n", 100), 1)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := extractHTML(page); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	src := strings.Repeat("## Heading\n\nThe *ministers* met in [Geneva](https://example.org) on Monday.\n\n", 200)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		markdown(src)
	}
}
