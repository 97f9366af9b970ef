package tagger

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// Lexicon is the gazetteer knowledge the features use; *gazetteer.Gazetteer
// satisfies it. A nil Lexicon turns the gazetteer features off.
type Lexicon interface {
	LongestMatch(words []string, i int) ([]gazetteer.Entry, int)
	Title(words []string, i int) (string, int)
}

// FeatureVersion names the feature set. Weights are indexed by hashed
// feature strings, so any change to the templates below makes old weights
// meaningless: bump it, and the model loader rejects stale files.
const FeatureVersion = 3

// Feature templates. A feature is the hash of a template id and the hashed
// values it combines; the ids are part of the model format.
const (
	fBias uint64 = iota + 1
	fWord
	fShape
	fShort
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fWordM1
	fWordP1
	fWordM2
	fWordP2
	fShapeM1
	fShapeP1
	fShortM2
	fShortP2
	fWordM1Word
	fWordWordP1
	fShort3
	fFirstShape
	fFirstWord
	fParticle
	fParticleM1
	fParticleP1
	fTitleM1
	fTitleM1Short
	fGaz
	fGazM1
	fGazP1
	fGazShort
	fGazSpan
	fGazKinds
	// Features of the tags already chosen (greedy history).
	fPrev
	fPrev2Prev
	fPrevWord
	fPrevShort
	fPrevShortP1
)

// word flags
const (
	flagParticle = 1 << iota // al-, bin, abu, van: name-internal particles
	flagTitle                // a title of office or honorific: names follow
	flagCap                  // starts with an upper-case letter
	flagOpener               // quote or bracket: the next word starts a clause
	flagDotless              // an abbreviation written without its dot (Mr, Dr)
)

// wordInfo holds the hashes of one word's forms, computed once per word so
// that each template is a cheap mix of precomputed values.
type wordInfo struct {
	lower, shape, short uint64
	pre, suf            [4]uint64
	gaz, gazSpan        uint64 // gazetteer kind with its BIO position, 0 when none
	gazKinds            uint64 // every kind the name may be, in table order
	flags               uint8
	titleEnds           bool // a title of office ends at this word
}

// padding words outside the sentence
var (
	padBefore = wordInfo{lower: hashString("<s>"), shape: hashString("<s>"), short: hashString("<s>")}
	padAfter  = wordInfo{lower: hashString("</s>"), shape: hashString("</s>"), short: hashString("</s>")}
)

// Name particles and titles of office: general English news vocabulary.
// Titles also come from the Lexicon when one is set.
var (
	particles = []string{"al", "al-", "el", "el-", "ad-", "as-", "ash-", "an-", "ar-", "az-", "at-", "ibn", "bin", "bint", "ben", "abu", "abd", "abdel", "abdul", "bou",
		"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "mac", "mc", "o'", "st.", "ould"}
	titles = []string{"president", "vice", "minister", "prime", "premier", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan",
		"ayatollah", "imam", "pope", "cardinal", "archbishop", "bishop", "rev.", "general", "gen.", "lt.", "col.", "colonel", "major", "maj.", "captain", "capt.",
		"commander", "admiral", "sergeant", "sgt.", "secretary", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "ambassador",
		"envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "leader", "director", "judge", "justice", "mr.", "mrs.",
		"ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "foreign", "defense", "defence", "interior", "finance", "deputy", "acting",
		"former", "ex-", "sen", "lawmaker", "minister-president", "president-elect", "premier-elect", "commissioner", "rebel", "opposition", "cleric",
		"militant", "candidate", "dictator", "strongman", "warlord", "diplomat", "negotiator", "mediator", "official", "officials", "coach", "activist"}
	wordFlags = map[uint64]uint8{}
)

func init() {
	for _, w := range particles {
		wordFlags[hashString(w)] |= flagParticle
	}
	for _, w := range titles {
		wordFlags[hashString(w)] |= flagTitle
	}
	// British style drops the dot the training data (American) has.
	for _, w := range []string{"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "rep", "sen", "gov", "prof", "rev", "jr", "sr"} {
		wordFlags[hashString(w)] |= flagDotless
	}
	for _, w := range []string{`"`, `“`, `‘`, `'`, "(", "[", ":", "--", "-", "—", "–"} {
		wordFlags[hashString(w)] |= flagOpener
	}
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	var fs featurizer
	return fs.info(s).lower
}

func mix(a, b uint64) uint64 {
	h := (a ^ b) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// foldRune is the word normalisation behind the word features: lower case,
// typographic apostrophes as ', every digit as 0 (so years and counts
// share weights).
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < utf8.RuneSelf:
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
		return '\''
	case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
		return '"' // the training data has ASCII quotes only
	case r == '–' || r == '—':
		return '-'
	case unicode.IsDigit(r):
		return '0'
	}
	return unicode.ToLower(r)
}

func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r == '’' || r == '‘':
		return '\''
	case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
		return '"'
	case r == '–' || r == '—':
		return '-'
	}
	return r
}

// featurizer turns sentences into hashed features; it keeps its buffers
// between sentences, so one featurizer serves one goroutine.
type featurizer struct {
	lex    Lexicon
	words  []wordInfo // words of the sentence, with two pads each side
	lexBuf []lexInfo
}

// info hashes the forms of one word.
func (fs *featurizer) info(w string) wordInfo {
	var wi wordInfo
	h, sh, ss := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	run, n := 0, 0
	for _, r := range w {
		f := foldRune(r)
		h = hashRune(h, f)
		if n < 4 {
			wi.pre[n] = h
		}
		n++
		s := shapeRune(r)
		if s == last {
			run++
		} else {
			run = 1
			ss = hashRune(ss, s)
		}
		if run <= 4 {
			sh = hashRune(sh, s)
		}
		last = s
	}
	wi.lower, wi.shape, wi.short = h, sh, ss
	for k := n; k < 4; k++ {
		wi.pre[k] = h
	}
	// suffixes: hash the last k runes forwards
	end := len(w)
	for k := 0; k < 4; k++ {
		if end > 0 {
			_, size := utf8.DecodeLastRuneInString(w[:end])
			end -= size
		}
		s := uint64(fnvOffset)
		for _, r := range w[end:] {
			s = hashRune(s, foldRune(r))
		}
		wi.suf[k] = s
	}
	wi.flags = wordFlags[h]
	if wi.flags&flagDotless != 0 {
		return fs.info(w + ".")
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		wi.flags |= flagCap
	}
	return wi
}

// lexInfo is what the Lexicon says of one word.
type lexInfo struct {
	gaz, gazSpan uint64 // gazetteer kind with its BIO position, 0 when none
	gazKinds     uint64 // every kind the name may be ("city", "admin1"), 0 when none
	titleEnds    bool   // a title of office ends at this word
}

// lookup appends what lex says of each word of a sentence: the kind of the
// longest known name covering it, left to right, and where titles end.
func lookup(lex Lexicon, words []string, out []lexInfo) []lexInfo {
	base := len(out)
	out = append(out, make([]lexInfo, len(words))...)
	if lex == nil {
		return out
	}
	li := out[base:]
	for i := 0; i < len(words); {
		ents, k := lex.LongestMatch(words, i)
		if k <= 0 || len(ents) == 0 {
			i++
			continue
		}
		kind := hashString(string(ents[0].Kind))
		// Ambiguous names (Georgia: country and state) carry all their kinds.
		var kinds uint64 = fnvOffset
		var seen [8]gazetteer.Kind
		n := 0
		for _, e := range ents {
			if n < len(seen) && !slices.Contains(seen[:n], e.Kind) {
				seen[n] = e.Kind
				n++
				kinds = mix(kinds, hashString(string(e.Kind)))
			}
		}
		end := min(i+k, len(words))
		for j := i; j < end; j++ {
			pos := uint64('I')
			if j == i {
				pos = 'B'
			}
			if k == 1 {
				pos = 'U'
			}
			li[j].gaz = mix(kind, pos)
			li[j].gazSpan = mix(kind, uint64(min(k, 4)))
			li[j].gazKinds = mix(kinds, pos)
		}
		i = end
	}
	for i := range words {
		if _, k := lex.Title(words, i); k > 0 && i+k <= len(words) {
			li[i+k-1].titleEnds = true
		}
	}
	return out
}

// prepare computes the per-word information of a sentence; lex holds what
// the Lexicon says of its words (from lookup), nil to look them up now.
func (fs *featurizer) prepare(words []string, lex []lexInfo) {
	fs.words = append(fs.words[:0], padBefore, padBefore)
	for _, w := range words {
		fs.words = append(fs.words, fs.info(w))
	}
	fs.words = append(fs.words, padAfter, padAfter)
	ws := fs.words[2 : 2+len(words)]
	if lex == nil && fs.lex != nil {
		fs.lexBuf = lookup(fs.lex, words, fs.lexBuf[:0])
		lex = fs.lexBuf
	}
	for i := range lex {
		ws[i].gaz, ws[i].gazSpan, ws[i].gazKinds = lex[i].gaz, lex[i].gazSpan, lex[i].gazKinds
		ws[i].titleEnds = lex[i].titleEnds
	}
	for i := range ws {
		if ws[i].flags&flagTitle != 0 {
			ws[i].titleEnds = true
		}
	}
}

// static appends the features of word i that do not depend on the tags
// chosen so far.
func (fs *featurizer) static(i int, out []uint64) []uint64 {
	ws := fs.words
	p := i + 2
	w, m1, m2, p1, p2 := &ws[p], &ws[p-1], &ws[p-2], &ws[p+1], &ws[p+2]
	out = append(out,
		fBias,
		mix(fWord, w.lower),
		mix(fShape, w.shape),
		mix(fShort, w.short),
		mix(fPre1, w.pre[0]), mix(fPre2, w.pre[1]), mix(fPre3, w.pre[2]), mix(fPre4, w.pre[3]),
		mix(fSuf1, w.suf[0]), mix(fSuf2, w.suf[1]), mix(fSuf3, w.suf[2]), mix(fSuf4, w.suf[3]),
		mix(fWordM1, m1.lower),
		mix(fWordP1, p1.lower),
		mix(fWordM2, m2.lower),
		mix(fWordP2, p2.lower),
		mix(fShapeM1, m1.shape),
		mix(fShapeP1, p1.shape),
		mix(fShortM2, m2.short),
		mix(fShortP2, p2.short),
		mix(mix(fWordM1Word, m1.lower), w.lower),
		mix(mix(fWordWordP1, w.lower), p1.lower),
		mix(mix(mix(fShort3, m1.short), w.short), p1.short),
	)
	// Capitalisation says little at the start of a sentence or clause.
	if i == 0 || m1.flags&flagOpener != 0 {
		out = append(out, mix(fFirstShape, w.short), mix(fFirstWord, w.lower))
	}
	if w.flags&flagParticle != 0 {
		out = append(out, mix(fParticle, w.short))
	}
	if m1.flags&flagParticle != 0 {
		out = append(out, mix(fParticleM1, w.short))
	}
	if p1.flags&flagParticle != 0 {
		out = append(out, mix(fParticleP1, w.short))
	}
	if m1.titleEnds {
		out = append(out, fTitleM1, mix(fTitleM1Short, w.short))
	}
	if w.gaz != 0 {
		out = append(out, mix(fGaz, w.gaz), mix(mix(fGazShort, w.gaz), w.short), mix(fGazSpan, w.gazSpan), mix(fGazKinds, w.gazKinds))
	}
	if m1.gaz != 0 {
		out = append(out, mix(fGazM1, m1.gaz))
	}
	if p1.gaz != 0 {
		out = append(out, mix(fGazP1, p1.gaz))
	}
	return out
}

// history appends the features of word i that depend on the two tags chosen
// before it.
func (fs *featurizer) history(i int, prev2, prev Tag, out []uint64) []uint64 {
	ws := fs.words
	w, p1 := &ws[i+2], &ws[i+3]
	pv := uint64(prev) + 1
	return append(out,
		mix(fPrev, pv),
		mix(mix(fPrev2Prev, uint64(prev2)+1), pv),
		mix(mix(fPrevWord, pv), w.lower),
		mix(mix(fPrevShort, pv), w.short),
		mix(mix(mix(fPrevShortP1, pv), w.short), p1.short),
	)
}

// allowed reports whether t may follow prev: an I- tag continues a span of
// its own type only.
func allowed(prev, t Tag) bool {
	return !t.Inside() || (prev != O && prev.Type() == t.Type())
}
