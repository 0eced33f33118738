// The status bar says where sync stands, in words.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { byTestId, mountWithApp, waitFor } from './helpers'

vi.mock('@/api/sync', () => ({ getSyncStatus: vi.fn() }))

import { getSyncStatus } from '@/api/sync'
import StatusBar from '@/components/shell/StatusBar.vue'
import { useSyncStore } from '@/stores/sync'
import { applyLocale } from '@/i18n'

const status = { deviceId: 'd', deviceCode: 'L3F', provisional: true, enrolled: false, pending: 12, rejected: 0, lastSync: '' }

beforeEach(() => {
  document.body.innerHTML = ''
})

describe('StatusBar', () => {
  it('shows state, pending changes and the provisional device code', async () => {
    vi.mocked(getSyncStatus).mockResolvedValue(status)
    const { pinia } = await mountWithApp(StatusBar)
    await useSyncStore(pinia).refresh()
    await waitFor(() => byTestId('sync-status')?.textContent?.includes('L3F'))
    expect(byTestId('sync-status')!.textContent!.trim()).toBe('Sin sincronizar · 12 cambios locales pendientes · Dispositivo L3F (provisional)')

    vi.mocked(getSyncStatus).mockResolvedValue({ ...status, pending: 1, provisional: false })
    await useSyncStore(pinia).refresh()
    await waitFor(() => byTestId('sync-status')!.textContent!.trim() === 'Sin sincronizar · 1 cambio local pendiente · Dispositivo L3F')

    applyLocale('en')
    await waitFor(() => byTestId('sync-status')!.textContent!.trim() === 'Not synced · 1 local change pending · Device L3F')
    applyLocale('es')
  })

  it('refreshes every 30 seconds', async () => {
    vi.useFakeTimers()
    try {
      vi.mocked(getSyncStatus).mockResolvedValue(status)
      const { useSyncStore: use } = await import('@/stores/sync')
      const { createPinia, setActivePinia } = await import('pinia')
      setActivePinia(createPinia())
      const stop = use().start()
      expect(getSyncStatus).toHaveBeenCalledTimes(1)
      await vi.advanceTimersByTimeAsync(30_000)
      expect(getSyncStatus).toHaveBeenCalledTimes(2)
      stop()
      await vi.advanceTimersByTimeAsync(60_000)
      expect(getSyncStatus).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
