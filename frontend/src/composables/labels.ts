// Labels and select options for the enumerated values Go sends as Spanish codes
// (status "prospecto", buying role "decisor"…): the codes never reach the screen untranslated.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { SelectOption } from 'naive-ui'
import { useSessionStore } from '@/stores/session'

export type ValueList = 'accountType' | 'status' | 'leadSource' | 'buyingRole' | 'attitude' | 'influence'

// Countries offered first in the account form (any ISO code can still be typed).
export const commonCountries = [
  'VE', 'CO', 'MX', 'AR', 'CL', 'PE', 'EC', 'BO', 'PY', 'UY', 'BR', 'CR', 'PA', 'DO', 'GT', 'HN', 'SV', 'NI', 'CU', 'PR', 'ES', 'US',
]

export function useLabels() {
  const { t, te } = useI18n()
  const session = useSessionStore()

  // label translates a code of a value list, showing an unknown code as it is.
  function label(list: ValueList, code: string): string {
    if (!code) return ''
    const key = `values.${list}.${code}`
    return te(key) ? t(key) : code
  }

  function optionsOf(list: ValueList, codes: string[]): SelectOption[] {
    return codes.map((c) => ({ value: c, label: label(list, c) }))
  }

  const o = computed(() => session.options)
  const accountTypeOptions = computed(() => optionsOf('accountType', o.value.accountTypes))
  const statusOptions = computed(() => optionsOf('status', o.value.statuses))
  const leadSourceOptions = computed(() => optionsOf('leadSource', o.value.leadSources))
  const buyingRoleOptions = computed(() => optionsOf('buyingRole', o.value.buyingRoles))
  const attitudeOptions = computed(() => optionsOf('attitude', o.value.attitudes))
  const influenceOptions = computed(() => optionsOf('influence', o.value.influences))
  const segmentOptions = computed<SelectOption[]>(() =>
    o.value.segments.map((s) => ({ value: s, label: t('account.segmentValue', { segment: s }) })),
  )
  const currencyOptions = computed<SelectOption[]>(() => o.value.currencies.map((c) => ({ value: c, label: c })))

  return {
    label, accountTypeOptions, statusOptions, leadSourceOptions, buyingRoleOptions, attitudeOptions,
    influenceOptions, segmentOptions, currencyOptions,
  }
}

// statusTagType colours an account status tag.
export function statusTagType(status: string): 'default' | 'success' | 'info' | 'warning' {
  if (status === 'activo') return 'success'
  if (status === 'prospecto') return 'info'
  return 'default'
}
