// The account form's model: an AccountInput built from an account (edit) or from defaults (create).
import type { AccountDTO, AccountInput } from '@/api/types'

export function newAccountInput(owner: string): AccountInput {
  return {
    id: '', name: '', legalName: '', taxId: '', type: 'empresa', country: '',
    industry: '', segment: '', status: 'prospecto', leadSource: '', owner, keyAccount: false,
    address: '', city: '', region: '', phone: '', email: '', website: '',
    potential: '', potentialCurrency: 'USD', notes: '',
  }
}

export function accountInputFrom(a: AccountDTO): AccountInput {
  return {
    id: a.id, name: a.name, legalName: a.legalName, taxId: a.taxId, type: a.type, country: a.country,
    industry: a.industry, segment: a.segment, status: a.status, leadSource: a.leadSource, owner: a.owner,
    keyAccount: a.keyAccount, address: a.address, city: a.city, region: a.region, phone: a.phone,
    email: a.email, website: a.website,
    // The amount is shown as Go wrote it; an empty box means no estimate yet.
    potential: a.potentialMinor ? a.potential : '',
    potentialCurrency: a.potentialCurrency || 'USD', notes: a.notes,
  }
}
