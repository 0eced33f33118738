// Display formatting only. Money arrives from Go as a decimal string ("125000.50"); it is shown
// with Intl.NumberFormat, never computed with in JavaScript.
import { intlLocale } from '@/i18n'

export function formatMoney(decimal: string, currency: string): string {
  if (!decimal) return '—'
  const fraction = decimal.includes('.') ? decimal.split('.')[1].length : 0
  try {
    const nf = new Intl.NumberFormat(intlLocale(), {
      style: 'currency',
      currency: currency || 'USD',
      currencyDisplay: 'code',
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    })
    // Intl.NumberFormat formats a decimal string exactly (no float rounding on the way).
    return nf.format(decimal as unknown as number)
  } catch {
    return `${decimal} ${currency}`
  }
}

// formatInstant shows an RFC 3339 instant as a local date and time.
export function formatInstant(rfc3339: string): string {
  if (!rfc3339) return '—'
  const d = new Date(rfc3339)
  if (Number.isNaN(d.getTime())) return rfc3339
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

// formatDate shows the local calendar date of an RFC 3339 instant.
export function formatDate(rfc3339: string): string {
  if (!rfc3339) return '—'
  const d = new Date(rfc3339)
  if (Number.isNaN(d.getTime())) return rfc3339
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(d)
}

// formatDay shows a YYYY-MM-DD calendar date without moving it across time zones.
export function formatDay(day: string): string {
  if (!day) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
}

// countryName turns an ISO 3166-1 alpha-2 code into its name in the current language.
export function countryName(code: string): string {
  if (!code) return ''
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}
