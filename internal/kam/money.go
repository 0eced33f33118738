package kam

import (
	"strconv"
	"strings"
)

// Money is an amount in integer minor units (cents) of an ISO 4217 currency.
// Amounts are never floats: JavaScript numbers and spreadsheets round.
type Money struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// zeroDecimal lists the currencies this product meets that have no minor unit.
var zeroDecimal = map[string]bool{"CLP": true, "PYG": true, "JPY": true, "KRW": true, "ISK": true, "UYI": true, "VUV": true, "XAF": true, "XOF": true}

// Currencies offered in pickers; any three-letter code passes validation.
var Currencies = []string{"USD", "EUR", "VES", "COP", "MXN", "ARS", "CLP", "PEN", "BRL", "UYU", "PYG", "BOB", "CRC", "DOP", "GTQ", "PAB"}

// CurrencyExponent returns how many decimal digits a currency's minor unit has.
func CurrencyExponent(currency string) int {
	if zeroDecimal[currency] {
		return 0
	}
	return 2
}

// ValidCurrency reports whether c looks like an ISO 4217 code (three upper-case letters).
func ValidCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// MinorUnits converts a whole amount of currency (e.g. 250 dollars) to minor units.
func MinorUnits(whole int64, currency string) int64 {
	for range CurrencyExponent(currency) {
		whole *= 10
	}
	return whole
}

// ParseAmount reads a decimal amount as written by people and spreadsheets into minor units
// of currency. decimalComma selects "1.234,56" (Spanish Excel) over "1,234.56". A currency
// symbol or code and spaces are ignored. More decimals than the currency has are rejected
// rather than rounded silently. Returns EINVALID with key error.money.invalid.
func ParseAmount(s string, decimalComma bool, currency string) (int64, error) {
	bad := Errorf(EINVALID, "error.money.invalid")
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, currency)
	s = strings.TrimSuffix(s, currency)
	s = strings.TrimSpace(strings.Trim(s, "$€ \u00a0"))
	if s == "" {
		return 0, nil
	}
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	} else if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	group, dec := ",", "."
	if decimalComma {
		group, dec = ".", ","
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\u00a0", ""), " ", "")
	intPart, frac, hasFrac := strings.Cut(s, dec)
	if strings.Contains(frac, dec) || strings.Contains(frac, group) {
		return 0, bad
	}
	if strings.Contains(intPart, group) {
		// Grouping must be real thousands: "1.234.567", never "1.5" or "12.34.5".
		groups := strings.Split(intPart, group)
		if groups[0] == "" || len(groups[0]) > 3 {
			return 0, bad
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, bad
			}
		}
		intPart = strings.Join(groups, "")
	}
	exp := CurrencyExponent(currency)
	if !hasFrac {
		frac = ""
	}
	if len(frac) > exp {
		// Allow trailing zeros beyond the exponent ("12,50" in a two-decimal column is fine, "12,505" is not).
		if strings.Trim(frac[exp:], "0") != "" {
			return 0, bad
		}
		frac = frac[:exp]
	}
	frac += strings.Repeat("0", exp-len(frac))
	if intPart == "" {
		intPart = "0"
	}
	for _, r := range intPart + frac {
		if r < '0' || r > '9' {
			return 0, bad
		}
	}
	n, err := strconv.ParseInt(intPart+frac, 10, 64)
	if err != nil {
		return 0, bad
	}
	if neg {
		n = -n
	}
	return n, nil
}

// ParseTypedAmount reads an amount a person typed in a form, in either style: "125000.50",
// "125,000.50", "125.000,50" and "125000,5" all work. The decimal point reading is tried first;
// when it fails (a comma decimal, or dots grouping thousands) the decimal comma reading is used.
// Returns EINVALID with key error.money.invalid.
func ParseTypedAmount(s, currency string) (int64, error) {
	if n, err := ParseAmount(s, false, currency); err == nil {
		return n, nil
	}
	return ParseAmount(s, true, currency)
}

// FormatAmount writes minor units as a plain decimal string with a point ("1234.56"),
// the form CSV and JSON exports use.
func FormatAmount(minor int64, currency string) string {
	exp := CurrencyExponent(currency)
	neg := minor < 0
	if neg {
		minor = -minor
	}
	s := strconv.FormatInt(minor, 10)
	if exp > 0 {
		for len(s) <= exp {
			s = "0" + s
		}
		s = s[:len(s)-exp] + "." + s[len(s)-exp:]
	}
	if neg {
		s = "-" + s
	}
	return s
}
