import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** apps/api, where the API's commands run. */
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
  url: string
  output: () => string
}

/**
 * Runs one of the API's TypeScript entry points (src/server.ts, src/ops/*.ts) as its built
 * JavaScript runs in production: its own process, configured by environment only.
 */
export function runScript(script: string, args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  let output = ''
  const child = spawn(process.execPath, ['--conditions=@learnonce/source', '--import', 'tsx', script, ...args], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  return Object.assign(child, { output: () => output })
}

/** A command to its end: its exit code and everything it printed. */
export async function runToEnd(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = runScript(script, args, env)
  const [code] = child.exitCode !== null ? [child.exitCode] : await once(child, 'exit')
  return { code: code as number | null, output: child.output() }
}

/** Starts the API on 127.0.0.1:`port` (LOG_LEVEL warn unless given) and waits until /readyz answers 200. */
export async function startApi(env: Record<string, string>, port?: number): Promise<Running> {
  const chosen = port ?? (await freePort())
  const child = runScript('src/server.ts', [], { LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(chosen), ...env })
  const running = { child, port: chosen, url: `http://127.0.0.1:${chosen}`, output: child.output }
  await waitReady(running)
  return running
}

/**
 * Starts the API as a process of its own, configured by environment only (LOG_LEVEL info unless
 * given): from source by default, or by any command (`pnpm --filter @learnonce/api start` runs the
 * build, as deployments do). See waitReady.
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
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output }
}

/** The process's exit code, waiting for it at most `timeoutMs` (null: still running then). */
export async function exitCode(child: ChildProcess, timeoutMs = 60_000): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs).unref())
  return Promise.race([once(child, 'exit').then(([code]) => code as number | null), timeout])
}

export async function waitReady(server: Running, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`)
    const ok = await fetch(`${server.url}/readyz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server not ready:\n${server.output()}`)
}

/** SIGTERM, then the exit code (SIGKILL after `graceMs` if it has not gone). */
export async function stop(server: Running, graceMs = 20_000): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode
  const exited = once(server.child, 'exit')
  server.child.kill('SIGTERM')
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs)
  const [code] = await exited
  clearTimeout(timer)
  return code as number | null
}
