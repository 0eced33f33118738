// Money is displayed from Go's decimal string, never recomputed.
import { afterEach, describe, expect, it } from 'vitest'
import { formatDay, formatMoney } from '@/composables/format'
import { applyLocale } from '@/i18n'

afterEach(() => applyLocale('es'))

describe('formatMoney', () => {
  it('formats in the current language', () => {
    applyLocale('es')
    expect(formatMoney('125000.50', 'USD').replace(/\s/g, ' ')).toBe('125.000,50 USD')
    applyLocale('en')
    expect(formatMoney('125000.50', 'USD').replace(/\s/g, ' ')).toBe('USD 125,000.50')
  })

  it('keeps every digit of large amounts (no float rounding)', () => {
    applyLocale('en')
    expect(formatMoney('90071992547409.93', 'USD')).toContain('90,071,992,547,409.93')
  })

  it('shows as many decimals as Go wrote', () => {
    applyLocale('en')
    expect(formatMoney('1500', 'CLP').replace(/\s/g, ' ')).toBe('CLP 1,500')
  })

  it('falls back to the plain text for an unknown currency', () => {
    expect(formatMoney('10.00', 'ZZ')).toBe('10.00 ZZ')
  })
})

describe('formatDay', () => {
  it('does not move a date across time zones', () => {
    applyLocale('en')
    expect(formatDay('2026-03-01')).toBe('Mar 1, 2026')
  })
})
