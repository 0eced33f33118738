// The Ctrl+K search: results grouped Cuentas / Contactos, arrows and Enter to open, Esc to close.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { allByTestId, byTestId, mountWithApp, typeInto, waitFor } from './helpers'

vi.mock('@/api/search', () => ({ searchAll: vi.fn() }))

import { searchAll } from '@/api/search'
import GlobalSearch from '@/components/shell/GlobalSearch.vue'

const show = ref(true)
const Host = defineComponent({
  setup: () => () => h(GlobalSearch, { show: show.value, 'onUpdate:show': (v: boolean) => (show.value = v) }),
})

// Go answers accounts first; the order here is mixed to check the grouping.
const hits = [
  { entity: 'contact', id: 'c-1', accountId: 'acc-1', title: 'María Núñez', subtitle: 'Gerente · Café Ávila' },
  { entity: 'account', id: 'acc-2', accountId: 'acc-2', title: 'Distribuidora Núñez', subtitle: 'J-30123456-7 · Alimentos' },
  { entity: 'account', id: 'acc-3', accountId: 'acc-3', title: 'Núñez Hermanos', subtitle: '' },
]

function key(k: string) {
  byTestId('search-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))
}

async function search(q: string) {
  await typeInto(byTestId('search-input'), q)
  return waitFor(() => allByTestId('search-result').length === 3 && allByTestId('search-result'))
}

beforeEach(() => {
  document.body.innerHTML = ''
  show.value = true
  vi.mocked(searchAll).mockResolvedValue(hits)
})

describe('GlobalSearch', () => {
  it('groups results into Cuentas and Contactos, accounts first', async () => {
    await mountWithApp(Host)
    const results = await search('nunez')
    expect(searchAll).toHaveBeenCalledWith('nunez')
    expect(byTestId('search-group-accounts')?.textContent).toBe('Cuentas')
    expect(byTestId('search-group-contacts')?.textContent).toBe('Contactos')
    expect(results.map((r) => r.getAttribute('data-entity'))).toEqual(['account', 'account', 'contact'])
    expect(results.map((r) => r.querySelector('.hit-title')?.textContent)).toEqual(['Distribuidora Núñez', 'Núñez Hermanos', 'María Núñez'])
    expect(results[0].getAttribute('aria-selected')).toBe('true')
  })

  it('waits for a pause in typing before asking Go', async () => {
    await mountWithApp(Host)
    await typeInto(byTestId('search-input'), 'n')
    await typeInto(byTestId('search-input'), 'nu')
    await typeInto(byTestId('search-input'), 'nun')
    await waitFor(() => allByTestId('search-result').length === 3)
    expect(searchAll).toHaveBeenCalledTimes(1)
    expect(searchAll).toHaveBeenCalledWith('nun')
  })

  it('opens the selected account with Enter', async () => {
    const { router } = await mountWithApp(Host)
    await search('nunez')
    key('ArrowDown')
    await waitFor(() => allByTestId('search-result')[1].getAttribute('aria-selected') === 'true')
    key('Enter')
    await waitFor(() => router.currentRoute.value.path === '/accounts/acc-3')
    expect(show.value).toBe(false)
  })

  it("opens a contact's account on the Contactos tab", async () => {
    const { router } = await mountWithApp(Host)
    await search('nunez')
    key('ArrowUp') // wraps round to the last result, the contact
    await waitFor(() => allByTestId('search-result')[2].getAttribute('aria-selected') === 'true')
    key('Enter')
    await waitFor(() => router.currentRoute.value.fullPath === '/accounts/acc-1?tab=contactos')
  })

  it('closes with Esc without navigating', async () => {
    const { router } = await mountWithApp(Host)
    await search('nunez')
    key('Escape')
    await waitFor(() => show.value === false)
    expect(router.currentRoute.value.path).toBe('/accounts')
  })

  it('says so when nothing matches', async () => {
    vi.mocked(searchAll).mockResolvedValue([])
    await mountWithApp(Host)
    await typeInto(byTestId('search-input'), 'zzz')
    await waitFor(() => document.body.textContent?.includes('Sin resultados para «zzz»'))
  })
})
