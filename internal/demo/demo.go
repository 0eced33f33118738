// Package demo builds the realistic Spanish-language demo company that "Cargar datos de ejemplo"
// and `clave demo` load: about 40 accounts across industries, segments and regions, each with
// a small buying centre of contacts. It writes through the kam services, so demo data is
// validated, searchable and queued for sync like anything a person types.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"clave/internal/kam"
)

// Role is a job in a client's buying centre with the part it plays in purchases.
type Role struct {
	Title     string
	Role      kam.BuyingRole
	Influence kam.Influence
}

// Result says what was loaded.
type Result struct {
	Accounts int `json:"accounts"`
	Contacts int `json:"contacts"`
}

type company struct {
	name, legal, industry, city, region, country, prefix string
}

// companies are fictitious, with the legal suffixes and tax ID shapes of their countries.
var companies = []company{
	{"Alimentos del Ávila", "Alimentos del Ávila, C.A.", "Alimentos y bebidas", "Caracas", "Distrito Capital", "VE", "J"},
	{"Farmacéutica Andina", "Farmacéutica Andina, S.A.", "Farmacéutica", "Bogotá", "Cundinamarca", "CO", "NIT"},
	{"Constructora Núñez & Asociados", "Constructora Núñez & Asociados, C.A.", "Construcción", "Valencia", "Carabobo", "VE", "J"},
	{"Logística Caribe Express", "Logística Caribe Express, S.A.S.", "Logística", "Barranquilla", "Atlántico", "CO", "NIT"},
	{"Banco Cordillera", "Banco Cordillera, S.A.", "Banca y seguros", "Santiago", "Región Metropolitana", "CL", "RUT"},
	{"Telecomunicaciones del Sur", "Telecomunicaciones del Sur, S.A.", "Telecomunicaciones", "Buenos Aires", "CABA", "AR", "CUIT"},
	{"Energía Solar Pampa", "Energía Solar Pampa, S.R.L.", "Energía", "Córdoba", "Córdoba", "AR", "CUIT"},
	{"Agroindustrias El Llano", "Agroindustrias El Llano, C.A.", "Agroindustria", "Barinas", "Barinas", "VE", "J"},
	{"Clínica Santa Lucía", "Clínica Santa Lucía, C.A.", "Salud", "Maracaibo", "Zulia", "VE", "J"},
	{"Universidad Metropolitana del Pacífico", "Fundación Universidad Metropolitana del Pacífico", "Educación", "Lima", "Lima", "PE", "RUC"},
	{"Supermercados La Económica", "Supermercados La Económica, S.A. de C.V.", "Comercio minorista", "Monterrey", "Nuevo León", "MX", "RFC"},
	{"Textiles Guadalupe", "Textiles Guadalupe, S.A. de C.V.", "Manufactura", "Puebla", "Puebla", "MX", "RFC"},
	{"Minera Altiplano", "Minera Altiplano, S.A.", "Minería", "Arequipa", "Arequipa", "PE", "RUC"},
	{"Cervecería Montaña Azul", "Cervecería Montaña Azul, S.A.", "Alimentos y bebidas", "Medellín", "Antioquia", "CO", "NIT"},
	{"Seguros La Previsora", "Seguros La Previsora, C.A.", "Banca y seguros", "Caracas", "Distrito Capital", "VE", "J"},
	{"Hoteles Costa Brava", "Hoteles Costa Brava, S.L.", "Turismo", "Barcelona", "Cataluña", "ES", "CIF"},
	{"Transportes Peñalver", "Transportes Peñalver, C.A.", "Logística", "Barquisimeto", "Lara", "VE", "J"},
	{"Laboratorios Bioquímica Central", "Laboratorios Bioquímica Central, S.A.", "Farmacéutica", "Ciudad de México", "CDMX", "MX", "RFC"},
	{"Cementos del Orinoco", "Cementos del Orinoco, C.A.", "Construcción", "Puerto Ordaz", "Bolívar", "VE", "J"},
	{"Papelera Quindío", "Papelera Quindío, S.A.S.", "Manufactura", "Armenia", "Quindío", "CO", "NIT"},
	{"Distribuidora Marítima", "Distribuidora Marítima, C.A.", "Comercio mayorista", "Puerto Cabello", "Carabobo", "VE", "J"},
	{"Software Cóndor", "Software Cóndor, S.p.A.", "Tecnología", "Valparaíso", "Valparaíso", "CL", "RUT"},
	{"Grupo Automotriz Sierra", "Grupo Automotriz Sierra, S.A. de C.V.", "Automotriz", "Guadalajara", "Jalisco", "MX", "RFC"},
	{"Lácteos San Martín", "Lácteos San Martín, S.A.", "Alimentos y bebidas", "Mendoza", "Mendoza", "AR", "CUIT"},
	{"Petroquímica del Lago", "Petroquímica del Lago, S.A.", "Energía", "Cabimas", "Zulia", "VE", "J"},
	{"Editorial Cervantes", "Editorial Cervantes, S.A.", "Medios", "Madrid", "Comunidad de Madrid", "ES", "CIF"},
	{"Aerolíneas Ecuatoriales", "Aerolíneas Ecuatoriales, S.A.", "Transporte aéreo", "Quito", "Pichincha", "EC", "RUC"},
	{"Inmobiliaria Los Próceres", "Inmobiliaria Los Próceres, C.A.", "Inmobiliario", "Caracas", "Miranda", "VE", "J"},
	{"Plásticos Tequendama", "Plásticos Tequendama, S.A.S.", "Manufactura", "Cali", "Valle del Cauca", "CO", "NIT"},
	{"Cooperativa Cafetera La Esperanza", "Cooperativa Cafetera La Esperanza", "Agroindustria", "Manizales", "Caldas", "CO", "NIT"},
	{"Hospital San Rafael", "Asociación Civil Hospital San Rafael", "Salud", "Rosario", "Santa Fe", "AR", "CUIT"},
	{"Colegio Bilingüe Simón Bolívar", "U.E. Colegio Bilingüe Simón Bolívar", "Educación", "Mérida", "Mérida", "VE", "J"},
	{"Frigoríficos Patagonia", "Frigoríficos Patagonia, S.A.", "Alimentos y bebidas", "Neuquén", "Neuquén", "AR", "CUIT"},
	{"Ferretería Industrial Ibáñez", "Ferretería Industrial Ibáñez, C.A.", "Comercio mayorista", "Maracay", "Aragua", "VE", "J"},
	{"Acuícola del Pacífico", "Acuícola del Pacífico, S.A.", "Agroindustria", "Guayaquil", "Guayas", "EC", "RUC"},
	{"Química Fénix", "Química Fénix, S.A. de C.V.", "Química", "Querétaro", "Querétaro", "MX", "RFC"},
	{"Centro Comercial Las Mercedes", "Centro Comercial Las Mercedes, C.A.", "Inmobiliario", "Caracas", "Distrito Capital", "VE", "J"},
	{"Vinos del Maule", "Viña del Maule, S.A.", "Alimentos y bebidas", "Talca", "Maule", "CL", "RUT"},
	{"Consultores Gómez Peña", "Gómez Peña Consultores, S.C.", "Servicios profesionales", "Lima", "Lima", "PE", "RUC"},
	{"María José Fernández", "", "Servicios profesionales", "Valencia", "Carabobo", "VE", "V"},
}

var (
	firstNames = []string{"María", "José", "Ana", "Luis", "Carmen", "Carlos", "Lucía", "Jorge", "Isabel", "Andrés", "Sofía", "Miguel", "Valentina", "Ricardo", "Daniela", "Fernando", "Gabriela", "Héctor", "Paola", "Ramón", "Mónica", "Tomás", "Verónica", "Julián", "Beatriz", "Óscar", "Adriana", "Iván", "Natalia", "Álvaro"}
	lastNames  = []string{"Núñez", "García", "Rodríguez", "Martínez", "Pérez", "González", "López", "Hernández", "Díaz", "Muñoz", "Álvarez", "Romero", "Suárez", "Castillo", "Peña", "Ibáñez", "Ortega", "Rojas", "Vargas", "Mendoza", "Guzmán", "Salazar", "Cárdenas", "Quintero", "Bermúdez"}
	executives = []string{"Laura Méndez", "Pedro Salinas", "Carolina Ruiz", "Diego Fuentes"}
	// CurrencyOf is the usual currency of business in each country the demo (and the benchmark
	// data) uses.
	CurrencyOf = map[string]string{"VE": "USD", "CO": "COP", "MX": "MXN", "PE": "PEN", "CL": "CLP", "AR": "ARS",
		"EC": "USD", "ES": "EUR", "PA": "USD", "CR": "CRC", "DO": "DOP"}
	// BuyingCentre is a typical client buying centre, decider first: title, role and influence.
	BuyingCentre = []Role{
		{"Gerente General", kam.RoleDecider, kam.InfluenceHigh},
		{"Director de Compras", kam.RoleInfluencer, kam.InfluenceHigh},
		{"Jefe de Operaciones", kam.RoleUser, kam.InfluenceMedium},
		{"Asistente de Gerencia", kam.RoleGatekeeper, kam.InfluenceLow},
		{"Gerente de Finanzas", kam.RoleInfluencer, kam.InfluenceMedium},
		{"Coordinador de Mantenimiento", kam.RoleUser, kam.InfluenceLow},
		{"Analista de Compras", kam.RoleUser, kam.InfluenceLow},
	}
	attitudes = []kam.Attitude{kam.AttitudePromoter, kam.AttitudeFavorable, kam.AttitudeNeutral, kam.AttitudeFavorable, kam.AttitudeDetractor}
	sources   = []kam.LeadSource{kam.SourceReferral, kam.SourceWeb, kam.SourceEvent, kam.SourceTender, kam.SourceOther}
)

// Load writes the demo company. It is deterministic, so every newcomer sees the same data; an
// account whose tax ID already exists is skipped, so loading twice adds nothing.
func Load(ctx context.Context, accounts kam.AccountService, contacts kam.ContactService) (Result, error) {
	rnd := rand.New(rand.NewPCG(2026, 11))
	var res Result
	for i, co := range companies {
		a := &kam.Account{
			Name: co.name, LegalName: co.legal, Industry: co.industry, City: co.city, Region: co.region,
			Country: co.country, Segment: kam.Segments[min(i%7, 2)], Owner: executives[i%len(executives)],
			LeadSource: sources[rnd.IntN(len(sources))], KeyAccount: i%4 == 0,
			TaxID:   taxID(co, i),
			Phone:   fmt.Sprintf("+58 212 %03d %04d", 200+i, rnd.IntN(10000)),
			Address: fmt.Sprintf("Av. Principal %d, %s", 10+rnd.IntN(300), co.city),
			Notes:   "Cuenta de demostración: datos ficticios.",
		}
		if co.legal == "" {
			a.Type = kam.AccountPerson
		} else {
			slug := strings.ReplaceAll(kam.NameKey(co.name), " ", "")
			if len(slug) > 16 {
				slug = slug[:16]
			}
			a.Website = "https://www." + slug + ".example"
			a.Email = "info@" + slug + ".example"
		}
		cur := CurrencyOf[co.country]
		a.Potential = kam.Money{Amount: kam.MinorUnits(int64(20+rnd.IntN(480))*1_000*CurrencyScale(cur), cur), Currency: cur}
		if _, n, err := accounts.FindAccounts(ctx, kam.AccountFilter{TaxIDKey: a.TaxIDKey(), Limit: 1}); err != nil {
			return res, err
		} else if n > 0 {
			continue
		}
		if err := accounts.CreateAccount(ctx, a); err != nil {
			return res, fmt.Errorf("demo account %s: %w", a.Name, err)
		}
		res.Accounts++
		if i%3 != 2 { // two thirds have already bought from us
			day := fmt.Sprintf("202%d-%02d-%02d", 3+rnd.IntN(3), 1+rnd.IntN(12), 1+rnd.IntN(28))
			if _, err := accounts.RecordAccountSale(ctx, a.ID, day); err != nil {
				return res, err
			}
		}
		if a.Type == kam.AccountPerson {
			continue
		}
		n, boss := 2+rnd.IntN(5), ""
		for j := 0; j < n; j++ {
			t := BuyingCentre[j]
			name := firstNames[rnd.IntN(len(firstNames))] + " " + lastNames[rnd.IntN(len(lastNames))]
			c := &kam.Contact{
				AccountID: a.ID, Name: name, Title: t.Title, BuyingRole: t.Role, Influence: t.Influence,
				Attitude: attitudes[rnd.IntN(len(attitudes))], Primary: j == 0, ReportsTo: boss,
				Email:             strings.ReplaceAll(kam.NameKey(name), " ", ".") + "@" + emailDomain(a),
				Phone:             fmt.Sprintf("+58 414 %03d %04d", rnd.IntN(1000), rnd.IntN(10000)),
				RelationshipOwner: a.Owner,
				LastInteraction:   fmt.Sprintf("2026-%02d-%02d", 1+rnd.IntN(10), 1+rnd.IntN(28)),
			}
			if err := contacts.CreateContact(ctx, c); err != nil {
				return res, fmt.Errorf("demo contact %s: %w", c.Name, err)
			}
			if j == 0 {
				boss = c.ID
			}
			res.Contacts++
		}
	}
	return res, nil
}

func taxID(co company, i int) string {
	switch co.prefix {
	case "J", "V":
		return fmt.Sprintf("%s-%08d-%d", co.prefix, 30000000+i*104729, i%10)
	case "NIT":
		return fmt.Sprintf("%03d.%03d.%03d-%d", 800+i, 100+i*7, 200+i*3, i%10)
	case "CUIT":
		return fmt.Sprintf("30-%08d-%d", 70000000+i*7919, i%10)
	case "RUT":
		return fmt.Sprintf("%d.%03d.%03d-%d", 76+i%20, 100+i, 300+i, i%10)
	case "RUC":
		return fmt.Sprintf("20%09d", 100000000+i*7717)
	case "RFC":
		return fmt.Sprintf("%sX%06d%02d", "AB", 100000+i*31, i)
	default:
		return fmt.Sprintf("B%08d", 10000000+i*331)
	}
}

func emailDomain(a *kam.Account) string {
	if a.Email == "" {
		return "correo.example"
	}
	return a.Email[len("info@"):]
}

// CurrencyScale makes amounts plausible in currencies worth far less than a dollar: a potential
// of 100 thousand dollars is about CurrencyScale(cur) × 100 thousand units of cur.
func CurrencyScale(cur string) int64 {
	switch cur {
	case "COP", "CLP", "ARS":
		return 1000
	case "CRC":
		return 500
	case "MXN", "DOP":
		return 20
	case "PEN":
		return 4
	}
	return 1
}
