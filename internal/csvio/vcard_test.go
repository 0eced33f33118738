package csvio

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"clave/internal/kam"
)

// vcardUnescape reverses RFC 6350 §3.4 text escaping.
func vcardUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// splitUnescaped splits s on sep where sep is not escaped.
func splitUnescaped(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

type vprop struct{ name, value string }

// parseVCards checks the physical form (CRLF, ≤75 octets, continuation lines start with a
// space, whole UTF-8 sequences per line), unfolds, and returns the cards' content lines.
func parseVCards(t *testing.T, out string) [][]vprop {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") {
		t.Fatalf("output does not end in CRLF")
	}
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") || strings.Count(out, "\r") != strings.Count(out, "\r\n") {
		t.Fatalf("bare CR or LF in output: %q", out)
	}
	physical := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			if len(logical) == 0 {
				t.Fatalf("continuation on line 1")
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	var cards [][]vprop
	var cur []vprop
	for _, l := range logical {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("content line without colon: %q", l)
		}
		switch {
		case l == "BEGIN:VCARD":
			cur = nil
		case l == "END:VCARD":
			cards = append(cards, cur)
		default:
			cur = append(cur, vprop{name, value})
		}
	}
	return cards
}

func get(props []vprop, name string) (string, bool) {
	for _, p := range props {
		if p.name == name {
			return p.value, true
		}
	}
	return "", false
}

func TestWriteVCard(t *testing.T) {
	long := strings.Repeat("Reunión con el director financiero; acordamos revisar precios, plazos y volúmenes. ", 4) +
		"Emoji 🤝 y acentos: ñáéíóú ÑÁÉÍÓÚ\\fin\r\nSegunda línea"
	contacts := []*kam.Contact{
		{ID: "0190c6a4-7e1f-7cc3-9d2b-1f2e3d4c5b6a", AccountName: "Distribuidora Núñez, C.A.; sucursal \\ Este",
			Name: "María José Peña", Title: "Gerente de compras, zona centro", Email: "maria@nunez.com.ve",
			Phone: "+58 212 555 0101", Mobile: "+58 414 555 0101", Notes: long,
			UpdatedAt: time.Date(2024, 3, 5, 14, 30, 0, 0, time.FixedZone("VET", -4*3600))},
		{ID: "0190c6a4-7e1f-7cc3-9d2b-000000000002", Name: "Cher"},
	}
	// Notes whose every possible alignment puts a multi-byte rune across the 75th octet.
	for i := 0; i < 4; i++ {
		contacts = append(contacts, &kam.Contact{ID: "x", Name: "N", Notes: strings.Repeat("x", i) + strings.Repeat("ñ€🤝", 40)})
	}

	for _, version := range []string{"3.0", "4.0"} {
		t.Run(version, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteVCard(&buf, contacts, version); err != nil {
				t.Fatal(err)
			}
			cards := parseVCards(t, buf.String())
			if len(cards) != len(contacts) {
				t.Fatalf("got %d cards, want %d", len(cards), len(contacts))
			}
			for i, card := range cards {
				if card[0] != (vprop{"VERSION", version}) {
					t.Errorf("card %d: first property %v, want VERSION:%s", i, card[0], version)
				}
				for _, req := range []string{"FN", "N"} {
					if _, ok := get(card, req); !ok {
						t.Errorf("card %d: no %s", i, req)
					}
				}
				if n, _ := get(card, "N"); len(splitUnescaped(n, ';')) != 5 {
					t.Errorf("card %d: N=%q does not have 5 components", i, n)
				}
				if notes, _ := get(card, "NOTE"); contacts[i].Notes != "" && vcardUnescape(notes) != strings.ReplaceAll(contacts[i].Notes, "\r\n", "\n") {
					t.Errorf("card %d: NOTE unescapes to %q", i, vcardUnescape(notes))
				}
			}

			c := cards[0]
			wantProps := map[string]string{
				"FN":            "María José Peña",
				"ORG":           "Distribuidora Núñez, C.A.; sucursal \\ Este",
				"TITLE":         "Gerente de compras, zona centro",
				"TEL;TYPE=work": "+58 212 555 0101",
				"TEL;TYPE=cell": "+58 414 555 0101",
			}
			for name, want := range wantProps {
				got, ok := get(c, name)
				if !ok || vcardUnescape(got) != want {
					t.Errorf("%s=%q (unescaped %q), want %q", name, got, vcardUnescape(got), want)
				}
			}
			if org, _ := get(c, "ORG"); org != `Distribuidora Núñez\, C.A.\; sucursal \\ Este` {
				t.Errorf("ORG escaped as %q", org)
			}
			if n, _ := get(c, "N"); n != "Peña;María José;;;" {
				t.Errorf("N=%q", n)
			}
			if n, _ := get(cards[1], "N"); n != "Cher;;;;" {
				t.Errorf("N=%q", n)
			}
			if _, ok := get(cards[1], "ORG"); ok {
				t.Error("ORG written for a contact without account")
			}
			wantUID, wantREV, email := "0190c6a4-7e1f-7cc3-9d2b-1f2e3d4c5b6a", "2024-03-05T18:30:00Z", "EMAIL;TYPE=INTERNET,WORK"
			if version == "4.0" {
				wantUID, wantREV, email = "urn:uuid:"+wantUID, "20240305T183000Z", "EMAIL;TYPE=work"
			}
			if got, _ := get(c, email); got != "maria@nunez.com.ve" {
				t.Errorf("%s=%q", email, got)
			}
			if uid, _ := get(c, "UID"); uid != wantUID {
				t.Errorf("UID=%q, want %q", uid, wantUID)
			}
			if rev, _ := get(c, "REV"); rev != wantREV {
				t.Errorf("REV=%q, want %q", rev, wantREV)
			}
			if _, ok := get(cards[1], "REV"); ok {
				t.Error("REV written for a zero UpdatedAt")
			}
		})
	}

	if err := WriteVCard(&bytes.Buffer{}, contacts, "2.1"); kam.ErrorCode(err) != kam.EINVALID {
		t.Errorf("version 2.1: err=%v, want EINVALID", err)
	}
}

func TestWriteVCard_FoldsLongLines(t *testing.T) {
	// The fold itself: a 200-octet value becomes lines of exactly 75 octets, then the rest.
	var buf bytes.Buffer
	if err := WriteVCard(&buf, []*kam.Contact{{Name: "N", Notes: strings.Repeat("a", 200)}}, "4.0"); err != nil {
		t.Fatal(err)
	}
	var note []string
	for _, l := range strings.Split(buf.String(), "\r\n") {
		if strings.HasPrefix(l, "NOTE:") || len(note) > 0 && strings.HasPrefix(l, " ") {
			note = append(note, l)
		}
	}
	// "NOTE:" + 200 octets = 205 = 75 + 74 + 56 (each continuation line spends one octet on its space).
	want := []int{75, 75, 57}
	if len(note) != len(want) {
		t.Fatalf("NOTE folded into %d lines: %q", len(note), note)
	}
	for i, l := range note {
		if len(l) != want[i] {
			t.Errorf("line %d is %d octets, want %d", i, len(l), want[i])
		}
	}
}
