package graph

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/load"
	"github.com/newsgraph/newsgraph/internal/relate"
	"github.com/newsgraph/newsgraph/internal/resolve"
	"github.com/newsgraph/newsgraph/internal/textnorm"
)

// ReadDocuments yields the articles under paths (files, folders walked in
// sorted order, "-" for standard input), one at a time, so that a large
// archive never sits in memory whole. An error names the file.
func ReadDocuments(paths ...string) iter.Seq2[Document, error] {
	return fromLoad(load.Documents(paths))
}

// ReadFS is ReadDocuments for a tree in fsys (an embed.FS, os.DirFS): root
// is a folder or file in it, and paths in documents and errors are fsys paths.
func ReadFS(fsys fs.FS, root string) iter.Seq2[Document, error] {
	return fromLoad(load.FS(fsys, root))
}

func fromLoad(docs iter.Seq2[load.Document, error]) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for d, err := range docs {
			var warns []string
			for _, w := range d.Warnings {
				warns = append(warns, w.String())
			}
			if !yield(Document{ID: d.ID, Path: d.Path, Title: d.Title, Date: d.Date, URL: d.URL, SHA256: d.SHA256, Text: d.Text, Warnings: warns}, err) {
				return
			}
		}
	}
}

// Build builds the graph of docs.
func Build(ctx context.Context, docs []Document, opts ...Option) (*Graph, error) {
	return BuildSeq(ctx, slices.All(docs), opts...)
}

// BuildSeq builds the graph of the documents docs yields, processing them on
// a pool of workers and merging their results in input order, so the graph
// is the same whatever the number of workers. It stops at the first error.
func BuildSeq[K any](ctx context.Context, docs iter.Seq2[K, Document], opts ...Option) (*Graph, error) {
	return build(ctx, func(yield func(Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}, opts...)
}

// BuildFrom is BuildSeq for a sequence that can fail, such as ReadDocuments.
func BuildFrom(ctx context.Context, docs iter.Seq2[Document, error], opts ...Option) (*Graph, error) {
	return build(ctx, docs, opts...)
}

type job struct {
	seq int
	doc Document
}

type done struct {
	seq int
	doc Document
	res extract.Result
}

func build(ctx context.Context, docs iter.Seq2[Document, error], opts ...Option) (*Graph, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	x, merger, err := extract.New(extract.Options{
		GazetteerFiles: cfg.gazetteerFiles, PatternFiles: cfg.patternFiles,
		NoTagger: cfg.noTagger, Explain: cfg.explain,
	})
	if err != nil {
		return nil, err
	}
	started := time.Now()
	if cfg.stats != nil {
		x.Timings = &extract.Timings{}
	}
	var mergeTime time.Duration
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// inFlight bounds the documents read but not yet merged, so memory
	// stays flat even when one slow document holds up the ordered merge.
	inFlight := make(chan struct{}, 4*cfg.workers)
	jobs := make(chan job, cfg.workers)
	results := make(chan done, cfg.workers)
	var wg sync.WaitGroup
	for range cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := x.Extract(j.doc.Text)
				select {
				case results <- done{seq: j.seq, doc: j.doc, res: r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	var readErr error
	go func() {
		defer func() { close(jobs); wg.Wait(); close(results) }()
		seq := 0
		seen := map[string]string{}
		for d, err := range docs {
			if err == nil {
				if prev, dup := seen[d.ID]; dup {
					err = fmt.Errorf("%s: document id %q already used by %s", d.Path, d.ID, prev)
				}
				seen[d.ID] = d.Path
			}
			if err != nil {
				readErr = err
				cancel()
				return
			}
			select {
			case inFlight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq: seq, doc: d}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()

	asm := newAssembler(merger, cfg.maxEvidence)
	asm.explain = cfg.explain
	pending := map[int]done{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			t := time.Now()
			asm.add(p.doc, p.res)
			mergeTime += time.Since(t)
			<-inFlight
			asm.bytes += int64(len(p.doc.Text))
			next++
			if cfg.progress != nil {
				cfg.progress(next)
			}
		}
	}
	if readErr != nil {
		return nil, readErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := time.Now()
	g := asm.graph()
	if s := cfg.stats; s != nil {
		*s = Stats{
			Documents: len(g.Documents), Bytes: asm.bytes,
			Segment: time.Duration(x.Timings.Segment.Load()), Mentions: time.Duration(x.Timings.Mentions.Load()),
			Resolve: time.Duration(x.Timings.Resolve.Load()), Relate: time.Duration(x.Timings.Relate.Load()),
			Merge: mergeTime + time.Since(t), Wall: time.Since(started),
		}
	}
	return g, nil
}

// assembler merges per-document results, in document order, into the graph.
type assembler struct {
	merger      resolve.Merger
	maxEvidence int
	explain     io.Writer // relation log, in document order
	bytes       int64
	docs        []Document
	// Mentions per global entity, compact, with their text interned: the
	// graph must not keep whole documents alive through substrings.
	mentions [][]compactMention
	texts    []string
	textID   map[string]int32
	edges    map[edgeKey]*edgeAcc
}

type compactMention struct{ doc, start, end, text int32 }

func (a *assembler) intern(s string) int32 {
	if id, ok := a.textID[s]; ok {
		return id
	}
	id := int32(len(a.texts))
	s = strings.Clone(s)
	a.texts = append(a.texts, s)
	a.textID[s] = id
	return id
}

type edgeKey struct {
	typ, status, action string
	src, tgt            int // global entity indexes
}

type edgeAcc struct {
	confMiss float64 // product of (1 - confidence), noisy-or
	count    int
	evidence []Evidence
}

func newAssembler(m resolve.Merger, maxEvidence int) *assembler {
	return &assembler{merger: m, maxEvidence: maxEvidence, edges: map[edgeKey]*edgeAcc{}, textID: map[string]int32{}}
}

func (a *assembler) add(d Document, r extract.Result) {
	a.docs = append(a.docs, Document{ID: d.ID, Path: d.Path, Title: d.Title, Date: d.Date, URL: d.URL, SHA256: d.SHA256})
	for i := range r.Entities {
		e := &r.Entities[i]
		e.Name = strings.Clone(e.Name)
		for j := range e.Aliases {
			e.Aliases[j] = strings.Clone(e.Aliases[j])
		}
	}
	global := a.merger.Add(d.ID, r.Entities)
	for _, g := range global {
		for len(a.mentions) <= g {
			a.mentions = append(a.mentions, nil)
		}
	}
	doc := int32(len(a.docs) - 1)
	for i, m := range r.Mentions {
		e := r.MentionEntity[i]
		if e < 0 {
			continue
		}
		g := global[e]
		a.mentions[g] = append(a.mentions[g], compactMention{doc: doc, start: int32(m.Start), end: int32(m.End), text: a.intern(m.Text)})
	}
	for _, rel := range r.Relations {
		if a.explain != nil {
			action := ""
			if rel.Action != "" {
				action = " (" + rel.Action + ")"
			}
			fmt.Fprintf(a.explain, "relation: %s: %s %s%s %s [%s] %s:%d-%d\n", rel.Rule, r.Entities[rel.Source].Name, rel.Type, action,
				r.Entities[rel.Target].Name, rel.Status, d.ID, rel.Start, rel.End)
		}
		a.addRelation(d, rel, global)
	}
}

func (a *assembler) addRelation(d Document, rel relate.Relation, global []int) {
	src, tgt := global[rel.Source], global[rel.Target]
	if src == tgt {
		return
	}
	k := edgeKey{typ: rel.Type, status: rel.Status, action: rel.Action, src: src, tgt: tgt}
	acc := a.edges[k]
	if acc == nil {
		acc = &edgeAcc{confMiss: 1}
		a.edges[k] = acc
	}
	acc.count++
	acc.confMiss *= 1 - rel.Confidence
	if a.maxEvidence <= 0 || len(acc.evidence) < a.maxEvidence {
		acc.evidence = append(acc.evidence, Evidence{Doc: d.ID, Start: rel.Start, End: rel.End, Text: strings.Clone(d.Text[rel.Start:rel.End]), Rule: rel.Rule})
	}
}

var symmetric = map[string]bool{MetWith: true, ClashedWith: true}

// IsSymmetric reports whether a relation type has no direction.
func IsSymmetric(typ string) bool { return symmetric[typ] }

func (a *assembler) graph() *Graph {
	ents := a.merger.Entities()
	ids := make([]string, len(ents))
	used := map[string]bool{}
	g := &Graph{Documents: a.docs, Nodes: []Node{}, Edges: []Edge{}}
	for i, e := range ents {
		base := string(e.Type) + ":" + textnorm.Slug(e.Name)
		id := base
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		used[id] = true
		ids[i] = id
		var aliases []string
		seen := map[int32]bool{}
		mentions := make([]Mention, len(a.mentions[i]))
		for j, m := range a.mentions[i] {
			mentions[j] = Mention{Doc: a.docs[m.doc].ID, Start: int(m.start), End: int(m.end), Text: a.texts[m.text]}
			if !seen[m.text] && a.texts[m.text] != e.Name {
				aliases = append(aliases, a.texts[m.text])
			}
			seen[m.text] = true
		}
		a.mentions[i] = nil // the graph's copy replaces it: lower peak memory
		for _, al := range e.Aliases {
			if al != e.Name && !slices.Contains(aliases, al) {
				aliases = append(aliases, al)
			}
		}
		slices.Sort(aliases)
		var attrs map[string]string
		if len(e.Attrs) > 0 {
			attrs = e.Attrs
		}
		g.Nodes = append(g.Nodes, Node{ID: id, Type: NodeType(e.Type), Name: e.Name, Aliases: aliases, Attributes: attrs, Mentions: mentions})
	}
	for k, acc := range a.edges {
		src, tgt := ids[k.src], ids[k.tgt]
		if symmetric[k.typ] && tgt < src {
			src, tgt = tgt, src
		}
		g.Edges = append(g.Edges, Edge{
			Type: k.typ, Source: src, Target: tgt, Status: Status(k.status), Action: k.action,
			Confidence: round3(1 - acc.confMiss), EvidenceCount: acc.count, Evidence: acc.evidence,
		})
	}
	a.edges = nil
	slices.SortFunc(g.Nodes, func(x, y Node) int { return strings.Compare(x.ID, y.ID) })
	slices.SortFunc(g.Edges, compareEdges)
	// Symmetric edges keyed in both directions collapse into one.
	g.Edges = mergeDuplicateEdges(g.Edges, a.maxEvidence)
	return g
}

func compareEdges(x, y Edge) int {
	for _, c := range [][2]string{{x.Type, y.Type}, {x.Source, y.Source}, {x.Target, y.Target}, {string(x.Status), string(y.Status)}, {x.Action, y.Action}} {
		if v := strings.Compare(c[0], c[1]); v != 0 {
			return v
		}
	}
	return 0
}

func mergeDuplicateEdges(es []Edge, maxEvidence int) []Edge {
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && compareEdges(out[n-1], e) == 0 {
			p := &out[n-1]
			p.Confidence = round3(1 - (1-p.Confidence)*(1-e.Confidence))
			p.EvidenceCount += e.EvidenceCount
			p.Evidence = append(p.Evidence, e.Evidence...)
			slices.SortStableFunc(p.Evidence, func(a, b Evidence) int {
				if a.Doc != b.Doc {
					return strings.Compare(a.Doc, b.Doc)
				}
				return a.Start - b.Start
			})
			if maxEvidence > 0 && len(p.Evidence) > maxEvidence {
				p.Evidence = p.Evidence[:maxEvidence]
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
