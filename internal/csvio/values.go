package csvio

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"clave/internal/kam"
)

// options builds a parser for an option field from value → synonyms. Matching is on
// kam.NameKey, so case, accents and punctuation do not matter.
func options(values map[string][]string, fallback string) func(string) (string, bool) {
	m := map[string]string{}
	for v, syn := range values {
		m[kam.NameKey(v)] = v
		for _, s := range syn {
			m[kam.NameKey(s)] = v
		}
	}
	return func(s string) (string, bool) {
		if v, ok := m[kam.NameKey(s)]; ok {
			return v, true
		}
		return fallback, fallback != ""
	}
}

// optionParsers reads the option fields of accounts and contacts into their kam values.
// Lead source never fails: what it does not know is "otro".
var optionParsers = map[string]func(string) (string, bool){
	"type": options(map[string][]string{
		string(kam.AccountCompany): {"Company", "Compañía", "Empresa", "Organización", "Organization", "Business",
			"Persona jurídica", "Jurídica", "Legal entity"},
		string(kam.AccountPerson): {"Persona", "Persona natural", "Natural", "Persona física", "Individual", "Person"},
	}, ""),
	"status": options(map[string][]string{
		string(kam.StatusProspect): {"Prospecto", "Prospect", "Lead", "Potencial"},
		string(kam.StatusActive):   {"Activo", "Activa", "Active", "Customer", "Cliente", "Client"},
		string(kam.StatusInactive): {"Inactivo", "Inactiva", "Inactive", "Ex cliente", "Former customer"},
	}, ""),
	"leadSource": options(map[string][]string{
		string(kam.SourceReferral): {"Referido", "Referral", "Referencia", "Recomendación", "Employee referral",
			"Partner referral"},
		string(kam.SourceWeb): {"Web", "Website", "Sitio web", "Página web", "Organic Search", "Búsqueda orgánica",
			"Internet", "Formulario web", "Web form"},
		string(kam.SourceEvent):  {"Evento", "Event", "Trade Show", "Feria", "Congreso", "Conference", "Seminario", "Seminar"},
		string(kam.SourceTender): {"Licitación", "Tender", "RFP", "Concurso", "Public tender"},
		string(kam.SourceOther):  {"Otro", "Other"},
	}, string(kam.SourceOther)),
	"buyingRole": options(map[string][]string{
		string(kam.RoleDecider):    {"Decisor", "Decision maker", "Tomador de decisiones", "Economic buyer"},
		string(kam.RoleInfluencer): {"Influenciador", "Influencer", "Influyente"},
		string(kam.RoleUser):       {"Usuario", "User", "End user", "Usuario final"},
		string(kam.RoleGatekeeper): {"Guardián", "Gatekeeper", "Filtro"},
	}, ""),
	"attitude": options(map[string][]string{
		string(kam.AttitudePromoter):  {"Promotor", "Promoter", "Champion", "Aliado"},
		string(kam.AttitudeFavorable): {"Favorable", "Supporter", "Positivo", "Positive"},
		string(kam.AttitudeNeutral):   {"Neutral", "Neutro"},
		string(kam.AttitudeDetractor): {"Detractor", "Opponent", "Negativo", "Negative"},
	}, ""),
	"influence": options(map[string][]string{
		string(kam.InfluenceHigh):   {"Alta", "Alto", "High"},
		string(kam.InfluenceMedium): {"Media", "Medio", "Medium"},
		string(kam.InfluenceLow):    {"Baja", "Bajo", "Low"},
	}, ""),
}

var boolValues = map[string]bool{
	"si": true, "s": true, "x": true, "yes": true, "y": true, "true": true, "1": true, "verdadero": true,
	"no": false, "n": false, "false": false, "0": false, "falso": false,
}

// parseBool reads sí/si/s/x/yes/y/true/1 and no/n/false/0 in any case.
func parseBool(s string) (bool, bool) {
	v, ok := boolValues[kam.NameKey(s)]
	return v, ok
}

// countries is the small table of country names this product meets, by folded name.
var countries = func() map[string]string {
	names := map[string][]string{
		"VE": {"Venezuela", "República Bolivariana de Venezuela", "VEN"},
		"CO": {"Colombia", "COL"},
		"MX": {"México", "Mexico", "Méjico", "MEX"},
		"AR": {"Argentina", "ARG"},
		"CL": {"Chile", "CHL"},
		"PE": {"Perú", "Peru", "PER"},
		"EC": {"Ecuador", "ECU"},
		"BO": {"Bolivia", "BOL"},
		"PY": {"Paraguay", "PRY"},
		"UY": {"Uruguay", "URY"},
		"BR": {"Brasil", "Brazil", "BRA"},
		"CR": {"Costa Rica", "CRI"},
		"PA": {"Panamá", "Panama", "PAN"},
		"GT": {"Guatemala", "GTM"},
		"HN": {"Honduras", "HND"},
		"SV": {"El Salvador", "Salvador", "SLV"},
		"NI": {"Nicaragua", "NIC"},
		"DO": {"República Dominicana", "Dominican Republic", "DOM"},
		"CU": {"Cuba", "CUB"},
		"PR": {"Puerto Rico", "PRI"},
		"ES": {"España", "Spain", "ESP"},
		"PT": {"Portugal", "PRT"},
		"US": {"Estados Unidos", "Estados Unidos de América", "EEUU", "EE.UU.", "EE. UU.", "United States",
			"United States of America", "USA", "U.S.A.", "U.S."},
		"CA": {"Canadá", "Canada", "CAN"},
	}
	m := map[string]string{}
	for code, ns := range names {
		for _, n := range ns {
			m[kam.NameKey(n)] = code
		}
	}
	return m
}()

// iso3166 lists every officially assigned ISO 3166-1 alpha-2 code.
const iso3166 = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ " +
	"BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
	"EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR " +
	"HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS " +
	"LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL " +
	"NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI " +
	"SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY " +
	"UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"

// parseCountry returns the ISO 3166-1 alpha-2 code of a country written as any assigned
// alpha-2 code, or as the name or alpha-3 code of one of the countries in the small table
// (Latin America, Spain, Portugal, the US and Canada). Other names are not recognised.
func parseCountry(s string) (string, bool) {
	if len(s) == 2 {
		up := strings.ToUpper(s)
		if isUpperLetters(up) && strings.Contains(iso3166, up) {
			return up, true
		}
	}
	code, ok := countries[kam.NameKey(s)]
	return code, ok
}

func isUpperLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// currencyAliases are the ways spreadsheets name a currency other than its ISO code.
var currencyAliases = map[string]string{
	"$": "USD", "us$": "USD", "u$s": "USD", "usd$": "USD", "dolar": "USD", "dolares": "USD", "us dollar": "USD",
	"€": "EUR", "euro": "EUR", "euros": "EUR",
	"bs": "VES", "bs.": "VES", "bs.s": "VES", "bs.s.": "VES", "bss": "VES", "bolivares": "VES", "bolivar": "VES",
}

// parseCurrency reads a currency as an ISO 4217 code or a common symbol or name.
func parseCurrency(s string) (string, bool) {
	if c, ok := currencyAliases[kam.Fold(strings.TrimSpace(s))]; ok {
		return c, true
	}
	c := strings.ToUpper(strings.TrimSpace(s))
	return c, kam.ValidCurrency(c)
}

// parseMoney reads an amount with kam.ParseAmount and also rejects thousands separators in
// the wrong places, which ParseAmount drops: read with a decimal comma, "1234.56" would
// otherwise silently become 123456.
func parseMoney(s string, decimalComma bool, currency string) (int64, bool) {
	n, err := kam.ParseAmount(s, decimalComma, currency)
	if err != nil {
		return 0, false
	}
	group, dec := byte(','), byte('.')
	if decimalComma {
		group, dec = '.', ','
	}
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, currency), currency))
	t = strings.Trim(t, "$€ \u00a0-()")
	t = strings.ReplaceAll(strings.ReplaceAll(t, "\u00a0", ""), " ", "")
	if i := strings.IndexByte(t, dec); i >= 0 {
		t = t[:i]
	}
	return n, validGrouping(t, group)
}

// parseDate reads YYYY-MM-DD, D/M/YYYY, D-M-YYYY or D.M.YYYY, each optionally followed by a
// time ("2024-03-05 10:22", "2024-03-05T10:22:00Z", "5/3/2024 2:15 PM"), and returns
// YYYY-MM-DD. The time, and any zone, is dropped without conversion. With monthFirst the
// slashed forms are read M/D/YYYY. Two-digit years are not accepted.
func parseDate(s string, monthFirst bool) (string, bool) {
	s = strings.TrimSpace(s)
	date, clock, hasClock := strings.Cut(s, " ")
	if !hasClock && len(s) > 10 && s[10] == 'T' {
		date, clock, hasClock = s[:10], s[11:], true
	}
	if hasClock && !validClock(strings.TrimSpace(clock)) {
		return "", false
	}
	var y, m, d int
	switch {
	case len(date) == 10 && date[4] == '-' && date[7] == '-':
		y, m, d = atoi(date[:4]), atoi(date[5:7]), atoi(date[8:])
	default:
		parts := strings.FieldsFunc(date, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
		if len(parts) != 3 || len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
			return "", false
		}
		d, m, y = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
		if monthFirst {
			d, m = m, d
		}
	}
	out := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	if y <= 0 || !kam.ValidDate(out) {
		return "", false
	}
	return out, true
}

// validClock accepts H:MM, H:MM:SS with optional fraction, zone ("Z", "+02:00") or AM/PM.
func validClock(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(s), "AM"), "PM"))
	if i := strings.IndexAny(s, "Z+-"); i > 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	for _, layout := range []string{"15:04", "15:04:05", "3:04", "3:04:05"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// atoi returns -1 for anything but digits.
func atoi(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// monthFirstColumn reports whether the slashed dates of a column are written M/D/YYYY: some
// has a second part above 12 and none a first part above 12. Otherwise they are D/M/YYYY.
func monthFirstColumn(t *Table, c columns, field string) bool {
	dayFirst, monthFirst := false, false
	for _, r := range t.Rows {
		v, _ := c.get(r, field)
		date, _, _ := strings.Cut(v, " ")
		parts := strings.Split(date, "/")
		if len(parts) != 3 {
			continue
		}
		if atoi(parts[0]) > 12 {
			dayFirst = true
		}
		if atoi(parts[1]) > 12 {
			monthFirst = true
		}
	}
	return monthFirst && !dayFirst
}
