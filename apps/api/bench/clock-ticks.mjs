// The kernel's clock ticks per second (USER_HZ), which /proc/<pid>/stat counts CPU time in.
import { execFileSync } from 'node:child_process'

function readClockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

export const clockTicks = readClockTicks()
