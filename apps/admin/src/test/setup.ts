import { afterEach } from 'vitest'

// Testing Library unmounts after each test only by itself when test globals are on; they are not here.
// Loaded lazily so the node-environment files (no DOM) can share this setup.
afterEach(async () => {
  if (typeof document === 'undefined') return
  const { cleanup } = await import('@testing-library/react')
  cleanup()
})
