// Session: this installation's info and preferences (language, user name) and the value lists
// of the forms. Loaded once at start-up from Settings.Info and Settings.Options.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '@/api/settings'
import type { ErrorDTO } from '@/api/errors'
import type { DemoDTO, InfoDTO, OptionsDTO } from '@/api/types'
import { applyLocale, currentLocale, isLocale, type Locale } from '@/i18n'

const emptyOptions: OptionsDTO = {
  accountTypes: [],
  statuses: [],
  segments: [],
  leadSources: [],
  currencies: [],
  buyingRoles: [],
  attitudes: [],
  influences: [],
}

export const useSessionStore = defineStore('session', () => {
  const info = ref<InfoDTO>({ version: '', dataDir: '', language: 'es', userName: '' })
  const options = ref<OptionsDTO>({ ...emptyOptions })
  const ready = ref(false)
  const error = ref<ErrorDTO | null>(null)

  async function load(): Promise<void> {
    error.value = null
    try {
      const [i, o] = await Promise.all([api.getInfo(), api.getOptions()])
      info.value = i
      options.value = { ...emptyOptions, ...o }
      applyLocale(isLocale(i.language) ? i.language : 'es')
    } catch (e) {
      error.value = e as ErrorDTO
    } finally {
      ready.value = true
    }
  }

  // setLanguage switches at once and stores the choice; on failure it switches back.
  async function setLanguage(lang: Locale): Promise<void> {
    const before = currentLocale()
    applyLocale(lang)
    info.value = { ...info.value, language: lang }
    try {
      await api.setLanguage(lang)
    } catch (e) {
      applyLocale(before)
      info.value = { ...info.value, language: before }
      throw e
    }
  }

  async function setUserName(name: string): Promise<void> {
    await api.setUserName(name)
    info.value = { ...info.value, userName: name }
  }

  function loadDemo(): Promise<DemoDTO> {
    return api.loadDemo()
  }

  return { info, options, ready, error, load, setLanguage, setUserName, loadDemo }
})
