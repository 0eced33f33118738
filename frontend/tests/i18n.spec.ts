// The Spanish and English catalogs must have the same keys, cover every key Go sends, translate
// every enumerated code, and contain every key the source code asks for.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import es from '@/locales/es.json'
import en from '@/locales/en.json'
import { areas } from '@/areas'

type Tree = { [k: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

const esKeys = flatten(es as Tree)
const enKeys = flatten(en as Tree)

// Every translation key the Go side puts in ErrorDTO.key and ErrorDTO.fields.
const goErrorKeys = [
  'error.internal', 'error.conflict',
  'error.field.required', 'error.field.too_long', 'error.field.invalid_option', 'error.field.email_invalid',
  'error.field.url_invalid', 'error.field.date_invalid', 'error.field.boolean_invalid',
  'error.money.invalid', 'error.money.negative', 'error.money.currency_invalid',
  'error.account.invalid', 'error.account.not_found', 'error.account.tax_id_invalid', 'error.account.tax_id_taken',
  'error.account.segment_invalid', 'error.account.country_invalid',
  'error.contact.invalid', 'error.contact.not_found', 'error.contact.reports_to_self',
  'error.contact.reports_to_other_account', 'error.contact.reports_to_cycle',
]

// The Spanish codes Go uses for closed value lists (kam.AccountTypes, kam.BuyingRoles…).
const goValues: Record<string, string[]> = {
  accountType: ['empresa', 'persona'],
  status: ['prospecto', 'activo', 'inactivo'],
  leadSource: ['referido', 'web', 'evento', 'licitacion', 'otro'],
  buyingRole: ['decisor', 'influenciador', 'usuario', 'guardian'],
  attitude: ['promotor', 'favorable', 'neutral', 'detractor'],
  influence: ['alto', 'medio', 'bajo'],
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

describe('locales', () => {
  it('has every Spanish key in English', () => {
    const missing = [...esKeys.keys()].filter((k) => !enKeys.has(k))
    expect(missing).toEqual([])
  })

  it('has every English key in Spanish', () => {
    const missing = [...enKeys.keys()].filter((k) => !esKeys.has(k))
    expect(missing).toEqual([])
  })

  it('has no empty messages', () => {
    const empty = [...esKeys, ...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('uses the same placeholders and plural forms in both languages', () => {
    const diff: string[] = []
    for (const [k, v] of esKeys) {
      const w = enKeys.get(k) ?? ''
      if (placeholders(v).join() !== placeholders(w).join()) diff.push(`${k}: placeholders`)
      if (v.split(' | ').length !== w.split(' | ').length) diff.push(`${k}: plural forms`)
    }
    expect(diff).toEqual([])
  })

  it('translates every error key Go sends', () => {
    expect(goErrorKeys.filter((k) => !esKeys.has(k))).toEqual([])
    expect(goErrorKeys.filter((k) => !enKeys.has(k))).toEqual([])
  })

  it('names the account in the duplicate tax ID message', () => {
    expect(esKeys.get('error.account.tax_id_taken')).toContain('{name}')
    expect(enKeys.get('error.account.tax_id_taken')).toContain('{name}')
  })

  it('translates every enumerated code', () => {
    const missing: string[] = []
    for (const [list, codes] of Object.entries(goValues)) {
      for (const c of codes) {
        for (const [lang, keys] of [['es', esKeys], ['en', enKeys]] as const) {
          if (!keys.has(`values.${list}.${c}`)) missing.push(`${lang}: values.${list}.${c}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('names every area and says what each coming area will do', () => {
    const missing: string[] = []
    for (const a of areas) {
      if (!esKeys.has(`nav.${a.key}`)) missing.push(`nav.${a.key}`)
      if (a.comingSoon && !esKeys.has(`comingSoon.areas.${a.key}`)) missing.push(`comingSoon.areas.${a.key}`)
    }
    expect(missing).toEqual([])
    expect(areas.map((a) => esKeys.get(`nav.${a.key}`))).toEqual([
      'Cuentas', 'Oportunidades', 'Agenda', 'Cotizaciones', 'Análisis', 'Planes', 'Premios', 'Reportes', 'Sincronización', 'Ajustes',
    ])
  })

  it('has every key the source code uses', () => {
    const src = join(__dirname, '..', 'src')
    const files: string[] = []
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.(vue|ts)$/.test(f) && !f.endsWith('.spec.ts')) files.push(p)
      }
    }
    walk(src)
    const used = new Set<string>()
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:t|text|te)\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((k) => !esKeys.has(k))).toEqual([])
  })
})
