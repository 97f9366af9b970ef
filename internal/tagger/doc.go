// Package tagger is newsgraph's learned entity tagger: it tags each word of a
// sentence with a BIO tag over four types (PER, GRP, CTRY, PLACE), trained
// from open news annotations (GMB, CrossNER politics) and shipped as
// embedded weights.
//
// The model is an averaged perceptron over hashed sparse features, decoded
// greedily left to right with the two previous tags as features. Why greedy
// and not Viterbi over a first-order model: with tag-history features greedy
// decoding does about as well as Viterbi or beam search on CoNLL-style NER
// (Ratinov and Roth, "Design Challenges and Misconceptions in Named Entity
// Recognition", CoNLL 2009), while it costs one pass of NumTags scores per
// word instead of NumTags² per word; it lets the history features be richer
// than a transition matrix (previous tag × word, × shape), and it keeps
// training and tagging the same loop. Training decodes with the model's own previous tags,
// so it learns to recover from its own mistakes. Hard BIO constraints (no I-X
// after anything but B-X or I-X) keep the output well formed.
//
// Features are the usual ones for names in news: the lower-cased word and
// its neighbours to ±2, word shapes (Xxxx, XX, X.X., xx-Xxxx) and their short
// forms, prefixes and suffixes of 1-4 letters, capitalisation at the start
// of a sentence or clause, name particles (al-, bin, Abu, van), a title of
// office just before, and gazetteer membership with its BIO position from
// the embedded tables (internal/gazetteer). They are hashed into a fixed
// table of 1<<20 rows of NumTags int16 weights (FNV-1a then a multiplicative
// mix), so the model has no vocabulary to store: the weights file is a
// sparse, gzipped dump of the non-zero rows, under a versioned header that
// names the file format and the feature set (FeatureVersion).
//
// TagScores returns every tag's score at each word beside the tags, and
// Margins the chosen tag's lead over the best other: the model's confidence,
// which the mention stage uses to decide when the tagger may overrule or add
// to the rules (mention.Learned). Spans whose least margin is 100 or more
// are right 0.95 of the time on GMB dev (0.85 for all spans), 0.82 on
// CrossNER dev (0.63).
//
// Training data is augmented with spelling variants the news uses and the
// data lacks (Augment: "Al Bashir" beside "al-Bashir").
//
// Measured on GMB dev (102k tokens, exact-span micro F1): 0.85; tagging
// runs at about a million tokens per second per core (BenchmarkTag), and a
// full training run (1M tokens, 8 passes) takes about ten CPU seconds.
//
// The model's gazetteer features are only as good as the gazetteer it was
// trained with: retrain (make model) after the tables change much.
package tagger
