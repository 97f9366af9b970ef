package load

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// record is one line of a JSON Lines file. Other fields are ignored. Besides
// our own names it takes the ones common news dumps use (news-please's
// maintext, body, content, headline, link, published), so a scraped corpus
// loads without a conversion step; where a line has several, the first in
// the order of textFields wins.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Body      *string         `json:"body"`
	Content   *string         `json:"content"`
	Article   *string         `json:"article"`
	MainText  *string         `json:"maintext"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Date      string          `json:"date"`
	Published string          `json:"published"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
}

// text is the article text under the first text field that has some, or
// else under the first one present (an empty article is a warning, not an
// error).
func (r *record) text() *string {
	var present *string
	for _, t := range []*string{r.Text, r.Body, r.Content, r.Article, r.MainText} {
		if t != nil && !isBlank(*t) {
			return t
		}
		if present == nil {
			present = t
		}
	}
	return present
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// readJSONL yields one article per non-blank line of r, reading one line at
// a time (bufio.Reader grows to the longest line, with no cap: a line is one
// article, and must be whole to be decoded). A bad line is an error naming
// its line; reading goes on with the next.
func readJSONL(r *bufio.Reader, path, fileID string, yield func(Document, error) bool) bool {
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			d, lerr := jsonLine(line, path, fileID, n)
			if lerr != nil || d.ID != "" {
				if !yield(d, lerr) {
					return false
				}
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Document{}, &Error{Path: path, Line: n, Err: err})
		}
	}
}

// jsonLine decodes line n; a blank line gives a zero Document and no error.
func jsonLine(line []byte, path, fileID string, n int) (Document, error) {
	raw := line
	line = bytes.TrimSpace(line)
	if n == 1 {
		line = bytes.TrimPrefix(line, bom)
	}
	if len(line) == 0 {
		return Document{}, nil
	}
	fail := func(err error) (Document, error) { return Document{}, &Error{Path: path, Line: n, Err: err} }
	if line[0] != '{' {
		return fail(fmt.Errorf("%w: line is not a JSON object", ErrMalformed))
	}
	var warns []Warning
	if !utf8.Valid(line) {
		// encoding/json replaces bad bytes with U+FFFD itself; say so.
		_, msg := repair(line)
		warns = append(warns, Warning{Path: path, Line: n, Msg: msg})
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fail(fmt.Errorf("%w: field %q is a JSON %s, want a string", ErrMalformed, te.Field, te.Value))
		}
		return fail(fmt.Errorf("%w: %v", ErrMalformed, err))
	}
	text := rec.text()
	if text == nil {
		return fail(ErrNoText)
	}
	id, err := jsonID(rec.ID)
	if err != nil {
		return fail(err)
	}
	if id == "" {
		id = fileID + "#" + strconv.Itoa(n)
	}
	d := Document{ID: id, Path: path,
		Title:  firstNonEmpty(rec.Title, rec.Headline),
		Date:   firstNonEmpty(rec.Date, rec.Published),
		URL:    firstNonEmpty(rec.URL, rec.Link),
		SHA256: hash(bytes.TrimRight(raw, "\r\n")), Text: *text, Warnings: warns}
	if d.Title == "" {
		d.Title = headline(d.Text)
	}
	if isBlank(d.Text) {
		d.Warnings = append(d.Warnings, Warning{Path: path, Line: n, Msg: "no article text"})
	}
	return d, nil
}

// jsonID accepts an id given as a string or a number (kept as written).
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: id: %v", ErrMalformed, err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: field \"id\" must be a string or a number", ErrMalformed)
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }
