package load

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// collect drains a sequence into documents and errors, in order.
func collect(seq func(func(Document, error) bool)) ([]Document, []error) {
	var docs []Document
	var errs []error
	for d, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func loadOne(t *testing.T, name, src string) Document {
	t.Helper()
	docs, errs := collect(FS(fstest.MapFS{name: {Data: []byte(src)}}, name))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("load %s: docs %d, errors %v", name, len(docs), errs)
	}
	return docs[0]
}

// checkSpans asserts that each want string sits in text where it sits in
// src: offsets found in the source hold in the loaded text.
func checkSpans(t *testing.T, src, text string, wants []string) {
	t.Helper()
	for _, w := range wants {
		start := strings.Index(src, w)
		if start < 0 {
			t.Fatalf("test bug: %q not in source", w)
		}
		end := start + len(w)
		if end > len(text) || text[start:end] != w {
			t.Errorf("text[%d:%d] = %q, want %q", start, end, safeSlice(text, start, end), w)
		}
	}
}

func safeSlice(s string, i, j int) string {
	return s[min(i, len(s)):min(j, len(s))]
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name, file, src               string
		id, title, date, url, text    string // text "" means: not checked
		contains, excludes, samePlace []string
	}{{
		name: "plain text with headline",
		file: "a.txt",
		src:  "Leaders Meet in Ankara\n\nThe president of France met the Turkish foreign minister.\n",
		id:   "a.txt", title: "Leaders Meet in Ankara",
		text: "Leaders Meet in Ankara\n\nThe president of France met the Turkish foreign minister.\n",
	}, {
		name: "plain text starting with a sentence has no title",
		file: "b.text",
		src:  "The president of France met the Turkish foreign minister.\nMore text.",
		id:   "b.text", title: "",
		text: "The president of France met the Turkish foreign minister.\nMore text.",
	}, {
		name: "byte-order mark dropped",
		file: "bom.txt",
		src:  "\xef\xbb\xbfTalks in Oslo\n\nBody.",
		id:   "bom.txt", title: "Talks in Oslo", text: "Talks in Oslo\n\nBody.",
	}, {
		name: "markdown: markup blanked, offsets kept",
		file: "m.md",
		src: "# Ministers meet in **Cairo** #\n\n> The talks were *constructive*, said a [spokesperson](https://example.org/x \"t\").\n\n" +
			"- Egypt\n- Jordan\n\n1. First point here\n\n```\ncode stays\n```\n\nsnake_case and 2*3 stay. ![map](m.png) <br/> `code`\n\n---\n",
		id: "m.md", title: "Ministers meet in   Cairo",
		contains:  []string{"The talks were  constructive , said a  spokesperson ", "snake_case and 2*3 stay."},
		excludes:  []string{"#", "**", "](", "https://", "```", "![", "<br/>", "`", "---", "> "},
		samePlace: []string{"Ministers meet in", "Cairo", "constructive", "spokesperson", "Egypt", "Jordan", "First point here", "code stays", "snake_case"},
	}, {
		name: "markdown front matter",
		file: "f.markdown",
		src:  "---\ntitle: \"Ceasefire Holds\"\ndate: 2025-03-22\nurl: https://example.org/c\n---\n\nThe ceasefire held on Sunday.\n",
		id:   "f.markdown", title: "Ceasefire Holds", date: "2025-03-22", url: "https://example.org/c",
		excludes:  []string{"title:", "---"},
		samePlace: []string{"The ceasefire held on Sunday."},
	}, {
		name: "markdown setext heading",
		file: "s.md",
		src:  "Talks Resume\n============\n\nDiplomats met again.\n",
		id:   "s.md", title: "Talks Resume",
		excludes:  []string{"==="},
		samePlace: []string{"Talks Resume", "Diplomats met again."},
	}, {
		name: "html article",
		file: "news/p.html",
		src:  pageHTML,
		id:   "p.html", title: "Leaders Meet in Ankara", date: "2025-03-22", url: "https://example.com/a/1",
		contains: []string{
			"The president of France met the foreign minister of Turkey in Ankara on Monday",
			"soon.\n\nBoth sides agreed to meet again next month in Paris.",
			"described the talks as constructive and said",
		},
		excludes: []string{"Scroll to Top", "Leave a Comment", "Post Comment", "Home", "Sport", "var x", "Share", "Copyright", "<"},
	}, {
		name: "html fragment with too little for readability falls back to body",
		file: "frag.htm",
		src:  "<p>Short note.</p><p>Second line.</p>",
		id:   "frag.htm", text: "Short note.\n\nSecond line.",
	}, {
		name: "html in a declared legacy charset is decoded, not repaired",
		file: "cp.html",
		src:  "<html><head><meta charset=\"windows-1252\"></head><body><p>Talks in Gen\xe8ve \x96 day two.</p></body></html>",
		id:   "cp.html", text: "Talks in Genève – day two.",
	}, {
		name: "unknown extension sniffed as html",
		file: "page",
		src:  "  <html><body><p>Sniffed page text.</p></body></html>",
		id:   "page", text: "Sniffed page text.",
	}, {
		name: "unknown extension sniffed as text",
		file: "notes",
		src:  "Just text, with a comma, and a period.",
		id:   "notes", text: "Just text, with a comma, and a period.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, tt.file, tt.src)
			if d.ID != tt.id || d.Title != tt.title || d.Date != tt.date || d.URL != tt.url {
				t.Errorf("got id %q title %q date %q url %q, want %q %q %q %q", d.ID, d.Title, d.Date, d.URL, tt.id, tt.title, tt.date, tt.url)
			}
			if d.Path != tt.file {
				t.Errorf("path %q, want %q", d.Path, tt.file)
			}
			if tt.text != "" && d.Text != tt.text {
				t.Errorf("text\n%q\nwant\n%q", d.Text, tt.text)
			}
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.excludes {
				if strings.Contains(d.Text, s) {
					t.Errorf("text has %q:\n%s", s, d.Text)
				}
			}
			if tt.samePlace != nil {
				if len(d.Text) != len(tt.src) {
					t.Errorf("len(text) = %d, want source length %d", len(d.Text), len(tt.src))
				}
				checkSpans(t, tt.src, d.Text, tt.samePlace)
			}
			if len(d.SHA256) != 64 {
				t.Errorf("sha256 %q", d.SHA256)
			}
			if len(d.Warnings) != 0 {
				t.Errorf("warnings %v", d.Warnings)
			}
		})
	}
}

const pageHTML = `<!DOCTYPE html><html><head><title>Leaders Meet in Ankara | World News</title>
<link rel="canonical" href="https://example.com/a/1">
<meta property="article:published_time" content="2025-03-22T10:00:00Z">
<script>var x = "Scroll to Top";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Leaders Meet in Ankara</h1>
<p>The president of France met the foreign minister of Turkey in Ankara on Monday, officials said. The talks covered trade, security and the situation in the region, according to a statement released soon.</p>
<p>Both sides agreed to meet again next month in Paris. A spokesperson described the talks as <b>constructive</b>
and said further steps would follow.</p>
<p>Share</p>
</article>
<div class="comments"><h3>Leave a Comment</h3><form><textarea></textarea><button>Post Comment</button></form></div>
<footer>Copyright. <a href="#top">Scroll to Top</a></footer>
</body></html>`

func TestHTMLPage(t *testing.T) {
	// A blog page: navigation, share buttons, comment form, sidebar and
	// "Scroll to Top" around a three-paragraph article.
	docs, errs := collect(Documents([]string{"testdata/wordpress.html"}))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatal(docs, errs)
	}
	d := docs[0]
	want := "The foreign ministers of Saudi Arabia and Iran met in Riyadh on Monday to discuss regional security, the two governments said in a joint statement issued after the talks.\n\n" +
		"The meeting followed months of contacts mediated by China and Oman. Officials said the ministers agreed to reopen consulates and to resume flights between the two countries.\n\n" +
		"Reactions\n\n" +
		"The United Nations welcomed the meeting. Diplomats in the region said the talks could ease tensions in Yemen, where a ceasefire has largely held since last year."
	if d.Text != want {
		t.Errorf("text\n%s\nwant\n%s", d.Text, want)
	}
	if d.ID != "wordpress.html" || d.Title != "Foreign Ministers Meet in Riyadh" || d.Date != "2025-03-10" || d.URL != "https://monitor.example/2025/03/ministers-riyadh/" {
		t.Errorf("id %q title %q date %q url %q", d.ID, d.Title, d.Date, d.URL)
	}
}

func TestJSONL(t *testing.T) {
	long := strings.Repeat("word ", 50_000) // 250 KB: beyond bufio.Scanner's default 64 KB
	src := `{"id": "a1", "text": "Officials met in Geneva.", "title": "T", "date": "2025-01-02", "url": "https://x.org/a1", "extra": [1]}` + "\n" +
		"\n" +
		`{"text": "No id here.\nSecond line."}` + "\r\n" +
		`{"id": 42, "text": "Numeric id."}` + "\n" +
		`{"text": "` + long + `"}` // no final newline
	docs, errs := collect(FS(fstest.MapFS{"in/feed.jsonl": {Data: []byte(src)}}, "in"))
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := []struct{ id, title, text string }{
		{"a1", "T", "Officials met in Geneva."},
		{"feed.jsonl#3", "", "No id here.\nSecond line."}, // a first line ending with a period is no headline
		{"42", "", "Numeric id."},
		{"feed.jsonl#5", "", long},
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id || d.Title != w.title || d.Text != w.text || d.Path != "in/feed.jsonl" {
			t.Errorf("doc %d: id %q title %q path %q text %.40q", i, d.ID, d.Title, d.Path, d.Text)
		}
	}
	if docs[0].Date != "2025-01-02" || docs[0].URL != "https://x.org/a1" {
		t.Errorf("date %q url %q", docs[0].Date, docs[0].URL)
	}
	if docs[0].SHA256 == docs[1].SHA256 {
		t.Error("lines share a sha256")
	}
}

// TestJSONLFieldNames: dumps from common news crawlers name their fields
// otherwise; the first text field in our order wins.
func TestJSONLFieldNames(t *testing.T) {
	cases := []struct {
		name, line             string
		text, title, date, url string
	}{
		{"ours", `{"text":"A.","title":"T","date":"D","url":"U"}`, "A.", "T", "D", "U"},
		{"body", `{"body":"B.","headline":"H","published":"P","link":"L"}`, "B.", "H", "P", "L"},
		{"content", `{"content":"C."}`, "C.", "", "", ""},
		{"article", `{"article":"R."}`, "R.", "", "", ""},
		{"news-please", `{"maintext":"M.","title":"T","date_publish":"x"}`, "M.", "T", "", ""},
		{"text wins", `{"content":"C.","text":"A.","title":"T","headline":"H"}`, "A.", "T", "", ""},
		{"body before content", `{"content":"C.","body":"B."}`, "B.", "", "", ""},
		{"blank text gives way", `{"text":" ","body":"B."}`, "B.", "", "", ""},
		{"all blank", `{"text":"","body":" "}`, "", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(FS(fstest.MapFS{"in/f.jsonl": {Data: []byte(tc.line + "\n")}}, "in"))
			if len(errs) != 0 || len(docs) != 1 {
				t.Fatalf("docs %d errs %v", len(docs), errs)
			}
			d := docs[0]
			if d.Text != tc.text || d.Title != tc.title || d.Date != tc.date || d.URL != tc.url {
				t.Errorf("got text %q title %q date %q url %q, want %q %q %q %q",
					d.Text, d.Title, d.Date, d.URL, tc.text, tc.title, tc.date, tc.url)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"bin.txt":           {Data: []byte("GIF89a\x00\x01\x02\x00")},
		"noise.txt":         {Data: []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10 ab")},
		"late-nul.txt":      {Data: []byte(strings.Repeat("a", sniffSize+10) + "\x00")},
		"bad.jsonl":         {Data: []byte("{\"text\": \"ok\"}\n{\"text\": \"cut\n{\"text\": \"ok\"}\n")},
		"notext.jsonl":      {Data: []byte("{\"id\": \"x\"}\n")},
		"nulltext.jsonl":    {Data: []byte("{\"text\": null}\n")},
		"array.jsonl":       {Data: []byte("{\"text\": \"ok\"}\n[1, 2]\n")},
		"badid.jsonl":       {Data: []byte("{\"id\": {\"a\": 1}, \"text\": \"t\"}\n")},
		"badtitle.jsonl":    {Data: []byte("{\"title\": 7, \"text\": \"t\"}\n")},
		"trailing.jsonl":    {Data: []byte("{\"text\": \"t\"} x\n")},
		"empty/README":      {Data: []byte("not an article")},
		"empty/.hidden.txt": {Data: []byte("hidden")},
		"denied.txt":        {Data: []byte("text")},
	}
	tests := []struct {
		root string
		kind error  // errors.Is target
		msg  string // the whole message
	}{
		{"missing.txt", fs.ErrNotExist, "missing.txt: file does not exist"},
		{"bin.txt", ErrBinary, "bin.txt: binary file, not text (NUL bytes)"},
		{"noise.txt", ErrBinary, "noise.txt: binary file, not text (mostly non-text bytes)"},
		{"late-nul.txt", ErrBinary, "late-nul.txt: binary file, not text (NUL bytes)"},
		{"bad.jsonl", ErrMalformed, "bad.jsonl:2: malformed JSON: unexpected end of JSON input"},
		{"notext.jsonl", ErrNoText, `notext.jsonl:1: no "text" field (nor "body", "content", "article", "maintext")`},
		{"nulltext.jsonl", ErrNoText, `nulltext.jsonl:1: no "text" field (nor "body", "content", "article", "maintext")`},
		{"array.jsonl", ErrMalformed, "array.jsonl:2: malformed JSON: line is not a JSON object"},
		{"badid.jsonl", ErrMalformed, `badid.jsonl:1: malformed JSON: field "id" must be a string or a number`},
		{"badtitle.jsonl", ErrMalformed, `badtitle.jsonl:1: malformed JSON: field "title" is a JSON number, want a string`},
		{"trailing.jsonl", ErrMalformed, "trailing.jsonl:1: malformed JSON: invalid character 'x' after top-level value"},
		{"empty", ErrNoArticles, "empty: no articles (.txt, .md, .html, .jsonl) in folder"},
		{"denied.txt", fs.ErrPermission, "denied.txt: permission denied"},
	}
	for _, tt := range tests {
		t.Run(tt.root, func(t *testing.T) {
			_, errs := collect(FS(deniedFS{fsys}, tt.root))
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			err := errs[0]
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v is not %v", err, tt.kind)
			}
			var le *Error
			if !errors.As(err, &le) || le.Path != tt.root {
				t.Errorf("error %v: not an *Error for %s", err, tt.root)
			}
			if err.Error() != tt.msg {
				t.Errorf("message\n%s\nwant\n%s", err, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("message spans lines: %q", err)
			}
		})
	}
}

// deniedFS refuses to open files named denied*, as a file without read
// permission does (tests may run as root, for whom chmod denies nothing).
type deniedFS struct{ fs.FS }

func (d deniedFS) Open(name string) (fs.File, error) {
	if strings.HasPrefix(filepath.Base(name), "denied") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestErrorsGoOn(t *testing.T) {
	// After a bad line the rest of the file is read: the caller decides.
	docs, errs := collect(FS(fstest.MapFS{"f.jsonl": {Data: []byte("{\"text\": \"a\"}\n{oops\n{\"text\": \"c\"}\n")}}, "f.jsonl"))
	if len(errs) != 1 || len(docs) != 2 || docs[1].ID != "f.jsonl#3" {
		t.Errorf("docs %v errors %v", docs, errs)
	}
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		file, src, text string
		warn            string
	}{
		{"l.txt", "Gen\xe8ve talks\n", "Gen\uFFFDve talks\n", "l.txt: invalid UTF-8 (first at byte 3) replaced with U+FFFD"},
		{"l.jsonl", "{\"text\": \"Gen\xe8ve\"}\n", "Gen\uFFFDve", "l.jsonl:1: invalid UTF-8 (first at byte 13) replaced with U+FFFD"},
		{"e.txt", "  \n\n", "  \n\n", "e.txt: no article text"},
		{"e.jsonl", "{\"text\": \"\"}", "", "e.jsonl:1: no article text"},
		{"e.html", "<html><body><nav>Home</nav></body></html>", "", "e.html: no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := loadOne(t, tt.file, tt.src)
			if d.Text != tt.text {
				t.Errorf("text %q, want %q", d.Text, tt.text)
			}
			if len(d.Warnings) != 1 || d.Warnings[0].String() != tt.warn {
				t.Errorf("warnings %v, want [%s]", d.Warnings, tt.warn)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks Collapse in Doha\n\nBody.", "Talks Collapse in Doha"},
		{"\n\n  Is a Truce Near?  \nBody.", "Is a Truce Near?"},
		{"Officials met on Monday.\nBody.", ""},
		{"“He said it.”\nBody", ""},
		{"Sources:\n- a", ""},
		{"2025-03-22\nBody", ""},
		{strings.Repeat("Long ", 40) + "\nBody", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := headline(tt.text); got != tt.want {
			t.Errorf("headline(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want Format
	}{
		{`{"text": "a"}`, JSONL},
		{"\xef\xbb\xbf \n {", JSONL},
		{"<!DOCTYPE html>", HTML},
		{"\t<p>", HTML},
		{"# Title", Text},
		{"", Text},
		{"Plain", Text},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestFolderOrderAndIDs(t *testing.T) {
	dir := t.TempDir()
	files := []string{"b/z.txt", "a.md", "b/a.html", "c.jsonl", "a b.txt", ".git/x.txt", "b/.hidden.txt", "notes.pdf"}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		src := "Text of " + f + "."
		if strings.HasSuffix(f, ".jsonl") {
			src = `{"text": "one"}` + "\n" + `{"id": "x", "text": "two"}` + "\n"
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"a b.txt", "a.md", "b/a.html", "b/z.txt", "c.jsonl#1", "x"}
	for range 2 { // the same both times
		docs, errs := collect(Documents([]string{dir}))
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
			if !strings.HasPrefix(d.Path, dir) {
				t.Errorf("path %q outside %s", d.Path, dir)
			}
		}
		if !slices.Equal(ids, want) {
			t.Errorf("ids %q, want %q", ids, want)
		}
	}
	// A symbolic link to the folder walks the folder, under the link's name.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	docs, errs := collect(Documents([]string{link}))
	if len(errs) > 0 || len(docs) != len(want) || docs[0].Path != filepath.Join(link, "a b.txt") {
		t.Errorf("via symlink: %d docs, errors %v, first %+v", len(docs), errs, docs[0])
	}
	// A file named explicitly: its base name; paths in the order given.
	docs, _ = collect(Documents([]string{filepath.Join(dir, "b", "z.txt"), filepath.Join(dir, "a.md")}))
	if len(docs) != 2 || docs[0].ID != "z.txt" || docs[1].ID != "a.md" {
		t.Errorf("docs %+v", docs)
	}
}

func TestOSErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.txt")
	_, errs := collect(Documents([]string{missing}))
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) || errs[0].Error() != missing+": no such file or directory" {
		t.Errorf("errors %v", errs)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: file permissions deny nothing, TestErrors covers it through deniedFS")
		return
	}
	denied := filepath.Join(dir, "denied.txt")
	if err := os.WriteFile(denied, []byte("text"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, errs = collect(Documents([]string{denied}))
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrPermission) || errs[0].Error() != denied+": permission denied" {
		t.Errorf("errors %v", errs)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		src  string
		ids  []string
		text string
	}{
		{"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", []string{"stdin#1", "stdin#2"}, "a"},
		{"<html><body><p>Page.</p></body></html>", []string{"stdin"}, "Page."},
		{"Plain text.", []string{"stdin"}, "Plain text."},
	}
	for _, tt := range tests {
		f, err := os.CreateTemp(t.TempDir(), "stdin")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(f, tt.src); err != nil {
			t.Fatal(err)
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		old := os.Stdin
		os.Stdin = f
		docs, errs := collect(Documents([]string{"-"}))
		os.Stdin = old
		f.Close()
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
			if d.Path != "-" {
				t.Errorf("path %q", d.Path)
			}
		}
		if len(errs) > 0 || !slices.Equal(ids, tt.ids) || docs[0].Text != tt.text {
			t.Errorf("%q: ids %q errors %v text %q", tt.src, ids, errs, docs[0].Text)
		}
	}
}

func TestStopEarly(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("a")}, "b.txt": {Data: []byte("b")}, "c.jsonl": {Data: []byte("{\"text\":\"1\"}\n{\"text\":\"2\"}\n")}}
	n := 0
	for range FS(fsys, ".") {
		n++
		if n == 3 {
			break // must not panic: the sequence honours yield's false
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
}

// endless is a JSON Lines file that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	line := []byte(`{"text": "Officials met in Geneva on Monday."}` + "\n")
	n := 0
	for n+len(line) <= len(p) {
		n += copy(p[n:], line)
	}
	if n == 0 {
		n = copy(p, line[:len(p)])
	}
	e.n += n
	return n, nil
}

func TestJSONLStreams(t *testing.T) {
	// Documents arrive while the file is still being read: a file larger
	// than memory loads, one line at a time.
	f := &endless{}
	big := entry{path: "big.jsonl", id: "big.jsonl", format: JSONL, open: func() (io.ReadCloser, error) { return io.NopCloser(f), nil }}
	n := 0
	yieldAll([]entry{big}, func(d Document, err error) bool {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n == 1000 && d.ID != "big.jsonl#1000" {
			t.Errorf("id %q", d.ID)
		}
		return n < 1000
	})
	if n != 1000 || f.n > 1<<20 {
		t.Errorf("%d documents, %d bytes read for 1000 short lines", n, f.n)
	}
}
