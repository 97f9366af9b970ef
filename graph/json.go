package graph

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Encode writes g as indented JSON in the graph.json layout. Nil slices are
// written as [] so consumers never see null.
func (g *Graph) Encode(w io.Writer) error {
	out := *g
	if out.Documents == nil {
		out.Documents = []Document{}
	}
	out.Nodes = make([]Node, len(g.Nodes))
	for i, n := range g.Nodes {
		if n.Aliases == nil {
			n.Aliases = []string{}
		}
		if n.Mentions == nil {
			n.Mentions = []Mention{}
		}
		out.Nodes[i] = n
	}
	out.Edges = make([]Edge, len(g.Edges))
	for i, e := range g.Edges {
		if e.Evidence == nil {
			e.Evidence = []Evidence{}
		}
		out.Edges[i] = e
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(struct {
		Documents []Document `json:"documents"`
		Nodes     []Node     `json:"nodes"`
		Edges     []Edge     `json:"edges"`
	}{out.Documents, out.Nodes, out.Edges})
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
