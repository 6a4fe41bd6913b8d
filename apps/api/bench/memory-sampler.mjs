// Samples a process's resident set size every 200 ms, for the peak of each scenario and of the run.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { childrenOf } from './cpu-time.mjs'

function rssBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    if (match) return Number(match[1]) * 1024
  } catch {
    // No /proc (macOS): ask ps.
  }
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024
  } catch {
    return 0
  }
}

/**
 * Samples `pid` and, with WEB_CONCURRENCY, each of its workers: the figure is the largest single
 * process, as the RSS target is per API process (a primary that only forked workers holds little).
 */
export function sampleMemory(pid, everyMs = 200) {
  let scenarioPeak = 0
  let runPeak = 0
  const sample = () => {
    const bytes = Math.max(rssBytes(pid), ...childrenOf(pid).map(rssBytes))
    scenarioPeak = Math.max(scenarioPeak, bytes)
    runPeak = Math.max(runPeak, bytes)
  }
  sample()
  const timer = setInterval(sample, everyMs)
  timer.unref()
  return {
    /** The peak since the last call, in bytes; starts the next scenario's count. */
    takeScenarioPeak() {
      sample()
      const peak = scenarioPeak
      scenarioPeak = 0
      return peak
    },
    runPeak: () => runPeak,
    stop: () => clearInterval(timer),
  }
}
