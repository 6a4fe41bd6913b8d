// Regenerates the checked-in openapi.json and src/schema.d.ts from the API's routes (`generate`), or
// checks that they still match (`check`, in CI). Reads the built API, so run `pnpm build` first.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openapiDocument } from '@learnonce/api/openapi-document'
import openapiTS, { astToString } from 'openapi-typescript'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const checking = process.argv.includes('--check')
const banner = '// Generated from the API by `pnpm --filter @learnonce/client generate`; do not edit.\n\n'

const document = await openapiDocument()
// openapi-typescript may annotate what it is given; it gets its own copy so the JSON is written as served.
const types = banner + astToString(await openapiTS(structuredClone(document)))
const files = { 'openapi.json': `${JSON.stringify(document, null, 2)}\n`, 'src/schema.d.ts': types }

if (!checking) {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(packageDir, path), text)
  console.log(`wrote ${Object.keys(files).join(' and ')}`)
} else {
  const fresh = mkdtempSync(join(tmpdir(), 'learnonce-client-'))
  let drifted = false
  for (const [path, text] of Object.entries(files)) {
    const name = path.replace('/', '-')
    writeFileSync(join(fresh, name), text)
    if (readFileSync(join(packageDir, path), 'utf8') === text) continue
    drifted = true
    spawnSync('diff', ['-u', join(packageDir, path), join(fresh, name)], { stdio: 'inherit' })
  }
  rmSync(fresh, { recursive: true, force: true })
  if (drifted) {
    console.error('\nThe generated client is out of date: run `pnpm build && pnpm --filter @learnonce/client generate` and commit.')
    process.exit(1)
  }
  console.log('the generated client matches the API')
}
