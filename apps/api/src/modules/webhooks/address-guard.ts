import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is set: otherwise an admin
 * (or a stolen admin session) could make the hub probe its own network, cloud metadata included.
 */
const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6')

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return blocked.check(address, 'ipv4')
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return blocked.check(mapped, 'ipv4')
  return family === 6 ? blocked.check(address, 'ipv6') : true
}

export class RefusedTarget extends Error {}

export interface ResolvedTarget {
  url: URL
  address: string
  family: 4 | 6
}

/**
 * Resolves the URL's host and refuses it when any of its addresses is private (a name resolving to a
 * public and a private address is refused: the connection could use either). The delivery connects
 * to the address checked here, so a DNS answer that changes afterwards cannot slip past the guard.
 */
export async function resolveTarget(raw: string, allowPrivate: boolean): Promise<ResolvedTarget> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new RefusedTarget('is not a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedTarget('must be an http or https URL')
  if (url.username || url.password) throw new RefusedTarget('must not carry credentials; the signature authenticates the hub')
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  let addresses: { address: string; family: number }[]
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true })
  } catch {
    throw new RefusedTarget(`names a host that does not resolve (${host})`)
  }
  const first = addresses[0]
  if (!first) throw new RefusedTarget(`names a host that does not resolve (${host})`)
  if (!allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address))) {
    throw new RefusedTarget('resolves to a loopback, private or link-local address, which webhooks may not reach')
  }
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 }
}
