// ErrorDTO is what every rejected Go call carries (app.ErrorDTO): a code for programs, a
// translation key for people, per-field keys for forms and parameters for the message.
export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'internal'

export interface ErrorDTO {
  code: ErrorCode
  key: string
  fields?: Record<string, string>
  params?: Record<string, string>
}

const internal: ErrorDTO = { code: 'internal', key: 'error.internal' }

function isErrorDTO(v: unknown): v is ErrorDTO {
  return typeof v === 'object' && v !== null && typeof (v as ErrorDTO).code === 'string' && typeof (v as ErrorDTO).key === 'string'
}

// toErrorDTO turns whatever a rejected call gave into an ErrorDTO. Wails v2.16's runtime rejects
// with `new Error(message.error)`, which would turn an object into "[object Object]", so Go's
// app.FormatError sends the DTO as JSON text and this parses it back.
// Anything unrecognisable becomes the generic internal error (the user sees "Error interno").
export function toErrorDTO(e: unknown): ErrorDTO {
  if (isErrorDTO(e)) return e
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : ''
  if (message.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(message)
      if (isErrorDTO(parsed)) return parsed
    } catch {
      // not JSON: fall through
    }
  }
  if (e !== undefined) console.error('unexpected error from Go', e)
  return { ...internal }
}

// call runs a binding and rejects with an ErrorDTO, never with anything else.
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw toErrorDTO(e)
  }
}
