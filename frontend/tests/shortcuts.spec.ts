// Global shortcuts: Ctrl/Cmd+K opens the search, "n" or Ctrl+N a new account, never while typing.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { byTestId, mountWithApp, sampleOptions, waitFor } from './helpers'

vi.mock('@/api/settings', () => ({
  getInfo: vi.fn(),
  getOptions: vi.fn(),
  setLanguage: vi.fn(),
  setUserName: vi.fn(),
  loadDemo: vi.fn(),
}))
vi.mock('@/api/accounts', () => ({
  listAccounts: vi.fn(),
  accountFacets: vi.fn(),
  getAccount: vi.fn(),
  createAccount: vi.fn(),
  updateAccount: vi.fn(),
  deleteAccount: vi.fn(),
  undeleteAccount: vi.fn(),
}))
vi.mock('@/api/sync', () => ({ getSyncStatus: vi.fn() }))
vi.mock('@/api/search', () => ({ searchAll: vi.fn() }))
vi.mock('@/api/events', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/events')>()),
  onEvents: () => () => {},
  onEvent: () => () => {},
}))

import * as settingsApi from '@/api/settings'
import * as accountsApi from '@/api/accounts'
import { getSyncStatus } from '@/api/sync'
import AppShell from '@/components/shell/AppShell.vue'
import { useAccountsStore } from '@/stores/accounts'
import { i18n } from '@/i18n'

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = window) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
}

beforeEach(() => {
  document.body.innerHTML = ''
  vi.mocked(settingsApi.getInfo).mockResolvedValue({ version: '1.0', dataDir: '/d', language: 'en', userName: 'Ana' })
  vi.mocked(settingsApi.getOptions).mockResolvedValue(sampleOptions)
  vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [], total: 0 })
  vi.mocked(accountsApi.accountFacets).mockResolvedValue({ owners: [], industries: [], regions: [] })
  vi.mocked(getSyncStatus).mockResolvedValue({ deviceId: 'd', deviceCode: 'L3F', provisional: true, enrolled: false, pending: 0, rejected: 0, lastSync: '' })
})

describe('AppShell', () => {
  it('starts in the stored language', async () => {
    await mountWithApp(AppShell)
    await waitFor(() => byTestId('nav-accounts'))
    expect(i18n.global.locale.value).toBe('en')
    expect(byTestId('nav-accounts')?.textContent).toContain('Accounts')
  })

  it('opens the search with Ctrl+K and with Cmd+K', async () => {
    await mountWithApp(AppShell)
    await waitFor(() => byTestId('nav-accounts'))
    press('k', { ctrlKey: true })
    await waitFor(() => byTestId('search-input'))

    document.body.innerHTML = ''
    await mountWithApp(AppShell)
    await waitFor(() => byTestId('nav-accounts'))
    press('k', { metaKey: true })
    await waitFor(() => byTestId('search-input'))
  })

  it('opens a new account with "n" or Ctrl+N, but not while typing', async () => {
    const { pinia } = await mountWithApp(AppShell)
    await waitFor(() => byTestId('nav-accounts'))
    const store = useAccountsStore(pinia)

    const input = document.createElement('input')
    document.body.appendChild(input)
    press('n', {}, input)
    expect(store.formOpen).toBe(false)

    press('n')
    expect(store.formOpen).toBe(true)
    await waitFor(() => byTestId('account-field-name'))
    expect(byTestId<HTMLInputElement>('account-field-owner')!.querySelector('input')!.value).toBe('Ana')

  })

  it('opens a new account with Ctrl+N even from a text field', async () => {
    const { pinia } = await mountWithApp(AppShell)
    await waitFor(() => byTestId('nav-accounts'))
    const input = document.createElement('input')
    document.body.appendChild(input)
    press('n', { ctrlKey: true }, input)
    expect(useAccountsStore(pinia).formOpen).toBe(true)
  })
})
