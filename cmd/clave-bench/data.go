package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"clave/internal/demo"
	"clave/internal/kam"
)

// The word lists of the synthetic data: Spanish trade names with accents, Latin American and
// Spanish cities, two-surname people. Combined they give a few hundred thousand distinct names,
// so a search for a prefix matches many rows, as it would in a real book of business.
var (
	tradePrefixes = []struct{ word, industry string }{
		{"Distribuidora", "Comercio mayorista"}, {"Constructora", "Construcción"}, {"Alimentos", "Alimentos y bebidas"},
		{"Farmacia", "Salud"}, {"Inversiones", "Servicios financieros"}, {"Comercializadora", "Comercio mayorista"},
		{"Transportes", "Logística"}, {"Ferretería", "Comercio minorista"}, {"Laboratorios", "Farmacéutica"},
		{"Agropecuaria", "Agroindustria"}, {"Inmobiliaria", "Inmobiliario"}, {"Textiles", "Manufactura"},
		{"Clínica", "Salud"}, {"Panificadora", "Alimentos y bebidas"}, {"Servicios Técnicos", "Servicios profesionales"},
		{"Consultores", "Servicios profesionales"}, {"Importadora", "Comercio mayorista"}, {"Metalúrgica", "Manufactura"},
		{"Plásticos", "Manufactura"}, {"Química", "Química"}, {"Seguros", "Banca y seguros"}, {"Hoteles", "Turismo"},
		{"Supermercados", "Comercio minorista"}, {"Lácteos", "Alimentos y bebidas"}, {"Cervecería", "Alimentos y bebidas"},
		{"Editorial", "Medios"}, {"Tecnología", "Tecnología"}, {"Soluciones Informáticas", "Tecnología"},
		{"Energía", "Energía"}, {"Minera", "Minería"}, {"Automotriz", "Automotriz"}, {"Repuestos", "Automotriz"},
		{"Papelera", "Manufactura"}, {"Telecomunicaciones", "Telecomunicaciones"}, {"Frigorífico", "Alimentos y bebidas"},
		{"Colegio", "Educación"}, {"Acuícola", "Agroindustria"}, {"Petroquímica", "Energía"}, {"Cementos", "Construcción"},
		{"Logística", "Logística"}, {"Droguería", "Farmacéutica"}, {"Óptica", "Salud"}, {"Muebles", "Manufactura"},
	}
	placeWords = []string{"del Caribe", "Andina", "del Pacífico", "del Sur", "del Norte", "Central", "Continental",
		"del Ávila", "del Llano", "Oriental", "Occidental", "Metropolitana", "del Lago", "de los Andes", "Atlántica",
		"Nacional", "Internacional", "del Valle", "Patagónica", "Peninsular", "del Orinoco", "Tropical"}
	surnames = []string{"Núñez", "Peña", "Ibáñez", "García", "Rodríguez", "Martínez", "Pérez", "González", "López",
		"Hernández", "Díaz", "Muñoz", "Álvarez", "Romero", "Suárez", "Castillo", "Ortega", "Rojas", "Vargas",
		"Mendoza", "Guzmán", "Salazar", "Cárdenas", "Quintero", "Bermúdez", "Sánchez", "Ramírez", "Torres",
		"Flores", "Rivera", "Gómez", "Jiménez", "Ruiz", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos",
		"Castro", "Vásquez", "Fernández", "Herrera", "Medina", "Aguilar", "Moreno", "Delgado", "Contreras",
		"Figueroa", "Sandoval", "Acosta", "Paredes", "Montoya", "Villalobos", "Zúñiga", "Cortés", "Valdés",
		"Maldonado", "Escobar", "Domínguez", "Benítez", "Aranguren", "Uzcátegui", "Briceño", "Echeverría"}
	firstNames = []string{"María", "José", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Jorge", "Isabel", "Andrés",
		"Sofía", "Miguel", "Valentina", "Ricardo", "Daniela", "Fernando", "Gabriela", "Héctor", "Paola", "Ramón",
		"Mónica", "Tomás", "Verónica", "Julián", "Beatriz", "Óscar", "Adriana", "Iván", "Natalia", "Álvaro",
		"Elena", "Rafael", "Patricia", "Sergio", "Rosa", "Eduardo", "Claudia", "Javier", "Marta", "Alejandro",
		"Inés", "Raúl", "Teresa", "Manuel", "Silvia", "Francisco", "Lorena", "Ángel", "Camila", "Sebastián"}
	cities = []struct{ city, region, country string }{
		{"Caracas", "Distrito Capital", "VE"}, {"Maracaibo", "Zulia", "VE"}, {"Valencia", "Carabobo", "VE"},
		{"Barquisimeto", "Lara", "VE"}, {"Mérida", "Mérida", "VE"}, {"Puerto Ordaz", "Bolívar", "VE"},
		{"Maracay", "Aragua", "VE"}, {"San Cristóbal", "Táchira", "VE"}, {"Barcelona", "Anzoátegui", "VE"},
		{"Bogotá", "Cundinamarca", "CO"}, {"Medellín", "Antioquia", "CO"}, {"Cali", "Valle del Cauca", "CO"},
		{"Barranquilla", "Atlántico", "CO"}, {"Bucaramanga", "Santander", "CO"}, {"Cartagena", "Bolívar", "CO"},
		{"Ciudad de México", "CDMX", "MX"}, {"Guadalajara", "Jalisco", "MX"}, {"Monterrey", "Nuevo León", "MX"},
		{"Puebla", "Puebla", "MX"}, {"Querétaro", "Querétaro", "MX"}, {"Mérida", "Yucatán", "MX"},
		{"Lima", "Lima", "PE"}, {"Arequipa", "Arequipa", "PE"}, {"Trujillo", "La Libertad", "PE"},
		{"Santiago", "Región Metropolitana", "CL"}, {"Valparaíso", "Valparaíso", "CL"}, {"Concepción", "Biobío", "CL"},
		{"Buenos Aires", "CABA", "AR"}, {"Córdoba", "Córdoba", "AR"}, {"Rosario", "Santa Fe", "AR"},
		{"Mendoza", "Mendoza", "AR"}, {"Quito", "Pichincha", "EC"}, {"Guayaquil", "Guayas", "EC"},
		{"Madrid", "Comunidad de Madrid", "ES"}, {"Sevilla", "Andalucía", "ES"}, {"Bilbao", "País Vasco", "ES"},
		{"Panamá", "Panamá", "PA"}, {"San José", "San José", "CR"}, {"Santo Domingo", "Distrito Nacional", "DO"},
	}
	legalSuffix = map[string]string{"VE": ", C.A.", "CO": ", S.A.S.", "MX": ", S.A. de C.V.", "PE": ", S.A.C.",
		"CL": ", SpA", "AR": ", S.R.L.", "EC": ", S.A.", "ES": ", S.L.", "PA": ", S.A.", "CR": ", S.A.", "DO": ", S.R.L."}
	tld = map[string]string{"VE": "com.ve", "CO": "com.co", "MX": "com.mx", "PE": "com.pe", "CL": "cl", "AR": "com.ar",
		"EC": "com.ec", "ES": "es", "PA": "com.pa", "CR": "co.cr", "DO": "com.do"}
	phonePrefix = map[string]string{"VE": "+58 212", "CO": "+57 601", "MX": "+52 55", "PE": "+51 1", "CL": "+56 2",
		"AR": "+54 11", "EC": "+593 2", "ES": "+34 91", "PA": "+507 2", "CR": "+506 2", "DO": "+1 809"}
	// jobTitles extends the demo's buying centre for large accounts.
	jobTitles = append(append([]demo.Role{}, demo.BuyingCentre...), []demo.Role{
		{Title: "Director de Tecnología", Role: kam.RoleInfluencer, Influence: kam.InfluenceHigh},
		{Title: "Jefa de Logística", Role: kam.RoleUser, Influence: kam.InfluenceMedium},
		{Title: "Gerente de Planta", Role: kam.RoleInfluencer, Influence: kam.InfluenceMedium},
		{Title: "Presidente", Role: kam.RoleDecider, Influence: kam.InfluenceHigh},
		{Title: "Secretaria Ejecutiva", Role: kam.RoleGatekeeper, Influence: kam.InfluenceLow},
		{Title: "Contralor", Role: kam.RoleInfluencer, Influence: kam.InfluenceMedium},
		{Title: "Jefe de Almacén", Role: kam.RoleUser, Influence: kam.InfluenceLow},
	}...)
	accountNotes = []string{"Compra trimestral de repuestos; pide factura con retención.",
		"Cliente desde 2019. Paga a 60 días.", "Interesados en ampliar la línea de productos en el segundo semestre.",
		"Licitación anual en marzo; preparar la documentación con tiempo.", "Visitar la planta antes de la renovación.",
		"Referido por la cámara de comercio.", "Exigen certificación ISO 9001 a sus proveedores.",
		"Cambió de gerente de compras este año.", "Prefieren reuniones presenciales los martes."}
	contactNotes = []string{"Prefiere WhatsApp.", "Solo atiende por la mañana.", "Muy técnico; llevar fichas de producto.",
		"Aprueba compras por encima de 10.000 USD.", "Conoce a nuestro director de la universidad.",
		"De vacaciones en agosto.", "Pide siempre tres cotizaciones."}
	attitudes = []kam.Attitude{kam.AttitudePromoter, kam.AttitudeFavorable, kam.AttitudeFavorable, kam.AttitudeNeutral, kam.AttitudeNeutral, kam.AttitudeDetractor}
	sources   = []kam.LeadSource{kam.SourceReferral, kam.SourceWeb, kam.SourceEvent, kam.SourceTender, kam.SourceOther}
)

// dataset builds accounts and contacts deterministically from a seed.
type dataset struct {
	rnd        *rand.Rand
	executives []string
}

func newDataset(seed uint64) *dataset {
	d := &dataset{rnd: rand.New(rand.NewPCG(seed, 2026))}
	seen := map[string]bool{}
	for len(d.executives) < 50 {
		n := d.pick(firstNames) + " " + d.pick(surnames)
		if !seen[n] {
			seen[n] = true
			d.executives = append(d.executives, n)
		}
	}
	return d
}

func (d *dataset) pick(list []string) string { return list[d.rnd.IntN(len(list))] }

// account returns the i-th account (i decides the tax ID, so it is unique) and its email domain.
func (d *dataset) account(i int) (kam.Account, string) {
	c := cities[d.rnd.IntN(len(cities))]
	p := tradePrefixes[d.rnd.IntN(len(tradePrefixes))]
	a := kam.Account{City: c.city, Region: c.region, Country: c.country, Industry: p.industry, Type: kam.AccountCompany}
	switch r := d.rnd.IntN(20); {
	case r < 7:
		a.Name = p.word + " " + d.pick(surnames)
	case r < 10:
		a.Name = p.word + " " + d.pick(surnames) + " & " + d.pick(surnames)
	case r < 14:
		a.Name = p.word + " " + d.pick(placeWords)
	case r < 17:
		a.Name = p.word + " " + d.pick(surnames) + " " + c.city
	case r < 19:
		a.Name = d.pick(surnames) + " " + d.pick(surnames) + " y Asociados"
		a.Industry = "Servicios profesionales"
	default: // a natural person
		a.Name = d.pick(firstNames) + " " + d.pick(surnames) + " " + d.pick(surnames)
		a.Type = kam.AccountPerson
		a.Industry = "Servicios profesionales"
	}
	a.TaxID = taxID(c.country, a.Type, i)
	slug := strings.ReplaceAll(kam.NameKey(a.Name), " ", "")
	if len(slug) > 24 {
		slug = slug[:24]
	}
	domain := slug + "." + tld[c.country]
	if a.Type == kam.AccountCompany {
		a.LegalName = a.Name + legalSuffix[c.country]
		a.Email = "info@" + domain
		a.Website = "www." + domain
	} else {
		domain = "gmail.com"
		a.Email = strings.ReplaceAll(kam.NameKey(a.Name), " ", ".") + fmt.Sprint(i%1000) + "@" + domain
	}
	switch r := d.rnd.IntN(10); {
	case r < 2:
		a.Segment = "A"
	case r < 5:
		a.Segment = "B"
	default:
		a.Segment = "C"
	}
	a.KeyAccount = a.Segment == "A" && d.rnd.IntN(4) == 0
	a.Status = []kam.AccountStatus{kam.StatusActive, kam.StatusActive, kam.StatusProspect, kam.StatusProspect, kam.StatusInactive}[d.rnd.IntN(5)]
	a.Owner = d.executives[d.rnd.IntN(len(d.executives))]
	a.LeadSource = sources[d.rnd.IntN(len(sources))]
	a.Phone = fmt.Sprintf("%s %03d %04d", phonePrefix[c.country], 200+d.rnd.IntN(800), d.rnd.IntN(10000))
	a.Address = fmt.Sprintf("%s %d, %s", d.pick([]string{"Av. Principal", "Calle", "Carrera", "Av. Bolívar", "Av. Libertador", "Calle Real"}), 1+d.rnd.IntN(400), c.city)
	cur := demo.CurrencyOf[c.country]
	units := int64(5+d.rnd.IntN(995)) * 1_000 * demo.CurrencyScale(cur)
	if a.Segment == "A" {
		units *= 10
	}
	a.Potential = kam.Money{Amount: kam.MinorUnits(units, cur) + int64(d.rnd.IntN(100)), Currency: cur}
	if kam.CurrencyExponent(cur) == 0 {
		a.Potential.Amount = units
	}
	if d.rnd.IntN(10) < 3 {
		a.Notes = d.pick(accountNotes)
	}
	return a, domain
}

// taxID gives account i a tax ID in its country's shape; i keeps it unique.
func taxID(country string, t kam.AccountType, i int) string {
	if t == kam.AccountPerson {
		return fmt.Sprintf("V-%08d", 10_000_000+i)
	}
	n := i
	switch country {
	case "VE":
		return fmt.Sprintf("J-%08d-%d", 30_000_000+n, n%10)
	case "CO":
		v := 900_000_000 + n
		return fmt.Sprintf("%03d.%03d.%03d-%d", v/1_000_000, v/1000%1000, v%1000, n%10)
	case "MX":
		return fmt.Sprintf("%c%c%c%06d%c%c%d", 'A'+n%26, 'A'+n/26%26, 'A'+n/676%26, n%1_000_000, 'A'+n/7%26, 'A'+n/11%26, n%10)
	case "PE":
		return fmt.Sprintf("20%09d", 100_000_000+n)
	case "CL":
		v := 76_000_000 + n
		return fmt.Sprintf("%d.%03d.%03d-%d", v/1_000_000, v/1000%1000, v%1000, n%10)
	case "AR":
		return fmt.Sprintf("30-%08d-%d", 70_000_000+n, n%10)
	case "EC":
		return fmt.Sprintf("17%08d001", 90_000_000+n)
	case "ES":
		return fmt.Sprintf("B%08d", 10_000_000+n)
	default:
		return fmt.Sprintf("%s-%09d", country, 100_000_000+n) // PA, CR, DO
	}
}

// contacts returns n contacts for an account, with names and emails unique within it.
func (d *dataset) contacts(a *kam.Account, domain string, n int) []kam.Contact {
	out := make([]kam.Contact, 0, n)
	seen := map[string]bool{}
	for j := 0; len(out) < n; j++ {
		first, last1, last2 := d.pick(firstNames), d.pick(surnames), d.pick(surnames)
		name := first + " " + last1 + " " + last2
		if seen[kam.NameKey(name)] {
			continue
		}
		seen[kam.NameKey(name)] = true
		t := jobTitles[min(j, len(jobTitles)-1)]
		if j >= len(jobTitles) {
			t = jobTitles[2+d.rnd.IntN(len(jobTitles)-2)]
		}
		local := strings.ReplaceAll(kam.NameKey(first+" "+last1), " ", ".")
		if seen[local] {
			local += fmt.Sprint(j)
		}
		seen[local] = true
		c := kam.Contact{
			Name: name, Title: t.Title, BuyingRole: t.Role, Influence: t.Influence,
			Attitude: attitudes[d.rnd.IntN(len(attitudes))], Primary: j == 0,
			Email:             local + "@" + domain,
			Phone:             a.Phone,
			Mobile:            fmt.Sprintf("+%d %03d %03d %04d", 50+d.rnd.IntN(10), 300+d.rnd.IntN(700), d.rnd.IntN(1000), d.rnd.IntN(10000)),
			RelationshipOwner: a.Owner,
			LastInteraction:   fmt.Sprintf("20%02d-%02d-%02d", 23+d.rnd.IntN(4), 1+d.rnd.IntN(12), 1+d.rnd.IntN(28)),
		}
		if domain == "gmail.com" {
			c.Email = local + fmt.Sprint(d.rnd.IntN(100000)) + "@gmail.com"
		}
		if d.rnd.IntN(5) == 0 {
			c.Notes = d.pick(contactNotes)
		}
		out = append(out, c)
	}
	return out
}

// contactCounts spreads total contacts over the accounts, more to A and key accounts
// (a key account has about 8 times the contacts of a C account).
func (d *dataset) contactCounts(accounts []kam.Account, total int) []int {
	w := make([]float64, len(accounts))
	var sum float64
	for i, a := range accounts {
		w[i] = 1
		switch {
		case a.KeyAccount:
			w[i] = 8
		case a.Segment == "A":
			w[i] = 4
		case a.Segment == "B":
			w[i] = 2
		}
		if a.Type == kam.AccountPerson {
			w[i] = 0.3
		}
		w[i] *= 0.5 + d.rnd.Float64()
		sum += w[i]
	}
	counts := make([]int, len(accounts))
	var cum float64
	prev := 0
	for i := range w {
		cum += w[i]
		next := int(float64(total)*cum/sum + 0.5)
		counts[i], prev = next-prev, next
	}
	return counts
}

// accountSet lists the fields an AccountImport row carries (JSON names).
func accountSet(a *kam.Account) map[string]bool {
	set := map[string]bool{"name": true, "taxId": true, "type": true, "industry": true, "segment": true, "status": true,
		"address": true, "city": true, "region": true, "country": true, "phone": true, "email": true,
		"leadSource": true, "owner": true, "potential": true, "keyAccount": true}
	if a.LegalName != "" {
		set["legalName"] = true
	}
	if a.Website != "" {
		set["website"] = true
	}
	if a.Notes != "" {
		set["notes"] = true
	}
	return set
}

// contactSet lists the fields a ContactImport row carries (JSON names).
func contactSet(c *kam.Contact) map[string]bool {
	set := map[string]bool{"name": true, "title": true, "email": true, "phone": true, "mobile": true, "primary": true,
		"buyingRole": true, "attitude": true, "influence": true, "relationshipOwner": true, "lastInteraction": true}
	if c.Notes != "" {
		set["notes"] = true
	}
	return set
}
