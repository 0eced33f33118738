// The contact form's model.
import type { ContactDTO, ContactInput } from '@/api/types'

export function newContactInput(accountId: string): ContactInput {
  return {
    id: '', accountId, name: '', title: '', email: '', phone: '', mobile: '', primary: false,
    buyingRole: '', attitude: '', influence: '', reportsTo: '', relationshipOwner: '', lastInteraction: '', notes: '',
  }
}

export function contactInputFrom(c: ContactDTO): ContactInput {
  return {
    id: c.id, accountId: c.accountId, name: c.name, title: c.title, email: c.email, phone: c.phone,
    mobile: c.mobile, primary: c.primary, buyingRole: c.buyingRole, attitude: c.attitude, influence: c.influence,
    reportsTo: c.reportsTo, relationshipOwner: c.relationshipOwner, lastInteraction: c.lastInteraction, notes: c.notes,
  }
}
