import t from 'tap'
import { parseNetworks, Receivers } from './webhooks.receivers.js'

t.test('by default only public addresses: loopback, private, link-local, metadata and the other special ranges are refused', async (t) => {
  const receivers = new Receivers()
  for (const address of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
    t.type(receivers.refusal(address), 'string', `${address} refused: ${receivers.refusal(address)}`)
  }
  for (const address of ['8.8.8.8', '172.32.0.1', '202.102.0.1', '2400:da00::6666', '::ffff:8.8.8.8']) {
    t.equal(receivers.refusal(address), undefined, `${address} allowed`)
  }
})

t.test('WEBHOOK_ALLOWED_NETWORKS lets the networks it names through, and only those', async (t) => {
  const receivers = new Receivers(parseNetworks('10.0.0.0/8, 192.168.1.20, fd00::/8'))
  t.equal(receivers.refusal('10.20.30.40'), undefined)
  t.equal(receivers.refusal('192.168.1.20'), undefined)
  t.equal(receivers.refusal('fd00::1'), undefined)
  t.match(receivers.refusal('192.168.1.21'), /private/)
  t.match(receivers.refusal('127.0.0.1'), /loopback/)
  t.match(receivers.refusal('169.254.169.254'), /link-local/)
  for (const bad of ['10.0.0.0/33', 'intranet', '10.0.0.0/x', '::1/129']) {
    t.throws(() => parseNetworks(bad), /not an address|prefix length/, `"${bad}" is refused`)
  }
  t.same(parseNetworks(''), [])
})

t.test('a subscription URL that names a refused address, or localhost, is refused when made', async (t) => {
  const receivers = new Receivers()
  for (const url of ['http://127.0.0.1:3100/v1/cities', 'http://localhost/hook', 'http://LOCALHOST./hook', 'http://api.localhost/hook',
    'http://[::1]:8080/', 'http://169.254.169.254/latest/meta-data/', 'https://10.0.0.5/robot', 'http://[::ffff:7f00:1]/']) {
    t.throws(() => receivers.assertUrl(url), { code: 'validation_failed' }, `${url} refused`)
  }
  t.doesNotThrow(() => receivers.assertUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x'), 'a public name is judged at delivery')
  t.doesNotThrow(() => new Receivers(['127.0.0.0/8']).assertUrl('http://localhost:3100/hook'), 'loopback, when allowed')
})

t.test('at delivery, a name is judged on every address it resolves to', async (t) => {
  const refused = await new Promise<Error | null>((resolve) => new Receivers().lookup('localhost', { all: false }, (error) => resolve(error)))
  t.match(refused?.message, /not allowed: localhost resolves to 127\.0\.0\.1 is a loopback address/)
  const allowed = await new Promise<[Error | null, string]>((resolve) =>
    new Receivers(['127.0.0.0/8', '::1/128']).lookup('localhost', { all: false }, (error, address) => resolve([error, address as string])))
  t.equal(allowed[0], null)
  t.match(allowed[1], /^(127\.0\.0\.1|::1)$/)
})
