package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Garbage collector settings for a CLI run. A build allocates a lot of
// short-lived text (about 200 bytes per input byte) while the graph it
// keeps grows slowly, so the default GOGC=100 collects often for little:
// GOGC=200 spends about half as much CPU on marking. Left alone, that
// would let the heap reach three times the live graph; a soft memory
// limit keeps a build of 100,000 articles under 1 GB instead, and, so
// that huge inputs never make the collector run back to back, the limit
// follows the live heap: never below 1.5 times it (GOGC=50 at worst).
// GOGC or GOMEMLIMIT in the environment turn the tuning off.
const (
	gcPercent  = 200
	gcMinLimit = 768 << 20
)

func init() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(gcMinLimit)
	go followLiveHeap()
}

// followLiveHeap raises the memory limit to 1.5 times the live heap
// whenever that exceeds the minimum.
func followLiveHeap() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	limit := int64(gcMinLimit)
	for range time.Tick(200 * time.Millisecond) {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if want := int64(sample[0].Value.Uint64()) * 3 / 2; want > limit {
			limit = want
			debug.SetMemoryLimit(limit)
		}
	}
}
