// Command bench generates synthetic corpora and measures the full newsgraph
// build on them: words and megabytes per second, peak memory (the child
// process's maximum resident set), time per stage, and the speed-up from one
// to two workers. `make bench` runs it; the README carries its figures.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/benchcorpus"
)

func main() {
	sizes := flag.String("sizes", "1000,10000,100000", "corpus sizes in articles")
	out := flag.String("out", "", "folder for corpora and graphs (default: a temporary folder, removed after)")
	genOnly := flag.Bool("gen-only", false, "only write the corpora")
	seed := flag.Uint64("seed", 1, "corpus seed")
	flag.Parse()
	log.SetFlags(0)

	dir := *out
	if dir == "" {
		d, err := os.MkdirTemp("", "newsgraph-bench")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	gen, err := benchcorpus.New(benchcorpus.FromGazetteer())
	if err != nil {
		log.Fatal(err)
	}
	bin := filepath.Join(dir, "newsgraph")
	if !*genOnly {
		build := exec.Command("go", "build", "-o", bin, "./cmd/newsgraph")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			log.Fatalf("go build: %v", err)
		}
	}
	if !*genOnly {
		printHeader()
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			log.Fatalf("bad size %q", s)
		}
		corpus := filepath.Join(dir, fmt.Sprintf("corpus-%d.jsonl", n))
		f, err := os.Create(corpus)
		if err != nil {
			log.Fatal(err)
		}
		words, err := gen.WriteJSONL(f, *seed, n)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			log.Fatal(err)
		}
		if *genOnly {
			fmt.Printf("wrote %s (%d words)\n", corpus, words)
			continue
		}
		workerCounts := []int{runtime.NumCPU()}
		if n <= 10000 && runtime.NumCPU() > 1 {
			workerCounts = []int{1, runtime.NumCPU()}
		}
		for _, w := range workerCounts {
			r, err := run(bin, corpus, filepath.Join(dir, fmt.Sprintf("out-%d-%d", n, w)), w)
			if err != nil {
				log.Fatal(err)
			}
			mb := float64(r.stats.Bytes) / 1e6
			secs := r.wall.Seconds()
			fmt.Printf("%-9d %-8d %10d %8.1f %12.0f %10.2f %10.0f   segment %.1f, mentions %.1f, resolve %.1f, relate %.1f, merge %.1f, write %.1f\n",
				n, w, words, mb, float64(words)/secs, mb/secs, float64(r.maxRSSKB)/1024,
				r.stats.Segment.Seconds(), r.stats.Mentions.Seconds(), r.stats.Resolve.Seconds(), r.stats.Relate.Seconds(),
				r.stats.Merge.Seconds(), secs-r.stats.Wall.Seconds())
		}
	}
}

func printHeader() {
	fmt.Printf("machine: %s/%s, %d cores, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel())
	fmt.Printf("%-9s %-8s %10s %8s %12s %10s %10s   %s\n", "articles", "workers", "words", "MB", "words/s", "MB/s", "peak MB", "stage seconds (summed over workers)")
}

type result struct {
	wall     time.Duration
	maxRSSKB int64
	stats    graph.Stats
}

func run(bin, corpus, out string, workers int) (result, error) {
	statsFile := out + ".stats.json"
	cmd := exec.Command(bin, "build", "-q", "--only-json", "--workers", strconv.Itoa(workers), "--stats", statsFile, "-o", out, corpus)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s: %w", strings.Join(cmd.Args, " "), err)
	}
	r := result{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKB = ru.Maxrss
	}
	data, err := os.ReadFile(statsFile)
	if err != nil {
		return r, err
	}
	return r, json.Unmarshal(data, &r.stats)
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown cpu"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "model name") {
			if _, v, ok := strings.Cut(line, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return "unknown cpu"
}
