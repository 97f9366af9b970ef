// Package load reads articles from files, folders, standard input and fs.FS
// trees into Documents: plain text, Markdown, HTML (article text only) and
// JSON Lines (one article per line, streamed).
//
// Later stages keep byte offsets into Document.Text, so the loader never
// shifts text it keeps: Markdown markup is blanked out byte for byte, and a
// plain-text headline is copied into Title, not cut from Text. HTML is the
// exception by nature: Text is the extracted article, and offsets point
// into it, not into the page.
//
// Problems come in two kinds. An Error (missing path, unreadable or binary
// file, folder with no articles, malformed JSON line) is yielded in place of
// a document and names the file and, for JSON Lines, the line. A Warning
// (invalid UTF-8 repaired, empty article) rides on the Document it concerns,
// so a caller that only wants documents loses nothing by ignoring it.
package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Document is one article as loaded. Offsets in later stages point into Text.
type Document struct {
	ID     string // stable: path relative to the folder given, base name for a file, JSONL id or FILE#LINE
	Path   string // the file as the user named it ("-" for standard input)
	Title  string
	Date   string // as the source gives it (HTML: YYYY-MM-DD)
	URL    string
	SHA256 string // hex SHA-256 of the source bytes: the file, or the JSON line
	Text   string // valid UTF-8

	// Warnings about this document: the article was loaded, but not as
	// the source stood (e.g. invalid UTF-8 replaced with U+FFFD).
	Warnings []Warning
}

// Warning is a problem the loader worked around.
type Warning struct {
	Path string
	Line int // 1-based line of a JSON Lines file; 0 otherwise
	Msg  string
}

// String gives "PATH: MSG" or "PATH:LINE: MSG".
func (w Warning) String() string { return position(w.Path, w.Line) + ": " + w.Msg }

// Error is a problem that kept a file, or one line of a JSON Lines file,
// from being loaded. Err is one of the Err* values below, or the error of
// the file system (errors.Is(err, fs.ErrNotExist), fs.ErrPermission).
type Error struct {
	Path string
	Line int // 1-based line of a JSON Lines file; 0 otherwise
	Err  error
}

// Error gives "PATH: problem" or "PATH:LINE: problem", on one line.
func (e *Error) Error() string { return position(e.Path, e.Line) + ": " + e.Err.Error() }

// Unwrap gives the kind of error (ErrBinary, fs.ErrNotExist, ...).
func (e *Error) Unwrap() error { return e.Err }

// Kinds of Error, for errors.Is.
var (
	ErrBinary     = errors.New("binary file, not text")
	ErrNoArticles = errors.New("no articles (.txt, .md, .html, .jsonl) in folder")
	ErrMalformed  = errors.New("malformed JSON")
	ErrNoText     = errors.New(`no "text" field (nor "body", "content", "article", "maintext")`)
)

func position(p string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", p, line)
	}
	return p
}

// fileError turns an *fs.PathError into an Error without repeating the path
// ("x: open x: no such file or directory" reads badly).
func fileError(p string, err error) *Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: p, Err: err}
}

// StdinID is the id of an article read from standard input ("-").
const StdinID = "stdin"

// Documents yields every article under paths in a stable order: each path in
// the order given, folders walked recursively in sorted order (hidden files
// and folders skipped, only known extensions read). A file named explicitly
// is read whatever its extension; an unknown one is sniffed like standard
// input. "-" reads standard input. Errors are *Error; after an error the
// sequence goes on with the next file or line, so the caller decides whether
// to stop. JSON Lines files are streamed: one line in memory at a time.
func Documents(paths []string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for _, p := range paths {
			if !yieldAll(osEntries(p), yield) {
				return
			}
		}
	}
}

// FS is Documents for a tree in fsys (an embed.FS, fstest.MapFS, os.DirFS):
// root is a slash-separated path in fsys, a folder or a file. Paths in
// Documents and errors are fsys paths.
func FS(fsys fs.FS, root string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		yieldAll(fsEntries(fsys, root), yield)
	}
}

// entry is one file found by a walk, or the error met instead.
type entry struct {
	path   string
	id     string
	format Format // Unknown: sniff the content
	open   func() (io.ReadCloser, error)
	err    error
}

func yieldAll(entries []entry, yield func(Document, error) bool) bool {
	for _, e := range entries {
		if e.err != nil {
			if !yield(Document{}, e.err) {
				return false
			}
			continue
		}
		if !readEntry(e, yield) {
			return false
		}
	}
	return true
}

func osEntries(root string) []entry {
	if root == "-" {
		return []entry{{path: "-", id: StdinID, open: func() (io.ReadCloser, error) { return io.NopCloser(os.Stdin), nil }}}
	}
	info, err := os.Stat(root)
	if err != nil {
		return []entry{{path: root, err: fileError(root, err)}}
	}
	if !info.IsDir() {
		return []entry{{path: root, id: filepath.Base(root), format: FormatOf(root), open: func() (io.ReadCloser, error) { return os.Open(root) }}}
	}
	// WalkDir does not enter a root that is a symbolic link to a folder;
	// walk its target, and name files under the path the user gave.
	target, err := filepath.EvalSymlinks(root)
	if err != nil {
		return []entry{{path: root, err: fileError(root, err)}}
	}
	var out []entry
	err = filepath.WalkDir(target, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(target, p)
		p = filepath.Join(root, rel)
		if err != nil {
			// An unreadable subfolder is reported where it sorts; the walk goes on.
			out = append(out, entry{path: p, id: filepath.ToSlash(rel), err: fileError(p, err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if skip, isDir := skipInWalk(rel != ".", d); skip {
			if isDir {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		out = append(out, entry{path: p, id: filepath.ToSlash(rel), format: FormatOf(p), open: func() (io.ReadCloser, error) { return os.Open(p) }})
		return nil
	})
	if err != nil {
		return []entry{{path: root, err: fileError(root, err)}}
	}
	return finishWalk(root, out)
}

func fsEntries(fsys fs.FS, root string) []entry {
	root = path.Clean(root)
	info, err := fs.Stat(fsys, root)
	if err != nil {
		return []entry{{path: root, err: fileError(root, err)}}
	}
	if !info.IsDir() {
		return []entry{{path: root, id: path.Base(root), format: FormatOf(root), open: func() (io.ReadCloser, error) { return fsys.Open(root) }}}
	}
	var out []entry
	err = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		if root == "." {
			rel = p
		}
		if err != nil {
			out = append(out, entry{path: p, id: rel, err: fileError(p, err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if skip, isDir := skipInWalk(p != root, d); skip {
			if isDir {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		out = append(out, entry{path: p, id: rel, format: FormatOf(p), open: func() (io.ReadCloser, error) { return fsys.Open(p) }})
		return nil
	})
	if err != nil {
		return []entry{{path: root, err: fileError(root, err)}}
	}
	return finishWalk(root, out)
}

// skipInWalk says whether a folder walk passes over d: hidden files and
// folders (.git, .DS_Store) and files of no article format.
func skipInWalk(notRoot bool, d fs.DirEntry) (skip, isDir bool) {
	if notRoot && strings.HasPrefix(d.Name(), ".") {
		return true, d.IsDir()
	}
	if !d.IsDir() && FormatOf(d.Name()) == Unknown {
		return true, false
	}
	return false, false
}

// finishWalk sorts a folder's entries by id, so the order is the same on
// every system, and turns an empty folder into an error.
func finishWalk(root string, out []entry) []entry {
	if len(out) == 0 {
		return []entry{{path: root, err: &Error{Path: root, Err: ErrNoArticles}}}
	}
	slices.SortStableFunc(out, func(a, b entry) int { return strings.Compare(a.id, b.id) })
	return out
}
