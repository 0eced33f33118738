package csvio

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"clave/internal/kam"
)

// WriteVCard writes contacts as vCards of version "3.0" (RFC 2426) or "4.0" (RFC 6350), UTF-8,
// CRLF, lines folded at 75 octets. Each card has FN and N (required by 4.0 and 3.0
// respectively), ORG (the account name), TITLE, EMAIL, TEL;TYPE=work and TEL;TYPE=cell, NOTE,
// UID (the contact ID; in 4.0 as urn:uuid:, which assumes IDs are UUIDs) and REV (UpdatedAt,
// in UTC) when present.
// N is guessed from the full name: the last word is the family name, the rest the given
// names, which is wrong for Spanish double surnames ("Ana Núñez Pérez" gives family "Pérez").
// Returns EINVALID (error.vcard.version_invalid) for another version.
func WriteVCard(w io.Writer, contacts []*kam.Contact, version string) error {
	if version != "3.0" && version != "4.0" {
		return &kam.Error{Code: kam.EINVALID, Key: "error.vcard.version_invalid", Op: "csvio.WriteVCard " + version}
	}
	bw := bufio.NewWriter(w)
	for _, c := range contacts {
		line := func(name, value string) {
			writeFolded(bw, name+":"+value)
		}
		line("BEGIN", "VCARD")
		line("VERSION", version)
		line("PRODID", "-//Clave//Clave//ES")
		if version == "4.0" {
			line("KIND", "individual")
		}
		line("FN", vcardEscape(c.Name))
		family, given := splitName(c.Name)
		line("N", vcardEscape(family)+";"+vcardEscape(given)+";;;")
		if c.AccountName != "" {
			line("ORG", vcardEscape(c.AccountName))
		}
		if c.Title != "" {
			line("TITLE", vcardEscape(c.Title))
		}
		if c.Email != "" {
			if version == "4.0" {
				line("EMAIL;TYPE=work", vcardEscape(c.Email))
			} else {
				line("EMAIL;TYPE=INTERNET,WORK", vcardEscape(c.Email)) // 3.0's own type is "internet"
			}
		}
		if c.Phone != "" {
			line("TEL;TYPE=work", vcardEscape(c.Phone))
		}
		if c.Mobile != "" {
			line("TEL;TYPE=cell", vcardEscape(c.Mobile))
		}
		if c.Notes != "" {
			line("NOTE", vcardEscape(c.Notes))
		}
		if c.ID != "" {
			if version == "4.0" {
				line("UID", "urn:uuid:"+c.ID)
			} else {
				line("UID", vcardEscape(c.ID))
			}
		}
		if !c.UpdatedAt.IsZero() {
			layout := "2006-01-02T15:04:05Z" // 3.0: ISO 8601 extended, as RFC 2426's example
			if version == "4.0" {
				layout = "20060102T150405Z" // 4.0: timestamp, basic format
			}
			line("REV", c.UpdatedAt.UTC().Format(layout))
		}
		line("END", "VCARD")
	}
	return bw.Flush()
}

// vcardEscape escapes a text value: backslash, comma, semicolon, and line breaks as "\n".
func vcardEscape(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`).Replace(s)
}

// splitName returns the family name (the last word) and the given names (the rest).
func splitName(full string) (family, given string) {
	words := strings.Fields(full)
	switch len(words) {
	case 0:
		return "", ""
	case 1:
		return words[0], ""
	}
	return words[len(words)-1], strings.Join(words[:len(words)-1], " ")
}

// writeFolded writes a content line ending in CRLF, folded so that no line exceeds 75 octets
// (continuation lines start with a space, which counts), never inside a UTF-8 sequence.
func writeFolded(w *bufio.Writer, s string) {
	n := 0
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		if n+size > 75 {
			w.WriteString("\r\n ")
			n = 1
		}
		w.WriteString(s[:size])
		n += size
		s = s[size:]
	}
	w.WriteString("\r\n")
}
