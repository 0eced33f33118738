// Deleting an account asks first, calls Delete, and "Deshacer" calls Undelete and shows it again.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { byTestId, mountWithApp, sampleAccount, waitFor } from './helpers'

vi.mock('@/api/accounts', () => ({
  listAccounts: vi.fn(),
  accountFacets: vi.fn(),
  getAccount: vi.fn(),
  createAccount: vi.fn(),
  updateAccount: vi.fn(),
  deleteAccount: vi.fn(),
  undeleteAccount: vi.fn(),
}))
vi.mock('@/api/contacts', () => ({
  listContacts: vi.fn(),
  getContact: vi.fn(),
  createContact: vi.fn(),
  updateContact: vi.fn(),
  deleteContact: vi.fn(),
  undeleteContact: vi.fn(),
}))
vi.mock('@/api/events', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/events')>()),
  onEvents: () => () => {},
  onEvent: () => () => {},
}))

import * as accountsApi from '@/api/accounts'
import * as contactsApi from '@/api/contacts'
import { defineComponent, h } from 'vue'
import { RouterView } from 'vue-router'

// The detail view inside a router view, as in the app, so navigating away really unmounts it.
const Shell = defineComponent({ render: () => h(RouterView) })

const contact = {
  id: 'c-1', accountId: 'acc-1', accountName: 'Distribuidora Núñez', name: 'María González', title: 'Gerente de compras',
  email: 'maria@nunez.com.ve', phone: '', mobile: '', primary: true, buyingRole: 'decisor', attitude: 'favorable',
  influence: 'alto', reportsTo: '', relationshipOwner: '', lastInteraction: '', notes: '', updatedAt: '',
}

beforeEach(() => {
  document.body.innerHTML = ''
  vi.mocked(accountsApi.getAccount).mockResolvedValue(sampleAccount())
  vi.mocked(accountsApi.listAccounts).mockResolvedValue({ items: [], total: 0 })
  vi.mocked(accountsApi.accountFacets).mockResolvedValue({ owners: [], industries: [], regions: [] })
  vi.mocked(contactsApi.listContacts).mockResolvedValue({ items: [contact], total: 1 })
})

describe('deleting an account', () => {
  it('confirms, deletes, and undoes', async () => {
    vi.mocked(accountsApi.deleteAccount).mockResolvedValue(undefined)
    vi.mocked(accountsApi.undeleteAccount).mockResolvedValue(sampleAccount())
    const { router } = await mountWithApp(Shell, { route: '/accounts/acc-1' })

    ;(await waitFor(() => byTestId<HTMLButtonElement>('account-delete'))).click()
    const confirm = await waitFor(() => byTestId<HTMLButtonElement>('confirm-delete'))
    expect(document.body.textContent).toContain('¿Eliminar la cuenta «Distribuidora Núñez»?')
    expect(document.body.textContent).toContain('También se eliminarán sus contactos')
    expect(accountsApi.deleteAccount).not.toHaveBeenCalled()
    confirm.click()

    await waitFor(() => vi.mocked(accountsApi.deleteAccount).mock.calls.length === 1)
    expect(accountsApi.deleteAccount).toHaveBeenCalledWith('acc-1')
    await waitFor(() => router.currentRoute.value.path === '/accounts')
    expect(document.body.textContent).toContain('Cuenta eliminada')

    const undo = await waitFor(() => byTestId<HTMLButtonElement>('undo-delete'))
    expect(undo.textContent).toContain('Deshacer')
    expect(accountsApi.undeleteAccount).not.toHaveBeenCalled()
    undo.click()

    await waitFor(() => vi.mocked(accountsApi.undeleteAccount).mock.calls.length === 1)
    expect(accountsApi.undeleteAccount).toHaveBeenCalledWith('acc-1')
    await waitFor(() => router.currentRoute.value.path === '/accounts/acc-1')
    await waitFor(() => byTestId('account-title')?.textContent?.includes('Distribuidora Núñez'))
  })

  it('does nothing when the confirmation is cancelled', async () => {
    await mountWithApp(Shell, { route: '/accounts/acc-1' })
    ;(await waitFor(() => byTestId<HTMLButtonElement>('account-delete'))).click()
    ;(await waitFor(() => byTestId<HTMLButtonElement>('cancel-delete'))).click()
    await new Promise((r) => setTimeout(r, 100))
    expect(accountsApi.deleteAccount).not.toHaveBeenCalled()
    expect(byTestId('undo-delete')).toBeNull()
  })

  it('stays on the account and says why when Delete fails', async () => {
    vi.mocked(accountsApi.deleteAccount).mockRejectedValue({ code: 'not_found', key: 'error.account.not_found' })
    const { router } = await mountWithApp(Shell, { route: '/accounts/acc-1' })
    ;(await waitFor(() => byTestId<HTMLButtonElement>('account-delete'))).click()
    ;(await waitFor(() => byTestId<HTMLButtonElement>('confirm-delete'))).click()
    await waitFor(() => document.body.textContent?.includes('La cuenta no existe.'))
    expect(router.currentRoute.value.path).toBe('/accounts/acc-1')
    expect(byTestId('undo-delete')).toBeNull()
  })
})

describe('deleting a contact', () => {
  it('confirms, deletes, and undoes', async () => {
    vi.mocked(contactsApi.deleteContact).mockResolvedValue(undefined)
    vi.mocked(contactsApi.undeleteContact).mockResolvedValue(contact)
    await mountWithApp(Shell, { route: '/accounts/acc-1?tab=contactos' })

    const row = await waitFor(() => byTestId('contact-row'))
    expect(row.textContent).toContain('María González')
    expect(row.textContent).toContain('Decisor')
    ;(row.querySelector('[data-testid="contact-delete"]') as HTMLButtonElement).click()
    ;(await waitFor(() => byTestId<HTMLButtonElement>('confirm-delete'))).click()

    await waitFor(() => vi.mocked(contactsApi.deleteContact).mock.calls.length === 1)
    expect(contactsApi.deleteContact).toHaveBeenCalledWith('c-1')
    ;(await waitFor(() => byTestId<HTMLButtonElement>('undo-delete'))).click()
    await waitFor(() => vi.mocked(contactsApi.undeleteContact).mock.calls.length === 1)
    expect(contactsApi.undeleteContact).toHaveBeenCalledWith('c-1')
  })
})
