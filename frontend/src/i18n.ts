// vue-i18n (composition API) plus the matching Naive UI locale, switched together so that date
// pickers and pagination speak the same language as the rest of the screen.
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import { createLocale, dateEnUS, dateEsES, enUS, esES } from 'naive-ui'
import es from './locales/es.json'
import en from './locales/en.json'

export type Locale = 'es' | 'en'
export const locales: Locale[] = ['es', 'en']

export type MessageSchema = typeof es

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'es',
  fallbackLocale: 'es',
  messages: { es, en },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

export function applyLocale(l: Locale): void {
  i18n.global.locale.value = l
  document.documentElement.lang = l
}

export function isLocale(v: unknown): v is Locale {
  return v === 'es' || v === 'en'
}

// naiveLocale and naiveDateLocale feed <n-config-provider :locale :date-locale>. Empty text
// boxes stay empty rather than saying "Introduzca" / "Please Input" under every label.
const quietInputs = { Input: { placeholder: '' }, InputNumber: { placeholder: '' } }
const naiveEs = createLocale(quietInputs, esES)
const naiveEn = createLocale(quietInputs, enUS)
export const naiveLocale = computed(() => (i18n.global.locale.value === 'en' ? naiveEn : naiveEs))
export const naiveDateLocale = computed(() => (i18n.global.locale.value === 'en' ? dateEnUS : dateEsES))

// intlLocale is the BCP 47 tag Intl formatters use.
export function intlLocale(): string {
  return i18n.global.locale.value === 'en' ? 'en-US' : 'es'
}
