package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Core lists the relation types that are scored, in report order.
var Core = [3]string{"met-with", "clashed-with", "sanctioned"}

var entityTypes = []string{"person", "group", "country", "place"}

func isCore(t string) bool { return slices.Contains(Core[:], t) }

func isSymmetric(t string) bool { return t == "met-with" || t == "clashed-with" }

// EntityScore is the entity half of a report. Precision counts every typed
// system node that maps to a gold entity of its type (splits included),
// recall the required gold entities found.
type EntityScore struct {
	Precision float64
	Recall    float64
	F1        float64
	System    int // system nodes of the four entity types
	Gold      int // required gold entities
	Splits    int // gold entities matched by two or more nodes
	WrongType int // nodes whose best match is a gold entity of another type
}

// TypeScore scores one relation type. TP and FP count system edges; Found
// counts required gold relations matched by at least one edge.
type TypeScore struct {
	Type      string
	Precision float64
	Recall    float64
	TP, FP    int
	Gold      int
	Found     int
}

// RelationScore is the micro-average over the core types.
type RelationScore struct {
	Precision float64
	Recall    float64
	F1        float64
	Forbidden int // false-positive edges that a forbidden relation names
}

// Split is a gold entity matched by several system nodes.
type Split struct {
	Gold  string   // gold entity id
	Nodes []string // names of the system nodes, in graph order
}

// Report is the result of Score. The lists are what score.py --verbose
// prints, in the same order.
type Report struct {
	Entities  EntityScore
	Types     [3]TypeScore // in Core order
	Relations RelationScore

	MissedEntities    []string // names of required gold entities not found
	SpuriousEntities  []string // typed nodes matching no gold entity
	WrongType         []string // "name (type, gold goldtype)"
	Splits            []Split
	MissedRelations   []string // "type(a,b)" of required gold relations not found
	SpuriousRelations []string // "type(source,target[,action])" of false-positive edges
	ForbiddenAsserted []string // the spurious relations a forbidden relation names
}

// Score scores the system graph sys against gold. It never fails: nodes and
// edges it cannot map simply count as errors, as in score.py.
func Score(gold *Gold, sys *graph.Graph) *Report {
	rep := &Report{}
	gents := map[string]Entity{}
	index := map[string]map[string]bool{}
	for _, e := range gold.Entities {
		gents[e.ID] = e
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			k := Norm(name)
			if index[k] == nil {
				index[k] = map[string]bool{}
			}
			index[k][e.ID] = true
		}
	}

	nodeMap := map[string]string{} // system node id -> gold id
	mapped := map[string][]string{}
	var mappedOrder []string // gold ids in first-mapped order, as Python's dict keeps them
	sysTyped := 0
	for _, n := range sys.Nodes {
		nt := strings.ToLower(strings.TrimSpace(string(n.Type)))
		first := n.Name
		cands := map[string]bool{}
		for id := range index[Norm(first)] {
			cands[id] = true
		}
		if len(cands) == 0 {
			for _, a := range n.Aliases {
				for id := range index[Norm(a)] {
					cands[id] = true
				}
			}
		}
		var typed, all []string
		for id := range cands {
			all = append(all, id)
			if gents[id].Type == nt {
				typed = append(typed, id)
			}
		}
		slices.Sort(typed)
		slices.Sort(all)
		pick := ""
		if len(typed) > 0 {
			pick = typed[0]
		} else if len(all) > 0 {
			pick = all[0]
		}
		if pick != "" {
			nodeMap[n.ID] = pick
		}
		if !slices.Contains(entityTypes, nt) {
			continue
		}
		sysTyped++
		switch {
		case pick == "":
			rep.SpuriousEntities = append(rep.SpuriousEntities, first)
		case gents[pick].Type != nt:
			rep.WrongType = append(rep.WrongType, fmt.Sprintf("%s (%s, gold %s)", first, nt, gents[pick].Type))
		default:
			if _, ok := mapped[pick]; !ok {
				mappedOrder = append(mappedOrder, pick)
			}
			mapped[pick] = append(mapped[pick], first)
		}
	}

	req, found := 0, 0
	for _, e := range gold.Entities {
		if e.Optional {
			continue
		}
		req++
		if _, ok := mapped[e.ID]; ok {
			found++
		} else {
			rep.MissedEntities = append(rep.MissedEntities, e.Name)
		}
	}
	tp := 0
	for _, id := range mappedOrder {
		tp += len(mapped[id])
		if len(mapped[id]) > 1 {
			rep.Splits = append(rep.Splits, Split{Gold: id, Nodes: mapped[id]})
		}
	}
	es := EntityScore{System: sysTyped, Gold: req, Splits: len(rep.Splits), WrongType: len(rep.WrongType)}
	es.Precision = ratio(tp, sysTyped)
	es.Recall = ratio(found, req)
	es.F1 = f1(es.Precision, es.Recall)
	rep.Entities = es

	scoreRelations(rep, gold, sys, nodeMap)
	return rep
}

type typeAcc struct {
	tp, fp, gold int
	hit          map[int]bool
}

func scoreRelations(rep *Report, gold *Gold, sys *graph.Graph, nodeMap map[string]string) {
	rels := gold.Relations
	per := map[string]*typeAcc{}
	for _, t := range Core {
		per[t] = &typeAcc{hit: map[int]bool{}}
	}
	for _, r := range rels {
		if !r.Optional && per[r.Type] != nil {
			per[r.Type].gold++
		}
	}
	for _, e := range sys.Edges {
		t := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(e.Type)), "_", "-")
		if !isCore(t) {
			continue
		}
		status := strings.ToLower(string(e.Status))
		if status == "" {
			status = "asserted"
		}
		if status != "asserted" {
			continue
		}
		a, aok := nodeMap[e.Source]
		b, bok := nodeMap[e.Target]
		var hit, reqHit []int
		for i, r := range rels {
			if matches(r, t, a, aok, b, bok, e.Action) {
				hit = append(hit, i)
				if !r.Optional {
					reqHit = append(reqHit, i)
				}
			}
		}
		switch {
		case len(reqHit) > 0:
			per[t].tp++
			for _, i := range reqHit {
				per[t].hit[i] = true
			}
		case len(hit) > 0:
			// only optional relations: neutral
		default:
			per[t].fp++
			label := t + "(" + e.Source + "," + e.Target
			if e.Action != "" {
				label += "," + e.Action
			}
			label += ")"
			rep.SpuriousRelations = append(rep.SpuriousRelations, label)
			for _, f := range gold.Forbidden {
				if f.Type != t {
					continue
				}
				same := aok && bok && ((a == f.A && b == f.B) || (isSymmetric(t) && a == f.B && b == f.A))
				if same && (f.Action == "" || strings.ToLower(e.Action) == f.Action) {
					rep.ForbiddenAsserted = append(rep.ForbiddenAsserted, label)
					break
				}
			}
		}
	}

	var tp, fp, hit, gl int
	for i, t := range Core {
		d := per[t]
		h := len(d.hit)
		rep.Types[i] = TypeScore{Type: t, Precision: ratio(d.tp, d.tp+d.fp), Recall: ratio(h, d.gold),
			TP: d.tp, FP: d.fp, Gold: d.gold, Found: h}
		tp += d.tp
		fp += d.fp
		hit += h
		gl += d.gold
	}
	p, r := ratio(tp, tp+fp), ratio(hit, gl)
	rep.Relations = RelationScore{Precision: p, Recall: r, F1: f1(p, r), Forbidden: len(rep.ForbiddenAsserted)}
	for i, r := range rels {
		if r.Optional {
			continue
		}
		if d := per[r.Type]; d == nil || !d.hit[i] {
			rep.MissedRelations = append(rep.MissedRelations, r.Type+"("+r.A+","+r.B+")")
		}
	}
}

// matches is score.py's matches: an unmapped end (ok false) matches nothing.
func matches(r Relation, t, a string, aok bool, b string, bok bool, action string) bool {
	if r.Type != t {
		return false
	}
	A := append([]string{r.A}, r.AltA...)
	B := append([]string{r.B}, r.AltB...)
	inA := func(x string, ok bool) bool { return ok && slices.Contains(A, x) }
	inB := func(x string, ok bool) bool { return ok && slices.Contains(B, x) }
	ok := (inA(a, aok) && inB(b, bok)) || (isSymmetric(t) && inB(a, aok) && inA(b, bok))
	if ok && r.Action != "" && t == "sanctioned" {
		ok = strings.ToLower(action) == r.Action
	}
	return ok
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
