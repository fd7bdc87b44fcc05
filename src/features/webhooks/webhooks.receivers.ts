/**
 * Where deliveries may go. A webhook or robot URL is `http` or `https` to a host the operator
 * allows: public addresses always; loopback, private, link-local, metadata and the other special
 * ranges only when WEBHOOK_ALLOWED_NETWORKS lists them. Checked when a subscription is made (an
 * address written in the URL, `localhost`) and again on the address a delivery actually connects
 * to, resolved at that moment (a name that answered a public address yesterday and 127.0.0.1 now
 * is refused). Redirects are never followed, so no other address is ever reached.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { Invalid } from '../../shared/errors.js'

/** The ranges no delivery reaches unless the operator lists them, with what each is. */
const SPECIAL_RANGES: [network: string, what: string][] = [
  ['0.0.0.0/8', 'a "this network" address'],
  ['10.0.0.0/8', 'a private address'],
  ['100.64.0.0/10', 'a carrier-grade NAT address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address (where cloud metadata services answer)'],
  ['172.16.0.0/12', 'a private address'],
  ['192.0.0.0/24', 'an IETF protocol address'],
  ['192.0.2.0/24', 'a documentation address'],
  ['192.168.0.0/16', 'a private address'],
  ['198.18.0.0/15', 'a benchmarking address'],
  ['198.51.100.0/24', 'a documentation address'],
  ['203.0.113.0/24', 'a documentation address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved address'],
  ['::/128', 'the unspecified address'],
  ['::1/128', 'a loopback address'],
  ['64:ff9b::/96', 'a NAT64 address'],
  ['100::/64', 'a discard address'],
  ['2001:db8::/32', 'a documentation address'],
  ['fc00::/7', 'a unique local (private) address'],
  ['fe80::/10', 'a link-local address'],
  ['ff00::/8', 'a multicast address'],
]

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4')

function addNetwork(list: BlockList, network: string) {
  const [address = '', prefix] = network.split('/')
  const family = isIP(address)
  if (family === 0) throw new Error(`"${network}" is not an address or a network (10.0.0.0/8, fd00::/8)`)
  const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix)
  if (!/^\d+$/.test(prefix ?? String(bits)) || bits > (family === 4 ? 32 : 128)) throw new Error(`"${network}": the prefix length must be 0-${family === 4 ? 32 : 128}`)
  list.addSubnet(address, bits, familyOf(address))
}

/** WEBHOOK_ALLOWED_NETWORKS: addresses and networks, comma-separated; throws on one it cannot read. */
export function parseNetworks(spec: string): string[] {
  const networks = spec.split(',').map((part) => part.trim()).filter((part) => part !== '')
  for (const network of networks) addNetwork(new BlockList(), network)
  return networks
}

/** An address written IPv4-mapped (::ffff:127.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1]! : address
}

export class ReceiverRefused extends Error {
  override name = 'ReceiverRefused'
}

export class Receivers {
  readonly #allowed = new BlockList()
  readonly #special = SPECIAL_RANGES.map(([network, what]) => {
    const list = new BlockList()
    addNetwork(list, network)
    return { list, what }
  })

  /** allowedNetworks: what the operator lets deliveries reach besides public addresses. */
  constructor(readonly allowedNetworks: string[] = []) {
    for (const network of allowedNetworks) addNetwork(this.#allowed, network)
  }

  /** Why an address may not be reached, or undefined when it may. */
  refusal(address: string): string | undefined {
    const plain = unmapped(address)
    const family = familyOf(plain)
    if (this.#allowed.check(plain, family)) return undefined
    const special = this.#special.find(({ list }) => list.check(plain, family))
    return special ? `${plain} is ${special.what}` : undefined
  }

  /**
   * A subscription's URL, when it is made or changed: what it says of its host without asking
   * DNS (an address, localhost). A name is judged at each delivery, on what it resolves to then.
   */
  assertUrl(url: string, field = 'url') {
    const { hostname } = new URL(url)
    const host = hostname.replace(/^\[|\]$/g, '')
    const address = isIP(host) !== 0 ? host : /(^|\.)localhost\.?$/i.test(host) ? '127.0.0.1' : undefined
    const refusal = address === undefined ? undefined : this.refusal(address)
    if (refusal !== undefined) {
      throw Invalid.field(field, `may not reach ${host}: ${refusal}, which the operator has not allowed (WEBHOOK_ALLOWED_NETWORKS)`)
    }
  }

  /** Before connecting to an address written in the URL (Node does not look those up). */
  assertAddress(host: string) {
    const plain = host.replace(/^\[|\]$/g, '')
    if (isIP(plain) === 0) return
    const refusal = this.refusal(plain)
    if (refusal !== undefined) throw new ReceiverRefused(`not allowed: ${refusal} (WEBHOOK_ALLOWED_NETWORKS)`)
  }

  /**
   * The lookup a delivery's connection uses: every address the name resolves to must be allowed,
   * and the connection goes to one of those, so the name cannot change between check and use.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family ?? 0, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      const refused = addresses.map((entry) => this.refusal(entry.address)).find((refusal) => refusal !== undefined)
      if (refused !== undefined) return callback(new ReceiverRefused(`not allowed: ${hostname} resolves to ${refused} (WEBHOOK_ALLOWED_NETWORKS)`), '', 0)
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses)
      const [first] = addresses
      if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0)
      callback(null, first.address, first.family)
    })
  }
}
