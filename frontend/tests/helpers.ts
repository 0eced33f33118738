// Mounting helpers: a component inside the same providers App.vue sets up, with a fresh Pinia,
// the real i18n (Spanish) and an in-memory router.
import { defineComponent, h, type Component } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { NConfigProvider, NDialogProvider, NMessageProvider, NNotificationProvider } from 'naive-ui'
import { applyLocale, i18n } from '@/i18n'
import { routes } from '@/router'

export async function mountWithApp(component: Component, opts: { props?: Record<string, unknown>; route?: string } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  applyLocale('es')
  const router: Router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(opts.route ?? '/accounts')
  await router.isReady()
  const Root = defineComponent({
    setup() {
      return () =>
        h(NConfigProvider, null, () =>
          h(NDialogProvider, null, () =>
            h(NNotificationProvider, null, () => h(NMessageProvider, null, () => h(component, opts.props ?? {}))),
          ),
        )
    },
  })
  const wrapper = mount(Root, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router, pinia }
}

// waitFor polls until check passes (Naive UI renders dialogs and notifications asynchronously).
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const start = Date.now()
  for (;;) {
    await flushPromises()
    const v = check()
    if (v) return v
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

// byTestId finds an element anywhere in the document (dialogs are teleported to <body>).
export function byTestId<T extends Element = HTMLElement>(id: string): T | null {
  return document.querySelector<T>(`[data-testid="${id}"]`)
}

export function allByTestId<T extends Element = HTMLElement>(id: string): T[] {
  return Array.from(document.querySelectorAll<T>(`[data-testid="${id}"]`))
}

// typeInto sets an input's value the way a user would, so v-model sees it.
export async function typeInto(el: Element | null, value: string) {
  if (!el) throw new Error('typeInto: no element')
  const input = (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input, textarea')) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await flushPromises()
}

export function sampleAccount(over: Record<string, unknown> = {}) {
  return {
    id: 'acc-1', name: 'Distribuidora Núñez', legalName: 'Distribuidora Núñez C.A.', taxId: 'J-30123456-7',
    type: 'empresa', industry: 'Alimentos', segment: 'A', status: 'prospecto', address: '', city: 'Caracas',
    region: 'Capital', country: 'VE', phone: '', email: '', website: '', leadSource: 'referido', owner: 'Ana Pérez',
    potentialMinor: 12500000, potential: '125000.00', potentialCurrency: 'USD', keyAccount: true, notes: '',
    firstSaleOn: '', createdAt: '2026-01-10T12:00:00Z', updatedAt: '2026-02-01T09:30:00Z',
    ...over,
  }
}

export const sampleOptions = {
  accountTypes: ['empresa', 'persona'],
  statuses: ['prospecto', 'activo', 'inactivo'],
  segments: ['A', 'B', 'C'],
  leadSources: ['referido', 'web', 'evento', 'licitacion', 'otro'],
  currencies: ['USD', 'EUR', 'VES'],
  buyingRoles: ['decisor', 'influenciador', 'usuario', 'guardian'],
  attitudes: ['promotor', 'favorable', 'neutral', 'detractor'],
  influences: ['alto', 'medio', 'bajo'],
}
