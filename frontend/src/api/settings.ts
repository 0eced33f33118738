// Settings: app info, this device's preferences, the forms' value lists and the demo loader.
import * as Go from '../../wailsjs/go/app/Settings'
import { call } from './errors'
import type { DemoDTO, InfoDTO, OptionsDTO } from './types'

export type Language = 'es' | 'en'

export function getInfo(): Promise<InfoDTO> {
  return call(() => Go.Info())
}

export function setLanguage(lang: Language): Promise<void> {
  return call(() => Go.SetLanguage(lang))
}

export function setUserName(name: string): Promise<void> {
  return call(() => Go.SetUserName(name))
}

export function getOptions(): Promise<OptionsDTO> {
  return call(() => Go.Options())
}

export function loadDemo(): Promise<DemoDTO> {
  return call(() => Go.LoadDemo())
}
