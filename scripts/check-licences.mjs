#!/usr/bin/env node
// Fails when a production dependency (of any workspace package) is under a licence not on the
// allow-list below, so nothing copyleft or unlicensed ships unnoticed. Run from the repository root:
//   node scripts/check-licences.mjs              (asks `pnpm licenses list --prod --json`)
//   node scripts/check-licences.mjs list.json    (checks a saved listing instead)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Permissive licences (SPDX ids): reuse, modification and closed redistribution with attribution at most. */
const allowed = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Unlicense',
  'Zlib',
])

/**
 * Packages whose metadata does not carry an SPDX id, each read by hand: exceljs's unzip chain
 * (unzipper → binary → buffers, chainsaw) is by one author who licensed it "MIT/X11" (the MIT licence).
 */
const readByHand = new Map([
  ['buffers@0.1.1', 'MIT (the author licenses it as MIT/X11; no licence field in package.json)'],
  ['chainsaw@0.1.0', 'MIT (declared as MIT/X11)'],
])

/**
 * Whether an SPDX expression may be used: `A OR B` needs either side allowed (we choose), `A AND B`
 * needs both. Anything else (a custom text, "UNKNOWN", a WITH exception) is refused: add it here
 * only after reading it.
 */
function permitted(expression) {
  const text = expression.trim().replace(/^\((.*)\)$/, '$1')
  const alternatives = text.split(/\s+OR\s+/)
  if (alternatives.length > 1) return alternatives.some(permitted)
  const required = text.split(/\s+AND\s+/)
  if (required.length > 1) return required.every(permitted)
  return allowed.has(text)
}

const listing = process.argv[2]
  ? readFileSync(process.argv[2], 'utf8')
  : execFileSync('pnpm', ['licenses', 'list', '--prod', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const byLicence = JSON.parse(listing)

let count = 0
const refused = []
for (const [licence, packages] of Object.entries(byLicence)) {
  for (const pkg of packages) {
    count++
    if (!permitted(licence) && !pkg.versions.every((version) => readByHand.has(`${pkg.name}@${version}`)))
      refused.push(`${pkg.name}@${pkg.versions.join(', ')}: ${licence}`)
  }
}

if (refused.length > 0) {
  console.error(`Production dependencies under licences not on the allow-list (scripts/check-licences.mjs):`)
  for (const line of refused) console.error(`  - ${line}`)
  process.exit(1)
}
console.log(`${count} production dependencies, every licence permissive (${[...allowed].join(', ')}).`)
