// The sites of the corpus and the people who work at them.
import { regions, siteKinds } from '@learnonce/contracts'
import { v7 as uuidv7 } from 'uuid'
import { siteKindNames, towns } from './vocabulary.mjs'

export const BENCH_PASSWORD = 'bench-password-123'

const slugOf = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * `count` sites over every region and kind: the first ones take each kind once, the rest follow the
 * kinds' weights. Regions go round in turn, so each holds about the same number.
 */
export function makeSites(random, count, createdAt) {
  const weights = Object.fromEntries(siteKinds.map((kind) => [kind, siteKindNames[kind]?.weight ?? 1]))
  return Array.from({ length: count }, (_, index) => {
    const kind = index < siteKinds.length ? siteKinds[index] : random.weighted(weights)
    const town = towns[index % towns.length]
    const name = `${town} ${siteKindNames[kind]?.suffix ?? 'Health Organisation'} ${Math.floor(index / towns.length) + 1}`
    const at = new Date(createdAt.getTime() + index * 60_000)
    return {
      id: uuidv7({ msecs: at.getTime(), random: random.bytes() }),
      name,
      slug: slugOf(name),
      kind,
      region: regions[index % regions.length],
      ods_code: kind === 'gp_practice' || kind === 'nhs_trust' ? `B${String(10_000 + index)}` : null,
      website: `https://${slugOf(town)}-${index}.example.nhs.uk`,
      contact_email: null,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
    }
  })
}

/** One admin, ten curators and two contributors per site, all with BENCH_PASSWORD. */
export function makePeople(random, sites, passwordHash, createdAt) {
  const users = []
  const memberships = []
  let minute = 0
  const add = (email, name, role, siteId) => {
    const at = new Date(createdAt.getTime() + minute++ * 60_000).toISOString()
    const id = uuidv7({ msecs: Date.parse(at), random: random.bytes() })
    users.push({ id, email, name, role, status: 'active', password_hash: passwordHash, created_at: at, updated_at: at })
    if (siteId) memberships.push({ user_id: id, site_id: siteId, created_at: at })
    return { id, email, siteId: siteId ?? null }
  }
  const admin = add('admin@bench.learnonce.dev', 'Bench Admin', 'admin')
  const curators = Array.from({ length: 10 }, (_, index) =>
    add(`curator${index + 1}@bench.learnonce.dev`, `Curator ${index + 1}`, 'curator'),
  )
  const contributorsBySite = new Map(
    sites.map((site, index) => [
      site.id,
      [1, 2].map((n) => add(`contributor${index + 1}-${n}@bench.learnonce.dev`, `Contributor ${index + 1}.${n}`, 'contributor', site.id)),
    ]),
  )
  return { users, memberships, admin, curators, contributorsBySite }
}
