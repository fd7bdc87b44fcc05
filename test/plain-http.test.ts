import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import t from 'tap'
import { serverDatabase, startServer } from './serverProcess.js'

/**
 * Served as operators deploy it: plain HTTP on an intranet address. The real server process;
 * HSTS and `upgrade-insecure-requests` only when the request came over HTTPS, which is believed
 * from X-Forwarded-Proto only with TRUST_PROXY; and /docs renders in Chromium at an address that
 * is not loopback (a host name the browser resolves to this machine, so that it treats the page
 * as any intranet page: `upgrade-insecure-requests` would send its scripts to an HTTPS port that
 * does not exist, and the page would stay blank).
 */
// Real processes, started and stopped (a build too, in commands.test.ts), on a loaded machine as well.
t.setTimeout(300_000)
const executablePath = '/usr/bin/chromium'
const browserRequired = process.env.DUBAN_REQUIRE_BROWSER === '1'

const hsts = (response: Response) => response.headers.get('strict-transport-security')
const upgrades = (response: Response) => /upgrade-insecure-requests/.test(response.headers.get('content-security-policy') ?? '')

const skipBrowser = !existsSync(executablePath) && !browserRequired
  ? `no Chromium at ${executablePath} (DUBAN_REQUIRE_BROWSER=1 makes this a failure)`
  : false

// One server, listening on every address as the image does (HOST=0.0.0.0), behind a proxy it
// trusts at 127.0.0.1. A proxy it does not trust is in test/operations.test.ts.
const database = await serverDatabase()
t.teardown(database.drop)
const server = await startServer({ ...database.env, LOG_LEVEL: 'silent', HOST: '0.0.0.0', TRUST_PROXY: '127.0.0.1' })
t.teardown(() => server.kill())

t.test('HSTS and upgrade-insecure-requests only when the request came over HTTPS', async (t) => {
  const plain = await fetch(`${server.url}/healthz`)
  t.equal(hsts(plain), null, 'no HSTS over plain HTTP')
  t.notOk(upgrades(plain), 'no upgrade-insecure-requests over plain HTTP')
  t.match(plain.headers.get('content-security-policy'), /default-src 'self'/, 'the rest of the policy stays')

  const forwarded = await fetch(`${server.url}/docs/`, { headers: { 'x-forwarded-proto': 'https' } })
  t.equal(forwarded.status, 200)
  t.match(hsts(forwarded), /max-age=\d+/, 'a trusted proxy that says https: HSTS')
  t.ok(upgrades(forwarded), 'a trusted proxy that says https: upgrade-insecure-requests')
})

t.test('/docs renders in Chromium over plain HTTP at an intranet host name', { skip: skipBrowser }, async (t) => {
  if (!t.ok(existsSync(executablePath), `Chromium at ${executablePath}`)) return
  const host = 'duban.intranet.example'
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=MAP ${host} 127.0.0.1`],
  })
  t.teardown(() => browser.close())
  const page = await browser.newPage()
  page.setDefaultTimeout(15_000)
  const failed: string[] = []
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`))
  const origin = `http://${host}:${server.port}`
  const response = await page.goto(`${origin}/docs`)
  t.equal(response?.status(), 200, `GET ${origin}/docs answers 200`)
  t.equal(new URL(page.url()).protocol, 'http:', 'the page stays on plain HTTP')
  await page.locator('.swagger-ui .opblock').first().waitFor().catch(() => {})
  const operations = await page.locator('.swagger-ui .opblock').count()
  t.ok(operations > 50, `the operations render (${operations})`)
  t.same(failed, [], 'every request of the page succeeds, none sent to https')
})
