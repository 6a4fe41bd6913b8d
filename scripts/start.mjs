// `pnpm start`: build everything, then run the API (with the demo hub), which also serves the built
// admin at /admin/: one process, one origin. Plain Node on purpose, so it works on a fresh clone with
// nothing but `pnpm install` done.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const apiPort = Number(process.env.PORT ?? 3000)
const readyTimeoutMs = 120_000
const demoPassword = 'learn-once-demo'
const demoEmails = ['admin@demo.learnonce.dev', 'curator@demo.learnonce.dev', 'contributor@demo.learnonce.dev']

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set()
let stopping = false

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
}

async function stop(exitCode) {
  if (stopping) return
  stopping = true
  const running = [...children]
  for (const child of running) child.kill('SIGTERM')
  // The API drains in-flight requests on SIGTERM; give it time before insisting.
  const force = setTimeout(() => {
    for (const child of running) child.kill('SIGKILL')
  }, 30_000)
  await Promise.all(running.map(exited))
  clearTimeout(force)
  process.exit(exitCode)
}

function fail(message) {
  console.error(`\n✗ ${message}`)
  void stop(1)
}

/** Resolves when `url` answers 200; rejects if `child` exits first or time runs out. */
async function waitFor(url, child, what) {
  const deadline = Date.now() + readyTimeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited before it was ready`)
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${what} was not ready at ${url} within ${readyTimeoutMs / 1000} s`)
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!stopping) console.log(`\n${signal}: stopping the API…`)
    void stop(0)
  })
}

async function main() {
  // The pnpm that runs this script (npx pnpm@… included) builds too, whether or not pnpm is on PATH.
  const execPath = process.env.npm_execpath
  const build =
    execPath && /\.c?js$/.test(execPath)
      ? run(process.execPath, [execPath, '-r', 'build'])
      : run(process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm', ['-r', 'build'], { shell: process.platform === 'win32' })
  const buildCode = await exited(build)
  if (stopping) return
  if (buildCode !== 0) return fail(`pnpm -r build failed (exit code ${buildCode})`)

  const api = run(process.execPath, [join(root, 'apps', 'api', 'dist', 'server.js')], {
    // Warnings and errors only: the banner below says what a person needs; LOG_LEVEL=info shows each request.
    env: { ...process.env, PORT: String(apiPort), SEED_DEMO: process.env.SEED_DEMO ?? 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  })
  api.on('exit', (code, signal) => {
    if (!stopping) fail(`the API stopped (${signal ?? `exit code ${code}`})`)
  })
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`, api, 'The API')
  if (stopping) return

  // The API serves the admin it was built with (apps/admin/dist); check that it answers before saying so.
  const servesAdmin = !['false', '0', 'no'].includes((process.env.SERVE_ADMIN ?? 'true').toLowerCase())
  if (servesAdmin) await waitFor(`http://127.0.0.1:${apiPort}/admin/`, api, 'The admin at /admin/')
  if (stopping) return

  const seeded = (process.env.SEED_DEMO ?? 'true').toLowerCase()
  const demo = ['true', '1', 'yes'].includes(seeded)
    ? ['  Demo sign-ins:', ...demoEmails.map((email) => `    ${email}`), `    password (all three): ${demoPassword}`]
    : ['  SEED_DEMO is off: sign in with BOOTSTRAP_ADMIN_EMAIL or an existing account.']
  console.log(
    [
      '',
      '────────────────────────────────────────────────────────────',
      '  Learn Once is running',
      '',
      servesAdmin ? `  Admin     http://localhost:${apiPort}/admin/` : '  Admin     not served (SERVE_ADMIN is off)',
      `  API       http://localhost:${apiPort}/v1`,
      `  API docs  http://localhost:${apiPort}/docs`,
      '',
      ...demo,
      '',
      '  Ctrl-C stops it.',
      '────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  )
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)))
