// Contacts of the account open in the detail view.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as api from '@/api/contacts'
import { AccountChanged, ContactChanged, DataReset, onEvents } from '@/api/events'
import type { ErrorDTO } from '@/api/errors'
import type { ContactDTO, ContactInput } from '@/api/types'

// An account's contacts are loaded whole (the store caps a page at 1000); the table pages locally.
const maxContacts = 1000

export const useContactsStore = defineStore('contacts', () => {
  const accountId = ref('')
  const items = ref<ContactDTO[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<ErrorDTO | null>(null)

  let seq = 0
  async function load(id: string = accountId.value): Promise<void> {
    if (!id) return
    if (id !== accountId.value) {
      accountId.value = id
      items.value = []
      total.value = 0
    }
    const mine = ++seq
    loading.value = true
    try {
      const res = await api.listContacts({ accountId: id, query: '', sort: 'name', desc: false, page: 1, pageSize: maxContacts })
      if (mine !== seq) return
      items.value = res.items ?? []
      total.value = res.total
      error.value = null
    } catch (e) {
      if (mine === seq) error.value = e as ErrorDTO
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  async function save(input: ContactInput): Promise<ContactDTO> {
    const saved = input.id ? await api.updateContact(input) : await api.createContact(input)
    await load()
    return saved
  }

  // remove deletes a contact, taking it off the table at once and putting it back on failure.
  async function remove(id: string): Promise<void> {
    const before = items.value
    items.value = items.value.filter((c) => c.id !== id)
    try {
      await api.deleteContact(id)
    } catch (e) {
      items.value = before
      throw e
    }
    total.value = Math.max(0, total.value - 1)
  }

  async function restore(id: string): Promise<ContactDTO> {
    const c = await api.undeleteContact(id)
    await load()
    return c
  }

  function subscribe(): () => void {
    return onEvents([ContactChanged, AccountChanged, DataReset], () => {
      if (accountId.value) void load()
    })
  }

  return { accountId, items, total, loading, error, load, save, remove, restore, subscribe }
})
