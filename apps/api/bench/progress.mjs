// A one-line progress bar on stderr, redrawn in place with \r (a plain log line when stderr is not a terminal).

export function createProgress(label, total) {
  const started = Date.now()
  const live = process.stderr.isTTY
  let shown = 0
  const line = (done) => {
    const fraction = total === 0 ? 1 : done / total
    const width = 30
    const filled = Math.round(fraction * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(done / seconds) : 0
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} ${seconds.toFixed(1)} s ${rate.toLocaleString('en-GB')}/s`
  }
  return {
    update(done) {
      const decile = Math.floor((done / Math.max(total, 1)) * 10)
      if (live) process.stderr.write(`\r${line(done)}`)
      else if (decile > shown && decile < 10) {
        shown = decile
        process.stderr.write(`${line(done)}\n`)
      }
    },
    finish(done = total) {
      if (live) process.stderr.write(`\r${line(done)}\n`)
      else process.stderr.write(`${line(done)}\n`)
      return (Date.now() - started) / 1000
    },
  }
}
