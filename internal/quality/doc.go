// Package quality holds newsgraph's quality gates, as tests only:
//
//   - TestArticlesQuality builds testdata/articles and scores it against
//     testdata/gold/articles.gold.yaml (entity and relation F1 above the
//     bars at the top of quality_test.go, no forbidden relation asserted);
//   - TestSeedGate builds ../shared/corpus/seeds and scores it against
//     ../shared/eval/seeds.gold.json with the bars (on when
//     NEWSGRAPH_SEED_GATE=1; then a missing ../shared skips, or fails in CI);
//   - TestGolden compares the graph.json of testdata/articles byte for byte
//     with testdata/golden/articles.graph.json, so that any change in output
//     shows up in review (regenerate with
//     go test ./internal/... -run TestGolden -update);
//   - TestSamplesMatchArticles checks that cmd/newsgraph/samples is a copy of
//     testdata/articles.
//
// The tests run from the repository root (TestMain changes to it), so
// document paths in the golden file read as `newsgraph build
// testdata/articles` writes them.
package quality
