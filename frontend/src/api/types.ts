// Types of the Go DTOs as the rest of the frontend uses them. They are the generated classes'
// shapes (wailsjs/go/models.ts) without their helper methods, so tests can pass plain objects.
import type { app, kam } from '../../wailsjs/go/models'

type Fields<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }

export type AccountDTO = Fields<app.AccountDTO>
export type AccountInput = Fields<app.AccountInput>
export type AccountQuery = Fields<app.AccountQuery>
export type AccountFacets = Fields<kam.AccountFacets>
export type ContactDTO = Fields<app.ContactDTO>
export type ContactInput = Fields<app.ContactInput>
export type ContactQuery = Fields<app.ContactQuery>
export type SearchHit = Fields<kam.SearchHit>
export type InfoDTO = Fields<app.InfoDTO>
export type OptionsDTO = Fields<app.OptionsDTO>
export type DemoDTO = Fields<app.DemoDTO>
export type SyncStatus = Fields<kam.SyncStatus>

export interface Page<T> {
  items: T[]
  total: number
}
