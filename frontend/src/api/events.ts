// Events Go emits after a change is committed. onEvent returns the function that unsubscribes.
import { EventsOn } from '../../wailsjs/runtime/runtime'

export const AccountChanged = 'account:changed'
export const ContactChanged = 'contact:changed'
export const DataReset = 'data:reset'

export type EventName = typeof AccountChanged | typeof ContactChanged | typeof DataReset

export function onEvent(name: EventName, cb: (data?: unknown) => void): () => void {
  if (!(window as unknown as { runtime?: unknown }).runtime) return () => {} // outside Wails (plain vite dev)
  return EventsOn(name, (data?: unknown) => cb(data))
}

// onEvents subscribes one callback to several events and returns one cancel function.
export function onEvents(names: EventName[], cb: (data?: unknown) => void): () => void {
  const cancels = names.map((n) => onEvent(n, cb))
  return () => cancels.forEach((c) => c())
}
