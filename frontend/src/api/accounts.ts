// Accounts: the list, detail and form. Every function rejects with an ErrorDTO.
import * as Go from '../../wailsjs/go/app/Accounts'
import { call } from './errors'
import type { AccountDTO, AccountFacets, AccountInput, AccountQuery, Page } from './types'

export function listAccounts(q: AccountQuery): Promise<Page<AccountDTO>> {
  return call(() => Go.List(q))
}

export function getAccount(id: string): Promise<AccountDTO> {
  return call(() => Go.Get(id))
}

export function createAccount(input: AccountInput): Promise<AccountDTO> {
  return call(() => Go.Create(input))
}

export function updateAccount(input: AccountInput): Promise<AccountDTO> {
  return call(() => Go.Update(input))
}

// deleteAccount tombstones the account and its contacts; undeleteAccount is its undo.
export function deleteAccount(id: string): Promise<void> {
  return call(() => Go.Delete(id))
}

export function undeleteAccount(id: string): Promise<AccountDTO> {
  return call(() => Go.Undelete(id))
}

export function accountFacets(): Promise<AccountFacets> {
  return call(() => Go.Facets())
}
