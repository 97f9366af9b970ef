package neo4jexport

// loadSessions is the number of batches Load runs at once. The server runs
// each transaction on one thread, so a second session keeps a second core
// busy; batches that run together touch disjoint nodes (see rounds), so
// they never wait on each other's locks and cannot deadlock.
const loadSessions = 2

// rounds splits a step's rows into rounds of at most k batches of at most
// size rows; the batches of one round run at once. keys names the nodes a
// row writes or locks (for a node row its id, for a relationship row its
// two ends): no node appears in two batches of one round. Rows are packed
// greedily in order, filling one batch before the next; a row whose nodes
// already belong to an earlier batch of the round is deferred to the next
// round, where it comes first. A batch shorter than size runs alone, so
// that what a failed round leaves committed is whole full batches, bar the
// very last one.
func rounds(rows []row, size, k int, keys func(row) []string) [][][]row {
	var out [][][]row
	pending := rows
	for len(pending) > 0 {
		owner := map[string]int{}
		batches := make([][]row, 1, k)
		var deferred []row
		j, i := 0, 0
		for ; i < len(pending) && j < k; i++ {
			r := pending[i]
			free := true
			for _, key := range keys(r) {
				if o, ok := owner[key]; ok && o != j {
					free = false
					break
				}
			}
			if !free {
				deferred = append(deferred, r)
				continue
			}
			for _, key := range keys(r) {
				owner[key] = j
			}
			batches[j] = append(batches[j], r)
			if len(batches[j]) == size {
				j++
				if j < k {
					batches = append(batches, nil)
				}
			}
		}
		if n := len(batches); n > 0 && len(batches[n-1]) == 0 {
			batches = batches[:n-1]
		}
		if n := len(batches); n > 1 && len(batches[n-1]) < size {
			out = append(out, batches[:n-1], batches[n-1:])
		} else {
			out = append(out, batches)
		}
		// Deferred rows first keeps them from being deferred for ever:
		// in the next round the first batch takes them before anything.
		pending = append(deferred, pending[i:]...)
	}
	return out
}

// Keys of the nodes a row touches, by step kind. Document and entity ids
// share no namespace in the database (different labels), so they are
// told apart here.
func nodeKeys(r row) []string { return []string{"n:" + r.Keys[0].Val.(string)} }
func mentionKeys(r row) []string {
	return []string{"n:" + keyVal(r, "entity"), "d:" + keyVal(r, "doc")}
}
func relKeys(r row) []string { return []string{"n:" + keyVal(r, "src"), "n:" + keyVal(r, "tgt")} }

func keyVal(r row, k string) string {
	for _, p := range r.Keys {
		if p.Key == k {
			s, _ := p.Val.(string)
			return s
		}
	}
	return ""
}

// lookahead is how many waiting batches the scheduler considers when the
// next one in order shares a node with a running batch. A few suffice: the
// batches of one round are disjoint, so the next round's second batch can
// usually start beside the current round's last.
const lookahead = 4

// batch is one transaction's rows and what tells the nodes they touch.
type batch struct {
	rows []row
	keys func(row) []string
}

// pipeline runs batches on up to k sessions, starting a batch as soon as a
// session is free rather than waiting for a whole round: a round's two
// batches rarely finish together, and a core idles until the slower one
// does. A batch starts only when it touches no node of a running batch, so
// batches still never wait on each other's locks; a short batch (fewer than
// size rows) runs alone, after everything before it, so that a failed load
// leaves whole full batches committed. run executes batch i
// (on its own goroutine); done is called on the caller's goroutine after
// each batch that ran without error. After the first error no batch starts,
// the running ones finish, and pipeline returns the index of the failed
// batch and its error.
func pipeline(batches []batch, size, k int, run func(i int) error, done func(i int)) (int, error) {
	type result struct {
		i   int
		err error
	}
	results := make(chan result, k)
	running := map[int]map[string]bool{} // batch index -> its node keys
	var pending []int
	for i := range batches {
		pending = append(pending, i)
	}
	conflicts := func(i int) bool {
		b := batches[i]
		for _, r := range b.rows {
			for _, key := range b.keys(r) {
				for _, nodes := range running {
					if nodes[key] {
						return true
					}
				}
			}
		}
		return false
	}
	start := func(pi int) {
		i := pending[pi]
		pending = append(pending[:pi], pending[pi+1:]...)
		b := batches[i]
		nodes := map[string]bool{}
		for _, r := range b.rows {
			for _, key := range b.keys(r) {
				nodes[key] = true
			}
		}
		running[i] = nodes
		go func() { results <- result{i, run(i)} }()
	}
	short := func(i int) bool { return len(batches[i].rows) < size }
	failed, firstErr := -1, error(nil)
	alone := -1 // a short batch, running by itself
	for {
		for firstErr == nil && alone < 0 && len(pending) > 0 && len(running) < k {
			if short(pending[0]) {
				if len(running) == 0 {
					alone = pending[0]
					start(0)
				}
				break
			}
			next := -1
			for pi := 0; pi < len(pending) && pi < lookahead; pi++ {
				if short(pending[pi]) {
					break // nothing overtakes a short batch
				}
				if !conflicts(pending[pi]) {
					next = pi
					break
				}
			}
			if next < 0 {
				break
			}
			start(next)
		}
		if len(running) == 0 {
			return failed, firstErr
		}
		r := <-results
		delete(running, r.i)
		if r.i == alone {
			alone = -1
		}
		if r.err != nil {
			if firstErr == nil {
				failed, firstErr = r.i, r.err
			}
			continue
		}
		done(r.i)
	}
}
