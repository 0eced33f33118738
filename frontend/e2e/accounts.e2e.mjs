// End-to-end test of accounts and contacts against the real Go app.
//
// The app runs as the Wails dev-tag binary serving frontend/dist; this browser reaches the real
// bound Go methods over Wails' websocket IPC. Start it on an empty data folder, then:
//
//   E2E_URL=http://127.0.0.1:34999 node e2e/accounts.e2e.mjs
//
// One line per step, a screenshot in E2E_SHOTS (default /tmp) on failure and at the end, and a
// last line "e2e: N passed, M failed". Exits non-zero on any failure.
import { chromium } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const url = process.env.E2E_URL
const shots = process.env.E2E_SHOTS || '/tmp'
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium'
const timeout = Number(process.env.E2E_TIMEOUT_MS || 15000)

if (!url) {
  console.error('e2e: set E2E_URL to the app (e.g. http://127.0.0.1:34999)')
  process.exit(2)
}

const account = { name: 'Distribuidora Núñez', taxId: 'J-30123456-7', industry: 'Alimentos y bebidas' }
const contacts = [
  { name: 'María González', title: 'Gerente de compras', email: 'maria.gonzalez@nunez.com.ve', role: 'Decisor' },
  { name: 'Pedro Ramírez', title: 'Jefe de almacén', email: 'pedro.ramirez@nunez.com.ve' },
]

const profile = mkdtempSync(join(tmpdir(), 'clave-e2e-'))
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  locale: 'es-ES',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
browser.setDefaultTimeout(timeout)
const page = browser.pages()[0] ?? (await browser.newPage())
const pageErrors = []
page.on('pageerror', (e) => pageErrors.push(String(e)))
page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()))

const id = (testid) => page.locator(`[data-testid="${testid}"]`)
const field = (form, name) => page.locator(`[data-testid="${form}-field-${name}"] input`)
const feedback = (form, name) => page.locator(`[data-testid="${form}-item-${name}"] .n-form-item-feedback`)

let passed = 0
let failed = 0
let accountUrl = ''

async function step(name, fn) {
  const started = Date.now()
  try {
    await fn()
    passed++
    console.log(`ok   ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    failed++
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split('\n')[0]}`)
    throw e
  }
}

async function expectText(locator, text) {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' })
}

async function chooseOption(selectTestId, label) {
  await id(selectTestId).click()
  await page.locator('.n-base-select-option', { hasText: label }).first().click()
}

async function addContact(c) {
  await id('add-contact').first().click()
  await field('contact', 'name').waitFor({ state: 'visible' })
  await field('contact', 'name').fill(c.name)
  await field('contact', 'title').fill(c.title)
  await field('contact', 'email').fill(c.email)
  if (c.role) await chooseOption('contact-field-buyingRole', c.role)
  await id('contact-save').click()
  await id('contact-form-modal').waitFor({ state: 'hidden' })
  await expectText(id('contact-row'), c.name)
}

async function shot(name) {
  const file = join(shots, name)
  try {
    await page.screenshot({ path: file, fullPage: true })
    console.log(`screenshot: ${file}`)
  } catch (e) {
    console.log(`screenshot failed: ${e}`)
  }
}

try {
  await step('opens on an empty database with the empty state', async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded' })
    await id('accounts-empty').waitFor({ state: 'visible', timeout: 30000 })
    await expectText(page.locator('h2'), 'Aún no hay cuentas')
  })

  await step(`creates the account "${account.name}" with a tax ID`, async () => {
    await id('new-account').click()
    await field('account', 'name').waitFor({ state: 'visible' })
    await field('account', 'name').fill(account.name)
    await field('account', 'taxId').fill(account.taxId)
    await id('account-save').click()
    await page.waitForURL(/#\/accounts\/[0-9a-f-]{36}/)
    await expectText(id('account-title'), account.name)
    await expectText(id('summary-taxId'), account.taxId)
    accountUrl = page.url()
  })

  await step('adds two contacts on the Contactos tab', async () => {
    await id('tab-contactos').click()
    await page.waitForURL(/tab=contactos/)
    await id('contacts-empty').waitFor({ state: 'visible' })
    for (const c of contacts) await addContact(c)
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-row"]').length === 2)
    await expectText(id('contact-row'), 'Decisor')
  })

  await step('finds the account with Ctrl+K "nunez" (no accent) and opens it', async () => {
    await id('nav-accounts').click()
    await page.waitForURL(/#\/accounts$/)
    await expectText(id('account-row'), account.name)
    await page.keyboard.press('Control+k')
    await id('search-input').waitFor({ state: 'visible' })
    await id('search-input').fill('nunez')
    const hit = page.locator('[data-testid="search-result"][data-entity="account"]', { hasText: account.name })
    await hit.waitFor({ state: 'visible' })
    await expectText(id('search-group-accounts'), 'Cuentas')
    await page.keyboard.press('Enter')
    await page.waitForURL(accountUrl.replace(/\?.*$/, ''))
    await expectText(id('account-title'), account.name)
    await id('search-modal').waitFor({ state: 'hidden' })
  })

  await step('edits the account (industry) and shows the change', async () => {
    await id('account-edit').click()
    await field('account', 'industry').waitFor({ state: 'visible' })
    await field('account', 'industry').fill(account.industry)
    await id('account-save').click()
    await id('account-form').waitFor({ state: 'hidden' })
    await id('tab-resumen').click()
    await expectText(id('summary-industry'), account.industry)
  })

  await step('shows "no-es-correo" as an invalid email next to the field', async () => {
    await id('account-edit').click()
    await field('account', 'email').waitFor({ state: 'visible' })
    await field('account', 'email').fill('no-es-correo')
    await id('account-save').click()
    await expectText(feedback('account', 'email'), 'El correo electrónico no es válido.')
    await id('account-cancel').click()
    await id('account-form').waitFor({ state: 'hidden' })
  })

  await step('deletes the account after confirming, then Deshacer brings it back', async () => {
    await id('account-delete').click()
    await expectText(page.locator('.n-dialog'), 'También se eliminarán sus contactos')
    await id('confirm-delete').click()
    await page.waitForURL(/#\/accounts$/)
    await expectText(page.locator('.n-notification'), 'Cuenta eliminada')
    await id('accounts-empty').waitFor({ state: 'visible' })
    await id('undo-delete').click()
    await page.waitForURL(accountUrl.replace(/\?.*$/, ''))
    await expectText(id('account-title'), account.name)
    await id('tab-contactos').click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-row"]').length === 2)
  })

  await step('deletes it again and it is gone from the list', async () => {
    await id('account-delete').click()
    await id('confirm-delete').click()
    await page.waitForURL(/#\/accounts$/)
    await id('accounts-empty').waitFor({ state: 'visible' })
    if ((await id('account-row').count()) !== 0) throw new Error('the account is still listed')
    await page.keyboard.press('Control+k')
    await id('search-input').fill('nunez')
    await expectText(page.locator('[data-testid="search-modal"]'), 'Sin resultados')
    await page.keyboard.press('Escape')
  })
} catch {
  await shot('accounts-e2e-failure.png')
  if (pageErrors.length) console.log(`page errors:\n  ${pageErrors.slice(-10).join('\n  ')}`)
} finally {
  await shot('accounts-e2e-final.png')
  await browser.close()
  rmSync(profile, { recursive: true, force: true })
}

console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
