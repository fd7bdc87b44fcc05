import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import t from 'tap'
import { setup } from './helper.js'

/**
 * /docs in a real browser: the swagger-ui page loads, renders every operation of the served
 * OpenAPI document, and shows an operation's schemas when a person opens it. Uses the
 * system's Chromium (never a downloaded one); without it the test is skipped, unless
 * DUBAN_REQUIRE_BROWSER=1 (CI) makes a missing browser a failure.
 */
const executablePath = '/usr/bin/chromium'
const browserRequired = process.env.DUBAN_REQUIRE_BROWSER === '1'
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']

interface Operation { requestBody?: { content?: Record<string, { schema?: Schema }> } }
interface Schema { properties?: Record<string, unknown> }
type Operations = Record<string, Record<string, Operation>>
interface OpenApi { info: { title: string }, paths: Operations, webhooks?: Operations, components: { schemas: Record<string, Schema> } }

const skip = !existsSync(executablePath) && !browserRequired
  ? `no Chromium at ${executablePath} (install Debian's chromium to run it; DUBAN_REQUIRE_BROWSER=1 makes this a failure)`
  : false

t.test('/docs renders every operation and an opened operation\'s schemas', { skip }, async (t) => {
  if (!t.ok(existsSync(executablePath), `Chromium at ${executablePath}, as DUBAN_REQUIRE_BROWSER=1 requires`)) return
  const { app } = await setup(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

  const spec = app.swagger() as unknown as OpenApi
  // swagger-ui lists the document's webhooks (one per event type) after its paths, each
  // under the webhook's name, so both are expected on the page.
  const operationsOf = (items: Operations) => Object.entries(items)
    .flatMap(([path, item]) => Object.keys(item).filter((key) => methods.includes(key)).map((method) => `${method.toUpperCase()} ${path}`))
  const webhooks = operationsOf(spec.webhooks ?? {})
  const expected = [...operationsOf(spec.paths), ...webhooks].sort()
  t.ok(expected.length > 0, `the served document has operations (${expected.length})`)
  t.ok(webhooks.length > 0, `the served document has webhooks (${webhooks.length})`)

  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  t.teardown(() => browser.close())
  const page = await browser.newPage()
  page.setDefaultTimeout(10_000)
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  const failedRequests: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()) })
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`))
  page.on('response', (response) => { if (response.status() >= 400) failedRequests.push(`${response.url()}: ${response.status()}`) })

  // The errors are asserted even when a step above times out, so a blocked script is named.
  try {
    const response = await page.goto(`${origin}/docs`)
    t.equal(response?.status(), 200, 'GET /docs answers 200')

    // Either the operations render or swagger-ui reports that it could not load the document.
    await page.locator('.swagger-ui .opblock, .swagger-ui .errors-wrapper').first().waitFor()
    t.equal(await page.locator('.swagger-ui .errors-wrapper').count(), 0, 'swagger-ui reports no errors loading the document')
    t.match(await page.locator('.swagger-ui .info .title').innerText(), spec.info.title, 'the page shows the API\'s title')

    const paths = await page.locator('.opblock .opblock-summary-path').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-path')))
    const verbs = await page.locator('.opblock .opblock-summary-method').allInnerTexts()
    const rendered = verbs.map((verb, i) => `${verb.trim().toUpperCase()} ${paths[i]}`).sort()
    t.same(rendered, expected, `the page lists each of the ${expected.length} operations and webhooks in the document, once`)

    // Open "POST /v1/cities" and look at its request body and its 400 response as schemas.
    const createCity = spec.paths['/v1/cities']?.post
    const bodyFields = Object.keys(createCity?.requestBody?.content?.['application/json']?.schema?.properties ?? {})
    const problemFields = Object.keys(spec.components.schemas.Problem?.properties ?? {})
    t.ok(bodyFields.includes('code') && problemFields.includes('code'), 'the document has POST /v1/cities and Problem')

    const block = page.locator('.opblock.opblock-post').filter({ has: page.locator('.opblock-summary-path[data-path="/v1/cities"]') })
    await block.locator('.opblock-summary-control').click()
    await block.locator('.opblock-body').waitFor()
    const requestBody = block.locator('.opblock-section-request-body')
    await requestBody.getByRole('tab', { name: 'Schema' }).click()
    const bodyModel = requestBody.locator('[data-name="modelPanel"]')
    await bodyModel.waitFor()
    for (const field of bodyFields) {
      t.ok(await bodyModel.getByText(field, { exact: true }).first().isVisible(), `the request body schema shows "${field}"`)
    }

    const badRequest = block.locator('tr.response[data-code="400"]')
    await badRequest.getByRole('tab', { name: 'Schema' }).click()
    const problemModel = badRequest.locator('[data-name="modelPanel"]')
    await problemModel.waitFor()
    t.ok(await problemModel.getByText('Problem', { exact: true }).first().isVisible(), 'the 400 response schema is named Problem')
    for (const field of problemFields) {
      t.ok(await problemModel.getByText(field, { exact: true }).first().isVisible(), `the Problem schema shows "${field}"`)
    }
  } finally {
    t.same(pageErrors, [], 'no errors thrown in the page')
    t.same(consoleErrors.filter((text) => /content[- ]security[- ]policy/i.test(text)), [], 'nothing blocked by the Content-Security-Policy')
    t.same(consoleErrors, [], 'no console errors')
    t.same(failedRequests, [], 'every request the page makes succeeds')
  }
})
