# newsgraph: the two commands a fresh machine needs are `make demo` and `make test`.
SHARED ?= ../shared
GO     ?= go
BIN    := bin/newsgraph

.PHONY: demo build test test-unit deps vet fmt race fuzz bench bench-corpus gazetteer model samples \
        neo4j-install neo4j-up neo4j-down clean pictures golden

## demo: build the graph of the bundled sample articles into out/
demo: build
	$(BIN) build -o out
	@echo "graph files in out/: $$(ls out | tr '\n' ' ')"

build:
	$(GO) build -o $(BIN) ./cmd/newsgraph

## test: install what the tests need when missing (Neo4j jars, chromium), then run every test
test: deps vet
	$(GO) test -count=1 -timeout 40m ./...
	$(GO) test -count=1 -race -timeout 20m ./graph/... ./internal/extract/...

## deps: what the tests need beyond Go modules (idempotent; quick when present)
deps:
	bash .ci/deps.sh

vet:
	@test -z "$$(gofmt -l cmd internal graph exports)" || { echo "gofmt needed:"; gofmt -l cmd internal graph exports; exit 1; }
	$(GO) vet ./...

fmt:
	gofmt -w cmd internal graph exports

race:
	$(GO) test -race ./...

## fuzz: run every fuzz target for a while (count-based: time-based fuzzing misfires on a loaded machine)
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep ^Fuzz); do \
	    $(GO) test -run=^$$ -fuzz=^$$f$$ -fuzztime=20000x $$pkg || exit 1; done; done

## bench: throughput, memory and per-stage times on generated corpora of 1k, 10k, 100k articles
bench:
	$(GO) run ./internal/benchcorpus/cmd/bench -sizes 1000,10000,100000
	$(GO) test -run=^$$ -bench=. -benchmem ./...

bench-corpus:
	$(GO) run ./internal/benchcorpus/cmd/bench -gen-only -sizes 1000 -out bench-out

## gazetteer: regenerate the embedded gazetteer tables from $(SHARED)/data
gazetteer:
	$(GO) run ./internal/gazetteer/gen -data $(SHARED)/data -out internal/gazetteer/data

## model: retrain the shipped tagger weights from $(SHARED)/training (reproducible)
model:
	$(GO) run ./cmd/newsgraph tagger train --seed 1 --epochs 8 --out internal/tagger/model/tagger.gz \
	  $(SHARED)/training/gmb/train.conll $(SHARED)/training/crossner_politics/train.conll
	$(GO) run ./cmd/newsgraph tagger eval $(SHARED)/training/gmb/dev.conll

## samples: refresh the sample articles embedded in the binary from testdata/articles
samples:
	rm -rf cmd/newsgraph/samples && cp -r testdata/articles cmd/newsgraph/samples

neo4j-install:
	bash internal/neo4jserver/neo4j.sh install

neo4j-up:
	bash internal/neo4jserver/neo4j.sh up

neo4j-down:
	bash internal/neo4jserver/neo4j.sh down

clean:
	rm -rf bin out bench-out

## pictures: refresh the README's picture of the sample articles
pictures:
	$(GO) run ./cmd/newsgraph build -q -o /tmp/ngpic
	cp /tmp/ngpic/graph.svg testdata/pictures/sample-graph.svg
	$(GO) run ./cmd/newsgraph render /tmp/ngpic -o testdata/pictures/sample-graph.png --width 1500

## golden: regenerate the golden graph of the sample articles after an intended extraction change
golden:
	$(GO) test ./internal/quality -run TestGolden -update
	git diff --stat testdata/golden/
