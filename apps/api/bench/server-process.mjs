// Starts a Node server as a child process and times it until it answers its readiness URL.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** `readyUrl` must answer 200 within `timeoutMs`; `readySeconds` runs from spawn to that first 200. */
export async function startServer({ name, script, env, readyUrl, timeoutMs = 120_000 }) {
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  let readySeconds = null
  while (readySeconds === null) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited before it was ready (${child.exitCode ?? child.signalCode})`)
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`)
    const ok = await fetch(readyUrl).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) readySeconds = Number(process.hrtime.bigint() - started) / 1e9
    else await pause(20)
  }
  return {
    pid: child.pid,
    readySeconds,
    /** SIGTERM, then SIGKILL if it has not gone after 15 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}
