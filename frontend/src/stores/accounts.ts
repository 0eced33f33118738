// Accounts: the list's filters, sort and page, the loaded page, the facets, and the shared
// account form (one drawer for the whole app, opened from the list, the detail or a shortcut).
import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import * as api from '@/api/accounts'
import { AccountChanged, DataReset, onEvents } from '@/api/events'
import type { ErrorDTO } from '@/api/errors'
import type { AccountDTO, AccountFacets, AccountInput } from '@/api/types'

export type AccountSortKey = 'name' | 'segment' | 'status' | 'potential' | 'updated'
export type KeyAccountFilter = '' | 'yes' | 'no'

export interface AccountFilters {
  query: string
  segment: string
  status: string
  owner: string
  industry: string
  region: string
  keyAccount: KeyAccountFilter
}

function noFilters(): AccountFilters {
  return { query: '', segment: '', status: '', owner: '', industry: '', region: '', keyAccount: '' }
}

export const pageSizes = [25, 50, 100]

export const useAccountsStore = defineStore('accounts', () => {
  const filters = reactive<AccountFilters>(noFilters())
  const sort = ref<{ key: AccountSortKey; desc: boolean }>({ key: 'name', desc: false })
  const page = ref(1)
  const pageSize = ref(25)

  const items = ref<AccountDTO[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ErrorDTO | null>(null)
  const facets = ref<AccountFacets>({ owners: [], industries: [], regions: [] })

  const hasFilters = computed(() => Object.values(filters).some((v) => v !== ''))
  // isEmpty: there are no accounts at all (as opposed to none matching the filters).
  const isEmpty = computed(() => loaded.value && !error.value && total.value === 0 && !hasFilters.value)

  let seq = 0
  async function fetch(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const res = await api.listAccounts({
        ...filters,
        sort: sort.value.key,
        desc: sort.value.desc,
        page: page.value,
        pageSize: pageSize.value,
      })
      if (mine !== seq) return // a newer request is on its way
      items.value = res.items ?? []
      total.value = res.total
      error.value = null
      loaded.value = true
      // Deleting the last row of the last page: step back a page.
      if (items.value.length === 0 && total.value > 0 && page.value > 1) {
        page.value = Math.max(1, Math.ceil(total.value / pageSize.value))
        return fetch()
      }
    } catch (e) {
      if (mine === seq) error.value = e as ErrorDTO
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  async function fetchFacets(): Promise<void> {
    try {
      facets.value = await api.accountFacets()
    } catch {
      // the filters still work as free choices; the list shows its own error
    }
  }

  function setFilter<K extends keyof AccountFilters>(key: K, value: AccountFilters[K]): Promise<void> {
    filters[key] = value
    page.value = 1
    return fetch()
  }

  function clearFilters(): Promise<void> {
    Object.assign(filters, noFilters())
    page.value = 1
    return fetch()
  }

  function setSort(key: AccountSortKey, desc: boolean): Promise<void> {
    sort.value = { key, desc }
    page.value = 1
    return fetch()
  }

  function setPage(p: number): Promise<void> {
    page.value = p
    return fetch()
  }

  function setPageSize(size: number): Promise<void> {
    pageSize.value = size
    page.value = 1
    return fetch()
  }

  function get(id: string): Promise<AccountDTO> {
    return api.getAccount(id)
  }

  async function save(input: AccountInput): Promise<AccountDTO> {
    const saved = input.id ? await api.updateAccount(input) : await api.createAccount(input)
    const i = items.value.findIndex((a) => a.id === saved.id)
    if (i >= 0) items.value[i] = saved
    return saved
  }

  // remove deletes an account, taking it off the list at once and putting it back on failure.
  async function remove(id: string): Promise<void> {
    const before = { items: items.value, total: total.value }
    if (items.value.some((a) => a.id === id)) {
      items.value = items.value.filter((a) => a.id !== id)
      total.value = Math.max(0, total.value - 1)
    }
    try {
      await api.deleteAccount(id)
    } catch (e) {
      items.value = before.items
      total.value = before.total
      throw e
    }
  }

  async function restore(id: string): Promise<AccountDTO> {
    const a = await api.undeleteAccount(id)
    await fetch()
    return a
  }

  // The account form (create when editing is null).
  const formOpen = ref(false)
  const editing = ref<AccountDTO | null>(null)
  function openCreate(): void {
    editing.value = null
    formOpen.value = true
  }
  function openEdit(a: AccountDTO): void {
    editing.value = a
    formOpen.value = true
  }
  function closeForm(): void {
    formOpen.value = false
  }

  // subscribe keeps the list and the facets current; it returns the cancel function.
  function subscribe(): () => void {
    return onEvents([AccountChanged, DataReset], () => {
      if (loaded.value) void fetch()
      void fetchFacets()
    })
  }

  return {
    filters, sort, page, pageSize, items, total, loading, loaded, error, facets, hasFilters, isEmpty,
    fetch, fetchFacets, setFilter, clearFilters, setSort, setPage, setPageSize, get, save, remove, restore,
    formOpen, editing, openCreate, openEdit, closeForm, subscribe,
  }
})
