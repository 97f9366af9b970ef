package load

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Format is the format of an article file.
type Format int

// Formats. Unknown means "sniff the content" (see Sniff).
const (
	Unknown Format = iota
	Text
	Markdown
	HTML
	JSONL
)

// String gives the format's name: "text", "markdown", "html", "jsonl".
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	case JSONL:
		return "jsonl"
	}
	return "unknown"
}

// FormatOf gives the format a file name's extension stands for, or Unknown.
func FormatOf(name string) Format {
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/"))) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".jsonl", ".ndjson":
		return JSONL
	}
	return Unknown
}

// Sniff guesses the format of content with no telling name (standard input,
// a file without a known extension) from its first bytes: JSON Lines if the
// first non-space byte is '{', HTML if it is '<', else plain text.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, bom)
	i := 0
	for i < len(head) && isSpace(head[i]) {
		i++
	}
	if i < len(head) {
		switch head[i] {
		case '{':
			return JSONL
		case '<':
			return HTML
		}
	}
	return Text
}

var bom = []byte("\xef\xbb\xbf")

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// sniffSize is how much of a file is looked at to sniff its format and tell
// text from binary.
const sniffSize = 8 << 10

// binary reports why a sample of a file is not text, or "". NUL never
// occurs in text; otherwise a file is binary when control characters and
// bytes that are not UTF-8 make up over a quarter of it. A Latin-1 article
// (a few stray high bytes) stays text and gets repaired with a warning.
func binary(sample []byte) string {
	if bytes.IndexByte(sample, 0) >= 0 {
		return "NUL bytes"
	}
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !isSpace(c) && c != 0x1b) || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && n <= 1 {
			// A rune cut by the end of the sample is not evidence.
			if !utf8.FullRune(sample[i:]) {
				break
			}
			bad++
		}
		i += n
	}
	if len(sample) > 0 && bad*4 > len(sample) {
		return "mostly non-text bytes"
	}
	return ""
}

// repair returns data as valid UTF-8 without a byte-order mark, and a
// warning message if it had to replace invalid bytes.
func repair(data []byte) (string, string) {
	data = bytes.TrimPrefix(data, bom)
	if utf8.Valid(data) {
		return string(data), ""
	}
	first := 0
	for first < len(data) {
		r, n := utf8.DecodeRune(data[first:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		first += n
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"),
		fmt.Sprintf("invalid UTF-8 (first at byte %d) replaced with U+FFFD", first)
}

func hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// readEntry reads one file and yields its article(s).
func readEntry(e entry, yield func(Document, error) bool) bool {
	f, err := e.open()
	if err != nil {
		return yield(Document{}, fileError(e.path, err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return yield(Document{}, fileError(e.path, err))
	}
	if why := binary(head); why != "" {
		return yield(Document{}, &Error{Path: e.path, Err: fmt.Errorf("%w (%s)", ErrBinary, why)})
	}
	format := e.format
	if format == Unknown {
		format = Sniff(head)
	}
	if format == JSONL {
		return readJSONL(br, e.path, e.id, yield)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return yield(Document{}, fileError(e.path, err))
	}
	// The sample was clean; a NUL further on still means binary.
	if bytes.IndexByte(data, 0) >= 0 {
		return yield(Document{}, &Error{Path: e.path, Err: fmt.Errorf("%w (NUL bytes)", ErrBinary)})
	}
	d := Document{ID: e.id, Path: e.path, SHA256: hash(data)}
	if format == HTML {
		data = decodeDeclared(data)
	}
	text, warn := repair(data)
	if warn != "" {
		d.Warnings = append(d.Warnings, Warning{Path: e.path, Msg: warn})
	}
	switch format {
	case Markdown:
		d.Text, d.Title, d.Date, d.URL = markdown(text)
	case HTML:
		a, err := extractHTML(text)
		if err != nil {
			return yield(Document{}, &Error{Path: e.path, Err: err})
		}
		d.Text, d.Title, d.Date, d.URL = a.text, a.title, a.date, a.url
	default:
		d.Text, d.Title = text, headline(text)
	}
	if strings.TrimSpace(d.Text) == "" {
		d.Warnings = append(d.Warnings, Warning{Path: e.path, Msg: "no article text"})
	}
	return yield(d, nil)
}

// decodeDeclared converts a page that is not UTF-8 but declares its
// charset (<meta charset="windows-1251">) to UTF-8; anything else is left
// for repair to mend and report.
func decodeDeclared(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	head := data[:min(len(data), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}
