// `pnpm bench`: autocannon against the BUILT API (run `pnpm build` first) on a fresh database.
// BENCH_DATABASE_URL=postgres://… benchmarks PostgreSQL (the database must exist and be empty);
// otherwise a fresh embedded PGlite in a temporary folder. BENCH_SECONDS sets each scenario's length.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const apiRoot = fileURLToPath(new URL('..', import.meta.url))
const server = join(apiRoot, 'dist/server.js')
if (!existsSync(server)) {
  console.error('apps/api/dist/server.js is missing: run `pnpm build` first.')
  process.exit(1)
}
const seconds = Number(process.env.BENCH_SECONDS ?? 10)

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address()
    probe.close(() => resolve(port))
  })
})
const dataDir = mkdtempSync(join(tmpdir(), 'learnonce-bench-'))
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'true',
  DATA_DIR: dataDir,
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-only-secret-bench-only-secret-123',
  // The bench measures throughput from one user; a per-user allowance would measure the limiter.
  RATE_LIMIT_PER_MINUTE: '0',
  API_KEY_RATE_LIMIT_PER_MINUTE: '0',
}
delete env.DATABASE_URL
if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL

const child = spawn(process.execPath, [server], { env, stdio: ['ignore', 'inherit', 'inherit'] })
const base = `http://127.0.0.1:${port}`
const stop = () => {
  child.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}

try {
  const deadline = Date.now() + 60_000
  while (
    !(await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the API did not become ready')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const login = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'curator@demo.learnonce.dev', password: 'learn-once-demo' }),
  })
  if (!login.ok) throw new Error(`demo sign-in failed: ${login.status}`)
  const { accessToken } = await login.json()
  const headers = { authorization: `Bearer ${accessToken}` }

  const scenarios = [
    { name: 'list sites', path: '/v1/sites?limit=20' },
    { name: 'list lessons', path: '/v1/lessons?limit=20' },
    { name: 'search lessons', path: '/v1/lessons?q=information%20prescription&limit=20' },
  ]
  const results = []
  for (const scenario of scenarios) {
    const result = await autocannon({ url: base + scenario.path, headers, connections: 20, duration: seconds })
    if (result.non2xx > 0) throw new Error(`${scenario.name}: ${result.non2xx} responses were not 2xx`)
    results.push({
      scenario: scenario.name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors,
    })
  }
  console.log(`\nLearn Once API on ${env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${seconds}s per scenario, 20 connections`)
  console.table(results)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  stop()
}
