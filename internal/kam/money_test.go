package kam_test

import (
	"testing"

	"clave/internal/kam"
)

func TestParseAmount(t *testing.T) {
	for _, tt := range []struct {
		in       string
		comma    bool
		currency string
		want     int64
		bad      bool
	}{
		{"1.234,56", true, "USD", 123456, false},
		{"1.234.567,8", true, "USD", 123456780, false},
		{"1,234.56", false, "USD", 123456, false},
		{"$ 1,234.5", false, "USD", 123450, false},
		{"12,50", true, "EUR", 1250, false},
		{"12,500", true, "EUR", 1250, false},
		{"12,505", true, "EUR", 0, true},
		{"-3,00", true, "USD", -300, false},
		{"(3.00)", false, "USD", -300, false},
		{"1500", false, "CLP", 1500, false},
		{"1.500", true, "CLP", 1500, false},
		{"abc", false, "USD", 0, true},
		{"1,2,3", true, "USD", 0, true},
		{"", false, "USD", 0, false},
		{"99999999999999999999", false, "USD", 0, true},
		{"1.5", true, "USD", 0, true},
		{"12.34.567,00", true, "USD", 0, true},
		{"1,5", false, "USD", 0, true},
	} {
		got, err := kam.ParseAmount(tt.in, tt.comma, tt.currency)
		if tt.bad {
			if kam.ErrorCode(err) != kam.EINVALID {
				t.Errorf("ParseAmount(%q) = %d, %v; want EINVALID", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseAmount(%q, %v, %s) = %d, %v; want %d", tt.in, tt.comma, tt.currency, got, err, tt.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	for _, tt := range []struct {
		minor    int64
		currency string
		want     string
	}{{123456, "USD", "1234.56"}, {5, "USD", "0.05"}, {-5, "USD", "-0.05"}, {1500, "CLP", "1500"}, {0, "EUR", "0.00"}} {
		if got := kam.FormatAmount(tt.minor, tt.currency); got != tt.want {
			t.Errorf("FormatAmount(%d, %s) = %q, want %q", tt.minor, tt.currency, got, tt.want)
		}
		// Round trip through the parser.
		if back, err := kam.ParseAmount(tt.want, false, tt.currency); err != nil || back != tt.minor {
			t.Errorf("round trip of %q = %d, %v", tt.want, back, err)
		}
	}
}

func TestParseTypedAmount(t *testing.T) {
	for in, want := range map[string]int64{
		"125000.50": 12500050, "125,000.50": 12500050, "125.000,50": 12500050,
		"125000,5": 12500050, "1.234": 123400, "1,5": 150, "0,05": 5,
	} {
		if got, err := kam.ParseTypedAmount(in, "USD"); err != nil || got != want {
			t.Errorf("ParseTypedAmount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if _, err := kam.ParseTypedAmount("12,34,5", "USD"); kam.ErrorCode(err) != kam.EINVALID {
		t.Errorf("12,34,5 accepted")
	}
}
