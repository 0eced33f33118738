package csvio

import (
	"fmt"
	"strings"

	"clave/internal/kam"
)

// Column targets that are not kam JSON field names.
const (
	colCurrency     = "potentialCurrency" // accounts: currency of potential
	colFirstName    = "firstName"         // contacts: joined with colLastName into name
	colLastName     = "lastName"
	colAccountTaxID = "accountTaxId" // contacts: the account reference
	colAccountName  = "accountName"
)

// accountHeaders maps the folded header names of accounts files (Spanish, English, and the
// exports of HubSpot, Salesforce, Pipedrive and Zoho) to the field they feed.
var accountHeaders = headerTable(map[string][]string{
	"name": {"Nombre", "Nombre de la cuenta", "Nombre cuenta", "Cuenta", "Nombre comercial",
		"Nombre de la empresa", "Empresa", "Cliente", "Nombre del cliente", "Compañía", "Organización",
		"Account Name", "Account", "Company name", "Company", "Name", "Organization - Name",
		"Organization", "Business name", "Trade name"},
	"legalName": {"Razón social", "Legal name", "Denominación social", "Nombre legal", "Nombre fiscal",
		"Registered name"},
	"taxId": {"RIF", "NIT", "CUIT", "CUIL", "RUC", "RFC", "RUT", "CIF", "NIF", "Tax ID", "Tax number",
		"VAT", "VAT number", "VAT ID", "Identificación fiscal", "Número de identificación fiscal",
		"ID fiscal", "Cédula", "Cédula jurídica", "Cédula/RIF", "RIF/NIT", "Documento",
		"Número de documento"},
	"type":     {"Tipo", "Type", "Tipo de cuenta", "Tipo de cliente", "Account type", "Tipo de persona"},
	"industry": {"Sector", "Industria", "Industry", "Actividad", "Actividad económica", "Rubro", "Giro", "Sector económico"},
	"segment":  {"Segmento", "Segment", "Segmentación", "Clasificación ABC", "ABC"},
	"status":   {"Estado", "Status", "Estatus", "Estado de la cuenta", "Account status", "Situación"},
	"address": {"Dirección", "Address", "Billing Street", "Street Address", "Domicilio", "Dirección fiscal",
		"Calle", "Street", "Organization - Address", "Dirección de facturación", "Billing Address"},
	"city": {"Ciudad", "City", "Billing City", "Localidad", "Municipio", "Población", "Town"},
	"region": {"Región", "Region", "Estado/Provincia", "State/Region", "Billing State/Province", "Billing State",
		"Provincia", "Departamento", "State", "State/Province", "Comunidad autónoma", "Entidad federativa"},
	"country": {"País", "Country", "Billing Country", "Country/Region", "Nación"},
	"phone": {"Teléfono", "Phone", "Phone Number", "Teléfono fijo", "Tel", "Teléfono principal",
		"Teléfono oficina", "Business Phone", "Work Phone"},
	"email":   {"Correo", "Correo electrónico", "Email", "E-mail", "Email address", "Mail", "Dirección de correo"},
	"website": {"Sitio web", "Web", "Website", "Company Domain Name", "Página web", "URL", "Dominio", "Domain"},
	"leadSource": {"Origen", "Fuente", "Lead Source", "Original Source", "Account Source", "Fuente del cliente",
		"Origen del cliente", "Canal", "Source"},
	"owner": {"Ejecutivo", "Ejecutivo asignado", "Ejecutivo de cuenta", "Ejecutivo de ventas", "Vendedor",
		"Responsable", "Propietario", "Owner", "Account Owner", "Company owner", "Deal owner",
		"Organization - Owner", "Asesor", "Key account manager", "KAM"},
	"potential": {"Potencial", "Potencial anual", "Annual Revenue", "Potential", "Potencial de compra",
		"Volumen potencial", "Facturación anual", "Ingresos anuales"},
	colCurrency: {"Moneda", "Currency", "Divisa", "Moneda del potencial", "Annual Revenue Currency",
		"Account Currency", "Currency Code", "Código de moneda"},
	"keyAccount": {"Cuenta clave", "Key account", "Cliente clave", "Es cuenta clave", "Cuenta estratégica",
		"Strategic account"},
	"notes": {"Notas", "Observaciones", "Notes", "Description", "Descripción", "Comentarios", "Comments"},
})

// contactHeaders maps the folded header names of contacts files to the field they feed.
var contactHeaders = headerTable(map[string][]string{
	"name": {"Nombre", "Nombre completo", "Nombre del contacto", "Contacto", "Contact", "Contact name",
		"Name", "Full name", "Person - Name", "Nombre y apellido"},
	colFirstName: {"Nombres", "First Name", "Given name", "Person - First name", "Primer nombre"},
	colLastName:  {"Apellido", "Apellidos", "Last Name", "Surname", "Family name", "Person - Last name"},
	"title":      {"Cargo", "Puesto", "Title", "Job Title", "Position", "Posición", "Person - Job title"},
	"email": {"Correo", "Correo electrónico", "Email", "E-mail", "Email address", "Person - Email",
		"Person - Email - Work", "Correo corporativo"},
	"phone": {"Teléfono", "Phone", "Phone Number", "Teléfono fijo", "Teléfono oficina", "Business Phone",
		"Work Phone", "Person - Phone", "Person - Phone - Work", "Tel"},
	"mobile": {"Móvil", "Celular", "Mobile", "Mobile Phone", "Mobile Phone Number", "Cell", "Cell phone",
		"Teléfono móvil", "Teléfono celular", "Person - Phone - Mobile", "WhatsApp"},
	"primary":    {"Principal", "Contacto principal", "Primary", "Primary contact", "Es principal"},
	"buyingRole": {"Rol de compra", "Rol", "Buying role", "Rol en la compra", "Role", "Contact role"},
	"attitude":   {"Actitud", "Attitude", "Postura", "Disposición"},
	"influence":  {"Influencia", "Influence", "Nivel de influencia", "Influence level"},
	"reportsTo":  {"Reporta a", "Jefe", "Reports To", "Supervisor", "Jefe directo", "Manager"},
	"relationshipOwner": {"Responsable de la relación", "Relationship owner", "Responsable", "Ejecutivo",
		"Ejecutivo asignado", "Propietario", "Owner", "Contact Owner", "Person - Owner"},
	"lastInteraction": {"Última interacción", "Last Activity Date", "Last interaction", "Last Activity",
		"Último contacto", "Last Contacted", "Fecha último contacto", "Fecha de última interacción"},
	"notes": {"Notas", "Observaciones", "Notes", "Description", "Descripción", "Comentarios", "Comments"},
	colAccountTaxID: {"RIF de la cuenta", "Account Tax ID", "Identificación fiscal de la cuenta",
		"NIT de la cuenta", "RUC de la cuenta", "CUIT de la cuenta", "RFC de la cuenta", "RIF", "NIT",
		"CUIT", "RUC", "RFC", "RUT", "CIF", "NIF", "Tax ID", "VAT", "VAT number", "Identificación fiscal",
		"RIF de la empresa", "NIT de la empresa", "Company Tax ID"},
	colAccountName: {"Cuenta", "Empresa", "Account Name", "Company", "Company Name", "Organization", "Account",
		"Organización", "Cliente", "Nombre de la cuenta", "Nombre de la empresa", "Organization - Name",
		"Person - Organization", "Associated Company", "Compañía", "Razón social"},
})

// headerTable folds every alias with kam.NameKey. It panics when two fields claim the same
// folded alias, a programming error any test catches.
func headerTable(fields map[string][]string) map[string]string {
	m := map[string]string{}
	for field, aliases := range fields {
		for _, a := range aliases {
			k := kam.NameKey(a)
			if prev, ok := m[k]; ok && prev != field {
				panic(fmt.Sprintf("csvio: header %q maps to both %s and %s", a, prev, field))
			}
			m[k] = field
		}
	}
	return m
}

// ambiguousHeaders are headers that CRM exports use for something else than we do (HubSpot's
// and Salesforce's "Type" is Prospect/Partner/Reseller; a Venezuelan or Mexican "Estado" is the
// state). Such a column is taken for its field only if at least one of its values is a
// recognised option; otherwise "Estado" becomes the region when the file has none, and any
// other is left unimported.
var ambiguousHeaders = map[string]bool{"estado": true, "tipo": true, "type": true, "account type": true, "rol": true, "role": true}

// columns is the mapping of one file's header: field → column index, and the headers left out.
type columns struct {
	idx     map[string]int
	header  map[string]string // field → header text as written
	unknown []string
}

// mapColumns maps t's headers through table. The first column for a field wins; later ones
// for the same field are reported as unknown, as are unrecognised headers. Blank headers
// are ignored.
func mapColumns(t *Table, table map[string]string) columns {
	c := columns{idx: map[string]int{}, header: map[string]string{}}
	regionTaken := false
	for _, h := range t.Headers {
		regionTaken = regionTaken || table[kam.NameKey(h)] == "region"
	}
	for i, h := range t.Headers {
		key := kam.NameKey(h)
		if key == "" {
			continue
		}
		field, ok := table[key]
		if ok && ambiguousHeaders[key] && !columnRecognised(t, i, optionParsers[field]) {
			if field == "status" && key == "estado" && !regionTaken {
				field, regionTaken = "region", true
			} else {
				field, ok = "", false
			}
		}
		if _, taken := c.idx[field]; !ok || taken {
			c.unknown = append(c.unknown, h)
			continue
		}
		c.idx[field] = i
		c.header[field] = h
	}
	return c
}

// columnRecognised reports whether the column has no values, or at least one value parse accepts.
func columnRecognised(t *Table, col int, parse func(string) (string, bool)) bool {
	if parse == nil {
		return true
	}
	empty := true
	for _, r := range t.Rows {
		v := cellText(r.Cells[col])
		if v == "" {
			continue
		}
		empty = false
		if _, ok := parse(v); ok {
			return true
		}
	}
	return empty
}

func (c columns) has(field string) bool { _, ok := c.idx[field]; return ok }

// rename moves the column of field from to field to (which must be free).
func (c *columns) rename(from, to string) {
	c.idx[to], c.header[to] = c.idx[from], c.header[from]
	delete(c.idx, from)
	delete(c.header, from)
}

// get returns the cleaned cell of field in rec, and whether the file has that column.
func (c columns) get(rec Record, field string) (string, bool) {
	i, ok := c.idx[field]
	if !ok {
		return "", false
	}
	return cellText(rec.Cells[i]), true
}

// cellText trims a cell and removes the apostrophe our writers put before a cell that a
// spreadsheet would run as a formula (see neutralize).
func cellText(s string) string {
	return strings.TrimSpace(unneutralize(s))
}
