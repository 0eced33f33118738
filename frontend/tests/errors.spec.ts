// Go's errors must reach the screen as ErrorDTOs, whatever shape Wails hands them over in.
import { describe, expect, it, vi } from 'vitest'
import { call, toErrorDTO } from '@/api/errors'

// wailsCallback mimics Wails v2.16's runtime: window.wails.Callback parses the message and
// rejects with `new Error(message.error)`.
function fakeWails() {
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>()
  const wails = {
    Callback(message: string) {
      const m = JSON.parse(message)
      const p = pending.get(m.callbackid)!
      if (m.error) p.reject(m.error instanceof Error ? m.error : new Error(m.error))
      else p.resolve(m.result)
    },
  }
  const w = { wails } as unknown as Window
  function invoke(id: string): Promise<unknown> {
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }))
  }
  // answer is what Go sends back; it calls window.wails.Callback as it is at that moment.
  function answer(msg: object) {
    ;(w as unknown as { wails: { Callback: (s: string) => void } }).wails.Callback(JSON.stringify(msg))
  }
  return { w, invoke, answer }
}

const dto = { code: 'invalid', key: 'error.account.invalid', fields: { email: 'error.field.email_invalid' } }

describe('toErrorDTO', () => {
  it('passes an ErrorDTO through', () => {
    expect(toErrorDTO(dto)).toEqual(dto)
  })

  it('reads an ErrorDTO sent as JSON text', () => {
    expect(toErrorDTO(new Error(JSON.stringify(dto)))).toEqual(dto)
    expect(toErrorDTO(JSON.stringify(dto))).toEqual(dto)
  })

  it('turns anything else into the internal error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(toErrorDTO(new Error('[object Object]'))).toEqual({ code: 'internal', key: 'error.internal' })
    expect(toErrorDTO(new Error('Call to Accounts.Get timed out'))).toEqual({ code: 'internal', key: 'error.internal' })
    expect(toErrorDTO('{not json')).toEqual({ code: 'internal', key: 'error.internal' })
  })
})

describe('errors through the Wails runtime', () => {
  it('an ErrorDTO sent as JSON text by app.FormatError survives', async () => {
    const { invoke, answer } = fakeWails()
    const p = call(() => invoke('1'))
    answer({ callbackid: '1', error: JSON.stringify(dto) })
    await expect(p).rejects.toEqual(dto)
  })

  it('results pass and unexpected errors become the internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { invoke, answer } = fakeWails()
    const ok = call(() => invoke('1'))
    answer({ callbackid: '1', result: { id: 'x' } })
    await expect(ok).resolves.toEqual({ id: 'x' })
    const bad = call(() => invoke('2'))
    answer({ callbackid: '2', error: 'plain text' })
    await expect(bad).rejects.toEqual({ code: 'internal', key: 'error.internal' })
  })
})
