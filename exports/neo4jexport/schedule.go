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
func relKeys(r row) []string { return []string{"n:" + keyVal(r, "source"), "n:" + keyVal(r, "target")} }

func keyVal(r row, k string) string {
	for _, p := range r.Keys {
		if p.Key == k {
			s, _ := p.Val.(string)
			return s
		}
	}
	return ""
}
