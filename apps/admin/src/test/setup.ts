import { afterEach, beforeAll } from 'vitest'

// Testing Library is loaded lazily so the node-environment files (no DOM) can share this setup.
beforeAll(async () => {
  if (typeof document === 'undefined') return
  const { configure } = await import('@testing-library/react')
  // findBy… and waitFor give up after 1 s by default: on a machine busy with the API's suites a lazy
  // route's first render can take longer. Waiting is not sleeping: they return as soon as it appears.
  configure({ asyncUtilTimeout: 5_000 })
})

// Testing Library unmounts after each test only by itself when test globals are on; they are not here.
afterEach(async () => {
  if (typeof document === 'undefined') return
  const { cleanup } = await import('@testing-library/react')
  cleanup()
})
