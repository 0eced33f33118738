// Sync status for the status bar and the Sincronización page: refreshed on every change event
// and every 30 seconds.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getSyncStatus } from '@/api/sync'
import { AccountChanged, ContactChanged, DataReset, onEvents } from '@/api/events'
import type { ErrorDTO } from '@/api/errors'
import type { SyncStatus } from '@/api/types'

export const refreshEveryMs = 30_000

export const useSyncStore = defineStore('sync', () => {
  const status = ref<SyncStatus | null>(null)
  const error = ref<ErrorDTO | null>(null)

  async function refresh(): Promise<void> {
    try {
      status.value = await getSyncStatus()
      error.value = null
    } catch (e) {
      error.value = e as ErrorDTO
    }
  }

  // start begins refreshing and returns the function that stops it.
  function start(): () => void {
    void refresh()
    const timer = setInterval(() => void refresh(), refreshEveryMs)
    const cancel = onEvents([AccountChanged, ContactChanged, DataReset], () => void refresh())
    return () => {
      clearInterval(timer)
      cancel()
    }
  }

  return { status, error, refresh, start }
})
