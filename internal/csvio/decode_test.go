package csvio

import (
	"reflect"
	"strings"
	"testing"

	"clave/internal/kam"
)

// spanishAccounts is an accounts file as Spanish Excel saves "CSV UTF-8": BOM, ';', CRLF,
// decimal comma, a quoted address holding ';', doubled quotes and an in-cell line break (LF,
// as Excel writes Alt+Enter), a row of empty cells and a bad row after the multi-line record.
const spanishAccounts = "\uFEFF" +
	"Nombre;Razón social;RIF;Tipo;Sector;Segmento;Estado;Dirección;Ciudad;Estado/Provincia;País;Teléfono;Correo electrónico;Sitio web;Origen;Ejecutivo asignado;Potencial anual;Moneda;Cuenta clave;Observaciones;Código interno\r\n" +
	"Distribuidora Núñez;Distribuidora Núñez, C.A.;J-30123456-7;Empresa;Alimentos;A;Cliente;\"Av. Principal; Edif. \"\"La Torre\"\"\nPiso 3\";Caracas;Miranda;Venezuela;+58 212 555 0101;compras@nunez.com.ve;nunez.com.ve;Referido;María Peña;1.234.567,89;USD;Sí;Cliente desde 2019 — paga en €;X-1\r\n" +
	"Ana Muñoz;;V-12345678;Persona natural;Salud;B;Prospecto;;Valencia;Carabobo;VE;;;;Feria;José Ibáñez;12,5;EUR;no;;X-2\r\n" +
	";;;;;;;;;;;;;;;;;;;;\r\n" +
	"Comercial Ñandú;;J-1;Empresa;;C;Activo;;;;Narnia;;;;;José Ibáñez;12,3,4;USD;quizás;;X-3\r\n" +
	"Ferretería El Águila;;J-40000000-1;;Construcción;;;;Maracaibo;Zulia;México;;;;Licitación;María Peña;0,50;USD;x;;\r\n"

// to1252 encodes s as Windows-1252 (test helper; panics on a rune 1252 cannot hold).
func to1252(s string) []byte {
	rev := map[rune]byte{}
	for i, r := range cp1252 {
		rev[r] = byte(0x80 + i)
	}
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80 || r >= 0xA0 && r <= 0xFF:
			b = append(b, byte(r))
		case rev[r] != 0:
			b = append(b, rev[r])
		default:
			panic("not in windows-1252: " + string(r))
		}
	}
	return b
}

func TestDecode_SpanishExcel(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		enc  string
	}{
		{"UTF-8 with BOM", []byte(spanishAccounts), EncodingUTF8BOM},
		{"Windows-1252", to1252(strings.TrimPrefix(spanishAccounts, "\uFEFF")), Encoding1252},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := Decode(strings.NewReader(string(tt.data)))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Encoding != tt.enc {
				t.Errorf("Encoding=%q, want %q", tab.Encoding, tt.enc)
			}
			if tab.Separator != ';' || !tab.DecimalComma {
				t.Errorf("Separator=%q DecimalComma=%v, want ';' true", tab.Separator, tab.DecimalComma)
			}
			if got, want := tab.Headers[1], "Razón social"; got != want {
				t.Errorf("Headers[1]=%q, want %q", got, want)
			}
			if got, want := len(tab.Headers), 21; got != want {
				t.Fatalf("len(Headers)=%d, want %d", got, want)
			}
			var rows []int
			for _, r := range tab.Rows {
				rows = append(rows, r.Row)
			}
			if want := []int{2, 3, 5, 6}; !reflect.DeepEqual(rows, want) {
				t.Fatalf("rows=%v, want %v", rows, want)
			}
			first := tab.Rows[0].Cells
			if got, want := first[0], "Distribuidora Núñez"; got != want {
				t.Errorf("name=%q, want %q", got, want)
			}
			if got, want := first[7], "Av. Principal; Edif. \"La Torre\"\nPiso 3"; got != want {
				t.Errorf("address=%q, want %q", got, want)
			}
			if got, want := first[19], "Cliente desde 2019 — paga en €"; got != want {
				t.Errorf("notes=%q, want %q", got, want)
			}
			if got, want := tab.Rows[3].Cells[0], "Ferretería El Águila"; got != want {
				t.Errorf("last name=%q, want %q", got, want)
			}
		})
	}
}

func TestDecode_Formats(t *testing.T) {
	utf16le := func(s string) string {
		b := []byte{0xFF, 0xFE}
		for _, r := range s { // BMP only in this test
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	tests := []struct {
		name         string
		in           string
		enc          string
		sep          rune
		decimalComma bool
		headers      []string
		rows         []Record
	}{
		{
			name: "comma UTF-8, decimal point", in: "Name,Annual Revenue\nAcme,\"1,234.56\"\n",
			enc: EncodingUTF8, sep: ',', headers: []string{"Name", "Annual Revenue"},
			rows: []Record{{2, []string{"Acme", "1,234.56"}}},
		},
		{
			name: "comma UTF-8, decimal comma in quotes", in: "Nombre,Potencial\r\nA,\"12,5\"\r\nB,\"1.234,00\"\r\n",
			enc: EncodingUTF8, sep: ',', decimalComma: true, headers: []string{"Nombre", "Potencial"},
			rows: []Record{{2, []string{"A", "12,5"}}, {3, []string{"B", "1.234,00"}}},
		},
		{
			name: "tab separated, commas in the text", in: "Nombre\tNotas\nA, B y C\tuno, dos\n",
			enc: EncodingUTF8, sep: '\t', headers: []string{"Nombre", "Notas"},
			rows: []Record{{2, []string{"A, B y C", "uno, dos"}}},
		},
		{
			name: "semicolon file with decimal points", in: "Nombre;Potencial\nA;1,234.50\nB;99.95\n",
			enc: EncodingUTF8, sep: ';', headers: []string{"Nombre", "Potencial"},
			rows: []Record{{2, []string{"A", "1,234.50"}}, {3, []string{"B", "99.95"}}},
		},
		{
			name: "Excel sep= line", in: "sep=;\r\nNombre,Ciudad;RIF\r\nA,B;J1\r\n",
			enc: EncodingUTF8, sep: ';', decimalComma: true, headers: []string{"Nombre,Ciudad", "RIF"},
			rows: []Record{{2, []string{"A,B", "J1"}}},
		},
		{
			name: "UTF-16LE Unicode text", in: utf16le("Nombre\tCiudad\r\nÑandú\tMérida\r\n"),
			enc: EncodingUTF16LE, sep: '\t', headers: []string{"Nombre", "Ciudad"},
			rows: []Record{{2, []string{"Ñandú", "Mérida"}}},
		},
		{
			name: "short rows padded, long rows kept", in: "A,B,C\n1\n1,2,3,4\n",
			enc: EncodingUTF8, sep: ',', headers: []string{"A", "B", "C"},
			rows: []Record{{2, []string{"1", "", ""}}, {3, []string{"1", "2", "3", "4"}}},
		},
		{
			name: "blank lines and empty records count as rows", in: "\n\"Nombre\",\"Notas\"\n\nA,\"x\ny\nz\"\n,\n  \nB,\n",
			enc: EncodingUTF8, sep: ',', headers: []string{"Nombre", "Notas"},
			rows: []Record{{4, []string{"A", "x\ny\nz"}}, {7, []string{"B", ""}}}, // A spans lines 4–6 but is row 4
		},
		{
			name: "CR-only line ends", in: "Nombre;RIF\rA;J1\rB;J2",
			enc: EncodingUTF8, sep: ';', decimalComma: true, headers: []string{"Nombre", "RIF"},
			rows: []Record{{2, []string{"A", "J1"}}, {3, []string{"B", "J2"}}},
		},
		{
			name: "header cells trimmed, separators inside quoted header ignored", in: "\" Nombre; completo \",Ciudad,País\nA,B,C\n",
			enc: EncodingUTF8, sep: ',', headers: []string{"Nombre; completo", "Ciudad", "País"},
			rows: []Record{{2, []string{"A", "B", "C"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := Decode(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Encoding != tt.enc || tab.Separator != tt.sep || tab.DecimalComma != tt.decimalComma {
				t.Errorf("Encoding=%q Separator=%q DecimalComma=%v, want %q %q %v",
					tab.Encoding, tab.Separator, tab.DecimalComma, tt.enc, tt.sep, tt.decimalComma)
			}
			if !reflect.DeepEqual(tab.Headers, tt.headers) {
				t.Errorf("Headers=%q, want %q", tab.Headers, tt.headers)
			}
			if !reflect.DeepEqual(tab.Rows, tt.rows) {
				t.Errorf("Rows=%+v, want %+v", tab.Rows, tt.rows)
			}
		})
	}
}

func TestDecode_Empty(t *testing.T) {
	for _, in := range []string{"", "\uFEFF", "\r\n\r\n", ";;;\r\n;;\r\n"} {
		_, err := Decode(strings.NewReader(in))
		if e := kam.AsError(err); e == nil || e.Code != kam.EINVALID || e.Key != "error.import.empty" {
			t.Errorf("Decode(%q) err=%v, want EINVALID error.import.empty", in, err)
		}
	}
}

func TestDecode_Windows1252Table(t *testing.T) {
	// Every byte decodes to one rune, ASCII and Latin-1 unchanged, 0x80–0x9F per the table.
	var all []byte
	for i := 1; i < 256; i++ {
		all = append(all, byte(i))
	}
	got := []rune(decode1252(all))
	if len(got) != 255 {
		t.Fatalf("decoded %d runes, want 255", len(got))
	}
	for i, r := range got {
		b := i + 1
		switch {
		case b < 0x80 || b >= 0xA0:
			if r != rune(b) {
				t.Errorf("byte %#x → %U, want %U", b, r, rune(b))
			}
		}
	}
	for b, want := range map[int]rune{0x80: '€', 0x8A: 'Š', 0x91: '‘', 0x93: '“', 0x96: '–', 0x97: '—', 0x99: '™', 0x9F: 'Ÿ', 0xD1: 'Ñ', 0xFA: 'ú', 0xF1: 'ñ'} {
		if got[b-1] != want {
			t.Errorf("byte %#x → %q, want %q", b, got[b-1], want)
		}
	}
}

func TestClassifyNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1.234,56", +1}, {"1.234.567,89", +1}, {"12,5", +1}, {"0,50", +1}, {"1.234.567", +1},
		{"1234,567", +1}, {"-12,50", +1}, {"$ 1.234,56", +1}, {"3,14159", +1},
		{"1,234.56", -1}, {"12.5", -1}, {"1,234,567", -1}, {"0.123", -1}, {"(1,234.50)", -1}, {"1234.5", -1},
		{"1,234", 0}, {"1.234", 0}, {"42", 0}, {"", 0}, {"abc", 0}, {"12.05.2024", 0},
		{"2024-03-05", 0}, {"J-30.123.456-7", 0}, {"1.234,56.7", 0}, {"12,34,567.00", 0}, {"1,", 0},
	}
	for _, tt := range tests {
		if got := classifyNumber(tt.in); got != tt.want {
			t.Errorf("classifyNumber(%q)=%d, want %d", tt.in, got, tt.want)
		}
	}
}
