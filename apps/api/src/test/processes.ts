import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** Helpers for tests that run the API as real processes, configured by environment only. */

const apiRoot = fileURLToPath(new URL('../..', import.meta.url))

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface Running {
  child: ChildProcess
  port: number
  output: () => string
}

/** Runs src/server.ts exactly as `pnpm start` runs the build, configured by environment only. */
export function startServer(env: Record<string, string>, port: number): Running {
  let output = ''
  const child = spawn(process.execPath, ['--conditions=@learnonce/source', '--import', 'tsx', 'src/server.ts'], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  return { child, port, output: () => output }
}

export async function waitReady(server: Running, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`)
    const ok = await fetch(`http://127.0.0.1:${server.port}/readyz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server not ready:\n${server.output()}`)
}

export const exitCode = async (child: ChildProcess) => (child.exitCode !== null ? child.exitCode : (await once(child, 'exit'))[0])
