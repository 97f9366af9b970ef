package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
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
	ew.str(` "nodes": [`)
	var ne nodeEncoder
	for i := range g.Nodes {
		if i > 0 {
			ew.str(",")
		}
		ew.str("\n  ")
		b, err := ne.encode(&g.Nodes[i])
		if err != nil {
			if ew.err == nil {
				ew.err = err
			}
			break
		}
		ew.write(b)
	}
	if len(g.Nodes) > 0 {
		ew.str("\n ")
	}
	ew.str("],\n")
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

// nodeEncoder writes nodes as encoding/json would inside the graph. Mentions
// are most of a graph.json, and reflection over each of them most of the
// cost of writing it, so they are written by hand: the rest of the node
// goes through encoding/json with no mentions, and the mentions replace
// the "[]" it wrote for them.
type nodeEncoder struct {
	buf, out bytes.Buffer
	enc      *json.Encoder
	str      bytes.Buffer // one string through encoding/json
	strEnc   *json.Encoder
}

// mentionsTail is how encoding/json ends a node without mentions.
const mentionsTail = `"mentions": []` + "\n  }\n"

func (ne *nodeEncoder) encode(n *Node) ([]byte, error) {
	if ne.enc == nil {
		ne.enc = json.NewEncoder(&ne.buf)
		ne.enc.SetEscapeHTML(false)
		ne.enc.SetIndent("  ", " ")
		ne.strEnc = json.NewEncoder(&ne.str)
		ne.strEnc.SetEscapeHTML(false)
	}
	c := *n
	if c.Aliases == nil {
		c.Aliases = []string{}
	}
	c.Mentions = []Mention{}
	ne.buf.Reset()
	if err := ne.enc.Encode(&c); err != nil {
		return nil, err
	}
	b := ne.buf.Bytes()
	if len(n.Mentions) == 0 || !bytes.HasSuffix(b, []byte(mentionsTail)) {
		if len(n.Mentions) > 0 {
			// not the layout expected (a field after mentions?): the slow way
			c.Mentions = n.Mentions
			ne.buf.Reset()
			if err := ne.enc.Encode(&c); err != nil {
				return nil, err
			}
			b = ne.buf.Bytes()
		}
		return bytes.TrimSuffix(b, []byte("\n")), nil
	}
	ne.out.Reset()
	ne.out.Write(b[:len(b)-len(mentionsTail)])
	ne.out.WriteString(`"mentions": [`)
	var num [20]byte
	for i, m := range n.Mentions {
		if i > 0 {
			ne.out.WriteByte(',')
		}
		ne.out.WriteString("\n    {\n     \"doc\": ")
		if err := ne.string(m.Doc); err != nil {
			return nil, err
		}
		ne.out.WriteString(",\n     \"start\": ")
		ne.out.Write(strconv.AppendInt(num[:0], int64(m.Start), 10))
		ne.out.WriteString(",\n     \"end\": ")
		ne.out.Write(strconv.AppendInt(num[:0], int64(m.End), 10))
		ne.out.WriteString(",\n     \"text\": ")
		if err := ne.string(m.Text); err != nil {
			return nil, err
		}
		ne.out.WriteString("\n    }")
	}
	ne.out.WriteString("\n   ]\n  }")
	return ne.out.Bytes(), nil
}

// string writes s as a JSON string: printable ASCII as it is, anything
// else through encoding/json.
func (ne *nodeEncoder) string(s string) error {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			ne.str.Reset()
			if err := ne.strEnc.Encode(s); err != nil {
				return err
			}
			ne.out.Write(bytes.TrimSuffix(ne.str.Bytes(), []byte("\n")))
			return nil
		}
	}
	ne.out.WriteByte('"')
	ne.out.WriteString(s)
	ne.out.WriteByte('"')
	return nil
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
