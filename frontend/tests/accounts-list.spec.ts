// The accounts list: rows from Go, the empty state and the demo loader, the no-results state.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { allByTestId, byTestId, mountWithApp, sampleAccount, sampleOptions, waitFor } from './helpers'

vi.mock('@/api/accounts', () => ({
  listAccounts: vi.fn(),
  accountFacets: vi.fn(),
  getAccount: vi.fn(),
  createAccount: vi.fn(),
  updateAccount: vi.fn(),
  deleteAccount: vi.fn(),
  undeleteAccount: vi.fn(),
}))
vi.mock('@/api/settings', () => ({
  getInfo: vi.fn(),
  getOptions: vi.fn(),
  setLanguage: vi.fn(),
  setUserName: vi.fn(),
  loadDemo: vi.fn(),
}))
vi.mock('@/api/events', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/events')>()),
  onEvents: () => () => {},
  onEvent: () => () => {},
}))

import * as accountsApi from '@/api/accounts'
import * as settingsApi from '@/api/settings'
import AccountsView from '@/views/AccountsView.vue'
import { useSessionStore } from '@/stores/session'

const facets = { owners: ['Ana Pérez'], industries: ['Alimentos'], regions: ['Capital'] }

beforeEach(() => {
  document.body.innerHTML = ''
  vi.mocked(accountsApi.accountFacets).mockResolvedValue(facets)
})

describe('AccountsView', () => {
  it('renders a row per account with translated status and the total', async () => {
    vi.mocked(accountsApi.listAccounts).mockResolvedValue({
      items: [sampleAccount(), sampleAccount({ id: 'acc-2', name: 'Café Ávila', status: 'activo', keyAccount: false, potentialMinor: 0, potential: '0.00' })],
      total: 2,
    })
    const { pinia } = await mountWithApp(AccountsView)
    useSessionStore(pinia).options = sampleOptions

    const rows = await waitFor(() => {
      const r = allByTestId('account-row')
      return r.length === 2 && r
    })
    expect(rows[0].textContent).toContain('Distribuidora Núñez')
    expect(rows[0].textContent).toContain('Prospecto')
    expect(rows[0].querySelector('[data-testid="key-account-badge"]')).not.toBeNull()
    expect(rows[1].textContent).toContain('Café Ávila')
    expect(rows[1].textContent).toContain('Activo')
    expect(rows[1].querySelector('[data-testid="key-account-badge"]')).toBeNull()
    expect(byTestId('accounts-total')?.textContent).toContain('2 cuentas')
    expect(byTestId('accounts-empty')).toBeNull()
    expect(accountsApi.listAccounts).toHaveBeenCalledWith(expect.objectContaining({ page: 1, pageSize: 25, sort: 'name', desc: false }))
  })

  it('opens the account when a row is clicked', async () => {
    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [sampleAccount()], total: 1 })
    const { router } = await mountWithApp(AccountsView)
    const row = await waitFor(() => byTestId<HTMLElement>('account-row'))
    row.click()
    await waitFor(() => router.currentRoute.value.path === '/accounts/acc-1')
  })

  it('shows the empty state and loads the demo data from it', async () => {
    vi.mocked(accountsApi.listAccounts).mockResolvedValueOnce({ items: [], total: 0 })
    vi.mocked(settingsApi.loadDemo).mockResolvedValue({ accounts: 12, contacts: 40 })
    await mountWithApp(AccountsView)

    await waitFor(() => byTestId('accounts-empty'))
    expect(byTestId('accounts-table')).toBeNull()
    expect(byTestId('empty-new-account')).not.toBeNull()

    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [sampleAccount()], total: 1 })
    byTestId<HTMLButtonElement>('load-demo')!.click()

    expect(settingsApi.loadDemo).toHaveBeenCalledTimes(1)
    await waitFor(() => document.body.textContent?.includes('Datos de ejemplo cargados: 12 cuentas y 40 contactos.'))
    await waitFor(() => allByTestId('account-row').length === 1)
    expect(byTestId('accounts-empty')).toBeNull()
  })

  it('keeps the empty state and shows the error when the demo fails', async () => {
    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [], total: 0 })
    vi.mocked(settingsApi.loadDemo).mockRejectedValue({ code: 'internal', key: 'error.internal' })
    await mountWithApp(AccountsView)
    ;(await waitFor(() => byTestId<HTMLButtonElement>('load-demo'))).click()
    await waitFor(() => document.body.textContent?.includes('Error interno'))
    expect(byTestId('accounts-empty')).not.toBeNull()
  })

  it('tells "no results" apart from "no accounts" and clears the filters', async () => {
    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [sampleAccount()], total: 1 })
    const { pinia } = await mountWithApp(AccountsView)
    await waitFor(() => byTestId('account-row'))

    const { useAccountsStore } = await import('@/stores/accounts')
    const store = useAccountsStore(pinia)
    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [], total: 0 })
    await store.setFilter('segment', 'C')

    await waitFor(() => byTestId('accounts-no-results'))
    expect(byTestId('accounts-empty')).toBeNull()
    expect(accountsApi.listAccounts).toHaveBeenLastCalledWith(expect.objectContaining({ segment: 'C', page: 1 }))

    vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [sampleAccount()], total: 1 })
    byTestId<HTMLButtonElement>('clear-filters-empty')!.click()
    await waitFor(() => byTestId('account-row'))
    expect(accountsApi.listAccounts).toHaveBeenLastCalledWith(expect.objectContaining({ segment: '' }))
  })
})
