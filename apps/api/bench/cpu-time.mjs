// CPU time a process (and its children, e.g. cluster workers) has used, from /proc: user + system.
// Divided by the responses of a run it is the CPU one response costs, a figure that holds on a
// shared machine far better than req/s, which moves with whatever else the cores are doing.
import { readdirSync, readFileSync } from 'node:fs'
import { clockTicks } from './clock-ticks.mjs'

function ownCpuMs(pid) {
  // Fields after the ")" that ends the command name: utime is the 12th, stime the 13th (0-based 11, 12).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
}

/** The pids of `pid`'s live children (cluster workers), from /proc; none where /proc is missing. */
export function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    )
  } catch {
    return []
  }
}

/** Milliseconds of CPU used so far by `pid` and every live process under it; null where /proc is missing. */
export function processTreeCpuMs(pid) {
  try {
    return ownCpuMs(pid) + childrenOf(pid).reduce((sum, child) => sum + (processTreeCpuMs(child) ?? 0), 0)
  } catch {
    return null
  }
}

/**
 * Milliseconds of CPU used so far by the PostgreSQL backends `pids` (from pg_backend_pid()); null
 * unless every one of them is a postgres process on this machine.
 */
export function backendsCpuMs(pids) {
  try {
    let sum = 0
    for (const pid of pids) {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) return null
      sum += ownCpuMs(pid)
    }
    return sum
  } catch {
    return null
  }
}
