// The global Ctrl+K search over accounts and contacts (accent-insensitive, done in Go).
import * as Go from '../../wailsjs/go/app/Search'
import { call } from './errors'
import type { SearchHit } from './types'

export async function searchAll(q: string): Promise<SearchHit[]> {
  return (await call(() => Go.Query(q))) ?? []
}
