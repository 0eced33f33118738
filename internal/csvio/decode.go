// Package csvio reads the CSV files people bring (Excel's Spanish exports, CRM exports) into
// kam import rows, and writes accounts and contacts as CSV, JSON and vCard.
//
// Reading never validates: the store validates every row it writes. It only turns cells into
// typed values and reports, per row, what cannot be read at all.
package csvio

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"clave/internal/kam"
)

// Encodings Decode reports in Table.Encoding.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	Encoding1252    = "windows-1252"
	EncodingUTF16LE = "utf-16le" // Excel's "Unicode text" export
	EncodingUTF16BE = "utf-16be"
)

// Table is a decoded CSV file: the header cells and the non-empty records after it.
type Table struct {
	Headers      []string
	Rows         []Record
	Encoding     string // one of the Encoding constants
	Separator    rune   // ';', ',' or '\t'
	DecimalComma bool   // numbers are written "1.234,56"; see decideDecimalComma
}

// Record is one data record. Row is its spreadsheet row number as Excel shows it: the header is
// row 1 (unless blank lines precede it), a record whose quoted cells span several lines is one
// row, and blank lines count as rows. Cells has at least len(Headers) entries.
type Record struct {
	Row   int
	Cells []string
}

// Decode reads a whole CSV file into memory and decodes it. The encoding is a UTF-8 or UTF-16
// byte order mark if present, else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (it
// cannot tell 1252 from another single-byte code page such as Latin-9 or Mac Roman). The separator
// is whichever of ';', '\t' and ',' occurs most outside quotes in the header line, or the one an
// Excel "sep=X" first line names. Records whose cells are all blank are skipped. Cells are
// kept as written (not trimmed); header cells are trimmed.
// Returns EINVALID (error.import.empty) for a file without a header and EINVALID
// (error.import.csv_invalid) if the CSV cannot be parsed.
func Decode(r io.Reader) (*Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	text, enc := decodeText(data)

	// Old Mac files end lines with a lone CR, which encoding/csv does not split on.
	if !strings.Contains(text, "\n") && strings.Contains(text, "\r") {
		text = strings.ReplaceAll(text, "\r", "\n")
	}

	// Excel writes and honours a first line "sep=;" naming the separator; it does not show it.
	var sep rune
	if line, rest, _ := strings.Cut(text, "\n"); len(strings.TrimSpace(line)) == 5 && strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "sep=") {
		sep, _ = utf8.DecodeLastRuneInString(strings.TrimSpace(line))
		text = rest
	}
	if sep == 0 {
		sep = detectSeparator(text)
	}

	t := &Table{Encoding: enc, Separator: sep}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sep
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1

	// Walk the records, numbering rows as a spreadsheet does. encoding/csv silently skips empty
	// lines, so the gap between the line a record starts on and the lines consumed so far tells
	// how many blank rows were skipped.
	row, consumed, lastOff := 0, 0, int64(0)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, &kam.Error{Code: kam.EINVALID, Key: "error.import.csv_invalid", Op: "csvio.Decode", Err: err}
		}
		line, _ := cr.FieldPos(0)
		row += line - consumed
		off := cr.InputOffset()
		consumed += strings.Count(text[lastOff:off], "\n")
		lastOff = off

		if blank(rec) {
			continue
		}
		if t.Headers == nil {
			t.Headers = make([]string, len(rec))
			for i, h := range rec {
				t.Headers[i] = strings.TrimSpace(h)
			}
			continue
		}
		for len(rec) < len(t.Headers) {
			rec = append(rec, "")
		}
		t.Rows = append(t.Rows, Record{Row: row, Cells: rec})
	}
	if t.Headers == nil {
		return nil, &kam.Error{Code: kam.EINVALID, Key: "error.import.empty", Op: "csvio.Decode"}
	}

	// Decimal style: the separator sets the default, the numbers in the file decide.
	comma, point := 0, 0
	for _, rec := range t.Rows {
		for _, c := range rec.Cells {
			switch classifyNumber(c) {
			case +1:
				comma++
			case -1:
				point++
			}
		}
	}
	t.DecimalComma = decideDecimalComma(sep, comma, point)
	return t, nil
}

// decideDecimalComma settles the decimal style from the counts of cells that can only be read
// one way (see classifyNumber). A ';' file is Spanish Excel's, so decimal comma, unless its
// numbers show decimal points and no decimal comma at all; other files need a majority of
// decimal-comma numbers.
func decideDecimalComma(sep rune, comma, point int) bool {
	if sep == ';' {
		return !(point > 0 && comma == 0)
	}
	return comma > point
}

// decodeText turns the file's bytes into a string and names the encoding.
func decodeText(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), EncodingUTF8BOM
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), EncodingUTF16LE
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), EncodingUTF16BE
	case utf8.Valid(data):
		return string(data), EncodingUTF8
	}
	return decode1252(data), Encoding1252
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps bytes 0x80–0x9F of Windows-1252; the five bytes it leaves undefined map to the
// C1 control of the same value, as the WHATWG Encoding Standard does. Bytes 0xA0–0xFF are
// Latin-1 and equal their code points.
var cp1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

func decode1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// detectSeparator counts ';', '\t' and ',' outside quotes on the first non-blank line and
// returns the most frequent, preferring ';' then '\t' on a tie; ',' when there is none.
func detectSeparator(text string) rune {
	counts := map[rune]int{}
	inQuotes, started := false, false
	for _, r := range text {
		if r == '"' {
			inQuotes = !inQuotes
		}
		if inQuotes {
			started = true
			continue
		}
		switch r {
		case '\n':
			if started {
				goto done
			}
		case ';', '\t', ',':
			counts[r]++
			started = true
		case ' ', '\r':
		default:
			started = true
		}
	}
done:
	best, n := ',', 0
	for _, r := range []rune{';', '\t', ','} {
		if counts[r] > n {
			best, n = r, counts[r]
		}
	}
	return best
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// classifyNumber tells whether a cell is a number written unambiguously with a decimal comma
// (+1: "1.234,56", "12,5", "1.234.567"), with a decimal point (-1: "1,234.56", "12.5",
// "1,234,567"), or is not a number or could be either (0: "1.234", "1,234", "42", "abc").
func classifyNumber(s string) int {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "+-(")
	s = strings.TrimRight(s, ")")
	s = strings.TrimSpace(strings.Trim(s, "$€ \u00a0"))
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return 0
		}
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	switch {
	case commas == 0 && dots == 0:
		return 0
	case commas > 0 && dots > 0:
		if strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.') {
			if commas == 1 && validGrouping(s[:strings.IndexByte(s, ',')], '.') {
				return +1
			}
		} else if dots == 1 && validGrouping(s[:strings.IndexByte(s, '.')], ',') {
			return -1
		}
		return 0
	case commas == 1:
		return singleSeparator(s, ',', +1)
	case dots == 1:
		return singleSeparator(s, '.', -1)
	case commas > 1 && validGrouping(s, ','):
		return -1
	case dots > 1 && validGrouping(s, '.'):
		return +1
	}
	return 0
}

// singleSeparator classifies a number with one separator sep: it is a decimal separator
// (answer vote) unless it could be a thousands separator ("1,234").
func singleSeparator(s string, sep byte, vote int) int {
	i := strings.IndexByte(s, sep)
	intPart, frac := s[:i], s[i+1:]
	if frac == "" {
		return 0
	}
	if len(frac) != 3 || len(intPart) > 3 || intPart[0] == '0' {
		return vote
	}
	return 0
}

// validGrouping reports whether an integer part written with the thousands separator group is
// grouped the usual way: 1–3 digits, then groups of exactly 3. A part without the separator
// is valid.
func validGrouping(intPart string, group byte) bool {
	if strings.IndexByte(intPart, group) < 0 {
		return true
	}
	parts := strings.Split(intPart, string(group))
	if len(parts[0]) < 1 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}
