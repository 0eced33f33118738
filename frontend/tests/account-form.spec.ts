// The account form: Go's per-field errors appear next to their fields, and a taken tax ID names
// the account that has it and offers to open it.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { byTestId, mountWithApp, sampleAccount, sampleOptions, typeInto, waitFor } from './helpers'

vi.mock('@/api/accounts', () => ({
  listAccounts: vi.fn(),
  accountFacets: vi.fn(),
  getAccount: vi.fn(),
  createAccount: vi.fn(),
  updateAccount: vi.fn(),
  deleteAccount: vi.fn(),
  undeleteAccount: vi.fn(),
}))
vi.mock('@/api/events', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/events')>()),
  onEvents: () => () => {},
  onEvent: () => () => {},
}))

import * as accountsApi from '@/api/accounts'
import AccountForm from '@/components/accounts/AccountForm.vue'
import { useAccountsStore } from '@/stores/accounts'
import { useSessionStore } from '@/stores/session'

function feedback(field: string): string {
  return byTestId(`account-item-${field}`)?.querySelector('.n-form-item-feedback')?.textContent?.trim() ?? ''
}

async function openNewForm() {
  const ctx = await mountWithApp(AccountForm)
  const session = useSessionStore(ctx.pinia)
  session.options = sampleOptions
  session.info = { version: '1', dataDir: '/tmp', language: 'es', userName: 'Ana Pérez' }
  useAccountsStore(ctx.pinia).openCreate()
  await waitFor(() => byTestId('account-field-name'))
  return ctx
}

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('AccountForm', () => {
  it('creates an account with the owner defaulting to the user and opens it', async () => {
    vi.mocked(accountsApi.createAccount).mockResolvedValue(sampleAccount({ id: 'new-1' }))
    const { router } = await openNewForm()
    expect(byTestId('account-status-note')?.textContent).toContain('Prospecto')
    // Labels are tied to their inputs for screen readers.
    expect(document.querySelector('label[for="account-email"]')?.textContent).toContain('Correo electrónico')
    expect(document.getElementById('account-email')?.tagName).toBe('INPUT')

    await typeInto(byTestId('account-field-name'), 'Distribuidora Núñez')
    await typeInto(byTestId('account-field-taxId'), 'J-30123456-7')
    await typeInto(byTestId('account-field-potential'), '125000.50')
    byTestId<HTMLButtonElement>('account-save')!.click()

    await waitFor(() => router.currentRoute.value.path === '/accounts/new-1')
    expect(accountsApi.createAccount).toHaveBeenCalledWith(
      expect.objectContaining({ id: '', name: 'Distribuidora Núñez', taxId: 'J-30123456-7', owner: 'Ana Pérez', potential: '125000.50', potentialCurrency: 'USD', type: 'empresa' }),
    )
  })

  it('requires a name before asking Go', async () => {
    await openNewForm()
    byTestId<HTMLButtonElement>('account-save')!.click()
    await waitFor(() => feedback('name'))
    expect(feedback('name')).toBe('Este campo es obligatorio.')
    expect(accountsApi.createAccount).not.toHaveBeenCalled()
  })

  it("shows each of Go's field errors next to its field", async () => {
    vi.mocked(accountsApi.createAccount).mockRejectedValue({
      code: 'invalid',
      key: 'error.account.invalid',
      fields: { email: 'error.field.email_invalid', potential: 'error.money.invalid' },
    })
    await openNewForm()
    await typeInto(byTestId('account-field-name'), 'Distribuidora Núñez')
    await typeInto(byTestId('account-field-email'), 'no-es-correo')
    byTestId<HTMLButtonElement>('account-save')!.click()

    await waitFor(() => feedback('email'))
    expect(feedback('email')).toBe('El correo electrónico no es válido.')
    expect(feedback('potential')).toContain('El monto no es válido.')
    expect(feedback('name')).toBe('')
    expect(byTestId('account-item-email')?.querySelector('.n-form-item-feedback--error')).not.toBeNull()
    // The drawer stays open with what was typed.
    expect(byTestId<HTMLInputElement>('account-field-email')!.querySelector('input')!.value).toBe('no-es-correo')

    // Editing the field clears its message.
    await typeInto(byTestId('account-field-email'), 'ana@nunez.com.ve')
    await waitFor(() => feedback('email') === '')
  })

  it('names the account that already has the tax ID and opens it', async () => {
    vi.mocked(accountsApi.createAccount).mockRejectedValue({
      code: 'conflict',
      key: 'error.account.tax_id_taken',
      fields: { taxId: 'error.account.tax_id_taken' },
      params: { name: 'Alimentos del Ávila', id: 'acc-9' },
    })
    const { router, pinia } = await openNewForm()
    await typeInto(byTestId('account-field-name'), 'Otra cuenta')
    await typeInto(byTestId('account-field-taxId'), 'J-30123456-7')
    byTestId<HTMLButtonElement>('account-save')!.click()

    const msg = await waitFor(() => byTestId('tax-id-error'))
    expect(msg.textContent).toBe('Esta identificación fiscal ya pertenece a «Alimentos del Ávila».')
    const open = byTestId<HTMLButtonElement>('open-existing-account')!
    expect(open.textContent).toContain('Alimentos del Ávila')
    open.click()
    await waitFor(() => router.currentRoute.value.path === '/accounts/acc-9')
    expect(useAccountsStore(pinia).formOpen).toBe(false)
  })

  it('shows an error without fields at the top of the form', async () => {
    vi.mocked(accountsApi.updateAccount).mockRejectedValue({ code: 'not_found', key: 'error.account.not_found' })
    const ctx = await mountWithApp(AccountForm)
    useSessionStore(ctx.pinia).options = sampleOptions
    useAccountsStore(ctx.pinia).openEdit(sampleAccount())
    await waitFor(() => byTestId('account-field-status'))
    expect(byTestId<HTMLInputElement>('account-field-name')!.querySelector('input')!.value).toBe('Distribuidora Núñez')
    byTestId<HTMLButtonElement>('account-save')!.click()
    const alert = await waitFor(() => byTestId('account-form-error'))
    expect(alert.textContent).toContain('La cuenta no existe.')
    expect(accountsApi.updateAccount).toHaveBeenCalledWith(expect.objectContaining({ id: 'acc-1', status: 'prospecto', potential: '125000.00' }))
  })

  it('submits with Enter from a text field', async () => {
    vi.mocked(accountsApi.createAccount).mockResolvedValue(sampleAccount({ id: 'new-2' }))
    const { router } = await openNewForm()
    await typeInto(byTestId('account-field-name'), 'Distribuidora Núñez')
    byTestId('account-field-name')!.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await waitFor(() => router.currentRoute.value.path === '/accounts/new-2')
  })
})
