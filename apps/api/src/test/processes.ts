import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** apps/api, where `pnpm start` and src/server.ts run from. */
export const apiRoot = fileURLToPath(new URL('../..', import.meta.url))

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

/**
 * Starts the API as a process of its own, configured by environment only: from source by default,
 * or by any command (`pnpm --filter @learnonce/api start` runs the build, as deployments do).
 */
export function startServer(
  env: Record<string, string>,
  port: number,
  command: string[] = [process.execPath, '--conditions=@learnonce/source', '--import', 'tsx', 'src/server.ts'],
): Running {
  let output = ''
  const [file = process.execPath, ...args] = command
  const child = spawn(file, args, {
    cwd: apiRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
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

/** The process's exit code, waiting for it at most `timeoutMs` (null: still running then). */
export async function exitCode(child: ChildProcess, timeoutMs = 60_000): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs).unref())
  return Promise.race([once(child, 'exit').then(([code]) => code as number | null), timeout])
}
