package load

import (
	"fmt"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// article is what HTML extraction keeps of a page.
type article struct {
	text, title, date, url string
}

// extractHTML keeps the article of a web page: go-readability (a port of
// Firefox's Reader View) picks the main content by scoring the DOM, which
// drops navigation, scripts, comment forms and sidebars without a rule per
// site; our own walk then writes its text with paragraphs as blank lines
// (readability's TextContent runs them together) and drops leftover lines
// of page furniture ("Share", "Leave a Comment"). A page where readability
// finds nothing falls back to the text of its body, less the furniture.
func extractHTML(src string) (a article, err error) {
	defer func() {
		// The parser is third-party code fed untrusted pages: a panic in it
		// is a bad file, not a crash.
		if r := recover(); r != nil {
			a, err = article{}, fmt.Errorf("HTML parser failed: %v", r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return article{}, fmt.Errorf("parse HTML: %w", err)
	}
	a.url = canonicalURL(doc)
	parser := readability.NewParser()
	// Short pages (a few paragraphs) are articles too.
	parser.CharThresholds = 100
	var root *html.Node
	if r, err := parser.ParseDocument(doc, nil); err == nil {
		a.title = strings.TrimSpace(r.Title)
		if r.PublishedTime != nil {
			a.date = r.PublishedTime.Format("2006-01-02")
		}
		if r.Node != nil {
			root = r.Node.Parent
		}
	}
	if a.date == "" {
		a.date = timeDate(doc)
	}
	if root != nil {
		a.text = render(root)
	}
	if strings.TrimSpace(a.text) == "" {
		a.text = render(body(doc))
	}
	a.title = trimSiteName(a.title, doc)
	if a.title == "" {
		a.title = headline(a.text)
	}
	return a, nil
}

// trimSiteName drops a site name from a page title ("Headline | Site")
// when the page has the headline alone as a heading; readability keeps the
// whole title when the headline is four words or fewer.
func trimSiteName(title string, doc *html.Node) string {
	for _, h := range headings(doc) {
		if h == "" || len(h) >= len(title) || !strings.HasPrefix(title, h) {
			continue
		}
		rest := title[len(h):]
		if trimmed := strings.TrimLeft(rest, " "); trimmed != rest && trimmed != "" && strings.ContainsRune("|-–—:·•»/", []rune(trimmed)[0]) {
			return h
		}
	}
	return title
}

// headings are the texts of the page's <h1> and <h2>, whitespace collapsed.
func headings(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) {
			var w textWriter
			w.walk(n, false)
			out = append(out, strings.Join(strings.Fields(w.b.String()), " "))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func body(doc *html.Node) *html.Node {
	var found *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Body {
				found = c
				return
			}
			find(c)
		}
	}
	find(doc)
	if found == nil {
		return doc
	}
	return found
}

// canonicalURL is the page's <link rel="canonical"> or og:url, or "".
func canonicalURL(doc *html.Node) string {
	var canon, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canon == "" {
					canon = attr(n, "href")
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && og == "" {
					og = attr(n, "content")
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if canon != "" {
		return strings.TrimSpace(canon)
	}
	return strings.TrimSpace(og)
}

// timeDate is the date of the page's first <time datetime="YYYY-MM-DD...">,
// where blogs put the date readability does not find in metadata.
func timeDate(doc *html.Node) string {
	var date string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			if v := strings.TrimSpace(attr(n, "datetime")); isISODate(v) {
				date = v[:10]
				return
			}
		}
		for c := n.FirstChild; c != nil && date == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return date
}

func isISODate(v string) bool {
	if len(v) < 10 || len(v) > 10 && v[10] != 'T' && v[10] != ' ' {
		return false
	}
	for i := range 10 {
		if i == 4 || i == 7 {
			if v[i] != '-' {
				return false
			}
		} else if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Svg: true, atom.Head: true, atom.Menu: true,
}

// blocks end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

// render writes the text under n: whitespace collapsed (except in <pre>),
// one blank line between blocks, a line break for <br>, a space between
// table cells, and furniture paragraphs dropped.
func render(n *html.Node) string {
	var w textWriter
	w.walk(n, false)
	var paras []string
	for p := range strings.SplitSeq(w.b.String(), "\n\n") {
		if p = strings.TrimSpace(p); p != "" && !isFurniture(p) {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

type textWriter struct {
	b     strings.Builder
	brk   int  // pending break: 0 none, 1 line, 2 paragraph
	space bool // pending space
}

func (w *textWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.brk = max(w.brk, 1)
			return
		case atom.Td, atom.Th:
			w.space = true
		case atom.Pre:
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.brk = 2
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.brk = 2
	}
}

func (w *textWriter) text(s string, pre bool) {
	if pre {
		if s == "" {
			return
		}
		w.flush()
		w.b.WriteString(s)
		return
	}
	lead := len(s) > 0 && isSpace(s[0])
	trail := len(s) > 0 && isSpace(s[len(s)-1])
	words := strings.Fields(s)
	if len(words) == 0 {
		if lead {
			w.space = true
		}
		return
	}
	if lead {
		w.space = true
	}
	w.flush()
	w.b.WriteString(strings.Join(words, " "))
	w.space = trail
}

// flush writes the pending break or space before the next text.
func (w *textWriter) flush() {
	if w.b.Len() == 0 {
		w.brk, w.space = 0, false
		return
	}
	switch w.brk {
	case 2:
		w.b.WriteString("\n\n")
	case 1:
		w.b.WriteString("\n")
	default:
		if w.space {
			w.b.WriteString(" ")
		}
	}
	w.brk, w.space = 0, false
}

// furniture are whole paragraphs that belong to the page, not the article
// (compared lower-case, without trailing punctuation and arrows).
var furniture = map[string]bool{
	"leave a comment": true, "leave a reply": true, "cancel reply": true, "post comment": true,
	"comments": true, "no comments": true, "0 comments": true, "scroll to top": true,
	"back to top": true, "skip to content": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share on facebook": true,
	"share on twitter": true, "share on x": true, "share via email": true, "tweet": true,
	"print": true, "email": true, "advertisement": true, "related": true, "related posts": true,
	"related articles": true, "read more": true, "read next": true, "subscribe": true,
	"sign up": true, "you may also like": true, "more stories": true, "latest news": true,
}

func isFurniture(p string) bool {
	if len(p) > 60 {
		return false
	}
	k := strings.ToLower(strings.Join(strings.Fields(p), " "))
	k = strings.TrimRight(k, " :.!»›→↑▲>-")
	if furniture[k] {
		return true
	}
	return strings.HasPrefix(k, "click to share on ") || strings.HasPrefix(k, "share on ")
}
