// Sync: the device's state and local changes waiting for the company server.
import * as Go from '../../wailsjs/go/app/Sync'
import { call } from './errors'
import type { SyncStatus } from './types'

export function getSyncStatus(): Promise<SyncStatus> {
  return call(() => Go.Status())
}
