// Contacts of an account. Every function rejects with an ErrorDTO.
import * as Go from '../../wailsjs/go/app/Contacts'
import { call } from './errors'
import type { ContactDTO, ContactInput, ContactQuery, Page } from './types'

export function listContacts(q: ContactQuery): Promise<Page<ContactDTO>> {
  return call(() => Go.List(q))
}

export function getContact(id: string): Promise<ContactDTO> {
  return call(() => Go.Get(id))
}

export function createContact(input: ContactInput): Promise<ContactDTO> {
  return call(() => Go.Create(input))
}

export function updateContact(input: ContactInput): Promise<ContactDTO> {
  return call(() => Go.Update(input))
}

export function deleteContact(id: string): Promise<void> {
  return call(() => Go.Delete(id))
}

export function undeleteContact(id: string): Promise<ContactDTO> {
  return call(() => Go.Undelete(id))
}
