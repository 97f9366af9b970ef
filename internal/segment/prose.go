package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isProse says whether sentence s of block b is running text. Headlines and
// section titles are Title Case or lack final punctuation; bylines and
// navigation carry bars and dates.
func isProse(text string, s Sentence, b block) bool {
	if !s.Prose {
		return false
	}
	words, lower := 0, 0
	for _, t := range s.Tokens {
		if isWord(t.Text) {
			words++
			if startsLower(t.Text) {
				lower++
			}
		}
		if t.Text == "|" {
			return false
		}
	}
	if words == 0 || isBoilerplate(text[s.Start:s.End]) {
		return false
	}
	terminal := endsTerminal(text[s.Start:s.End])
	// A headline may end with "?" or "!"; running text that is all
	// capitalised words is rarer than that, so a sentence with final
	// punctuation needs every word capitalised to count as a headline.
	if content, upper := capitals(s.Tokens); content >= 2 && (upper == content || !terminal && upper*5 >= content*4) {
		return false
	}
	if first := s.Tokens[0].Text; (first == "By" || first == "by") && words <= 8 {
		return false
	}
	if !terminal {
		// A paragraph that just lacks its full stop is long and mostly
		// lower case, or hard-wrapped over several lines; a headline is
		// neither.
		return (b.lines > 1 || words >= 20) && lower*2 >= words
	}
	return true
}

// titleCase says whether toks read as a Title Case headline: nearly every
// word that is not a function word is capitalised, and there are at least
// two of them.
func titleCase(toks []Token) bool {
	content, upper := capitals(toks)
	return content >= 2 && upper*5 >= content*4
}

// capitals counts the words of toks that are not function words or numbers,
// and how many of them are capitalised.
func capitals(toks []Token) (content, upper int) {
	for _, t := range toks {
		if !isWord(t.Text) || functionWords[strings.ToLower(t.Text)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsDigit(r) {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return content, upper
}

func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// boilerplate matches web page furniture that must never yield anything:
// comment forms, share and follow bars, navigation, section labels.
var boilerplate = regexp.MustCompile(`(?i)^\W*(` +
	`leave a (comment|reply)|submit a comment|post a comment|add a comment|\d*\s*comments?|no comments|` +
	`scroll to top|back to top|skip to (main )?content|loading\W*|advertisement|sponsored( content)?|` +
	`share( this)?( article| story| post)?( on \w+)?|follow us( on \w+)?|subscribe( now| to our newsletter)?|` +
	`sign (up|in)|log ?in|read more|continue reading|click here|print|email|tweet|related( articles| posts| stories| news)?|` +
	`all rights reserved|(copyright|©).*|tags?:.*|posted in.*|filed under.*|` +
	`(latest|breaking|top|world|international) ?(international |world |breaking )?news` +
	`)\W*$`)

// boilerFirst are the first words of the lines boilerplate matches, so
// that the regexp only runs on the few lines that may match.
var boilerFirst = toSet(`leave submit post add no comment comments scroll back skip loading advertisement
sponsored share follow subscribe sign log login read continue click print email tweet related all
copyright tags tag posted filed latest breaking top world international`)

// boilerPhrases are found anywhere in a line of furniture.
var boilerPhrases = []string{"your email address will not be published", "required fields are marked",
	"cookie policy", "cookie settings", "cookies policy", "we use cookies", "this article was previously published",
	"this article was originally published", "this article was first published"}

// isBoilerplate says whether a line or sentence is page furniture. Page
// furniture is short; a paragraph of running text is not matched at all,
// which also keeps the look-ups off the bulk of the text.
func isBoilerplate(s string) bool {
	if len(s) > 160 {
		return false
	}
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '©' })
	if i < 0 {
		return false
	}
	j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	first := s[i:]
	if j > 0 {
		first = s[i : i+j]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if boilerFirst[strings.ToLower(first)] || unicode.IsDigit(r) || r == '©' {
		if boilerplate.MatchString(s) {
			return true
		}
	}
	ls := strings.ToLower(s)
	for _, p := range boilerPhrases {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

// functionWords are the small words a Title Case headline leaves in lower
// case, and the words that open a sentence without being names.
var functionWords = toSet(`a an the and or but nor for so yet of in on at to by from with without into onto
upon over under after before during since until amid amidst among between against as via per than vs
is are was were be been am has have had do does did will would shall should can could may might must
it its he she they we you i his her their our your my this that these those there here
not no also who whom whose which what when where why how if then while although though because`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
