// Turning ErrorDTOs into text in the current language.
import { useI18n } from 'vue-i18n'
import type { ErrorDTO } from '@/api/errors'

export function useErrorText() {
  const { t, te } = useI18n()
  // text translates a key with the error's params; unknown keys read as the generic error.
  function text(key: string | undefined, params?: Record<string, string>): string {
    if (key && te(key)) return t(key, params ?? {})
    return t('error.internal')
  }
  function errorText(e: ErrorDTO): string {
    return text(e.key, e.params)
  }
  // fieldErrors maps each field of the error to its translated message.
  function fieldErrors(e: ErrorDTO): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [f, k] of Object.entries(e.fields ?? {})) out[f] = text(k, e.params)
    return out
  }
  return { text, errorText, fieldErrors }
}
