// Keyboard helpers shared by the global shortcuts.

// isTyping is true when the key goes to a text field, so single-letter shortcuts stay out of the way.
export function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  if (!el || !(el instanceof HTMLElement)) return false
  if (el.isContentEditable) return true
  const tag = el.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}

// isModKey is Ctrl on Windows and Linux, Cmd on macOS (either is accepted everywhere).
export function isModKey(e: KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey
}

// anyModalOpen reports whether a dialog, drawer or modal is showing.
export function anyModalOpen(): boolean {
  return document.querySelector('.n-modal-container .n-modal, .n-drawer-container .n-drawer, .n-dialog') !== null
}
