package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Encode writes g as indented JSON in the graph.json layout. Nil slices are
// written as [] so consumers never see null.
//
// It writes one document, node or edge at a time: encoding/json buffers a
// whole value (twice, with indentation), and the graph of a large archive
// runs to hundreds of megabytes. The bytes are those of encoding the whole
// graph at once with SetIndent("", " ").
func (g *Graph) Encode(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.str("{\n")
	encodeArray(ew, "documents", g.Documents, func(d *Document) any { return d })
	ew.str(",\n")
	encodeArray(ew, "nodes", g.Nodes, func(n *Node) any {
		if n.Aliases == nil || n.Mentions == nil {
			c := *n
			if c.Aliases == nil {
				c.Aliases = []string{}
			}
			if c.Mentions == nil {
				c.Mentions = []Mention{}
			}
			return &c
		}
		return n
	})
	ew.str(",\n")
	encodeArray(ew, "edges", g.Edges, func(e *Edge) any {
		if e.Evidence == nil {
			c := *e
			c.Evidence = []Evidence{}
			return &c
		}
		return e
	})
	ew.str("\n}\n")
	return ew.err
}

// encodeArray writes ` "name": [...]` with each element indented as inside
// the whole graph.
func encodeArray[T any](ew *errWriter, name string, xs []T, val func(*T) any) {
	ew.str(` "` + name + `": [`)
	if len(xs) == 0 {
		ew.str("]")
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", " ")
	for i := range xs {
		if i > 0 {
			ew.str(",")
		}
		ew.str("\n  ")
		buf.Reset()
		if err := enc.Encode(val(&xs[i])); err != nil {
			if ew.err == nil {
				ew.err = err
			}
			return
		}
		ew.write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	ew.str("\n ]")
}

// errWriter keeps the first write error, so Encode checks once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) write(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}

func (e *errWriter) str(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// Decode reads a graph.json.
func Decode(r io.Reader) (*Graph, error) {
	var g Graph
	dec := json.NewDecoder(r)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("decode graph: %w", err)
	}
	for i, e := range g.Edges {
		if e.Source == "" || e.Target == "" || e.Type == "" {
			return nil, fmt.Errorf("decode graph: edge %d lacks type, source or target", i)
		}
	}
	return &g, nil
}

// ReadFile reads a graph.json from path.
func ReadFile(path string) (*Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read graph: %w", err)
	}
	defer f.Close()
	g, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// WriteFile writes g to path atomically: the JSON streams into a temporary
// file in the same folder, then a rename, so a reader never sees half a
// graph and a large graph is never held in memory as text.
func (g *Graph) WriteFile(path string) error {
	return writeAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		if err := g.Encode(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// WriteFileAtomic writes data to path through a temporary file and a rename.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes 0600 files; outputs are for other tools to read.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
