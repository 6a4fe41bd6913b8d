import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig, type ProxyOptions } from 'vite'

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000'
const port = Number(process.env.ADMIN_PORT ?? 5173)
/**
 * Where the built admin lives: /admin/, where the API serves it (one process, one origin). The nginx
 * image builds with ADMIN_BASE=/ to serve it at its root. The dev server always serves at /.
 */
const buildBase = process.env.ADMIN_BASE ?? '/admin/'

/** The SPA calls the API on its own origin; in dev and preview these paths are forwarded to it. */
export const apiPaths = ['/v1', '/docs', '/openapi.json', '/healthz'] as const

export function proxyTo(target: string): Record<string, ProxyOptions> {
  return Object.fromEntries(apiPaths.map((path) => [path, { target }]))
}

export default defineConfig(({ command, isPreview }) => ({
  base: command === 'build' || isPreview ? buildBase : '/',
  plugins: [react()],
  resolve: {
    // Workspace packages resolve to their TypeScript source, so the admin never waits on their build.
    conditions: ['@learnonce/source', ...defaultClientConditions],
  },
  server: { port, strictPort: true, proxy: proxyTo(apiUrl) },
  preview: { port, strictPort: true, proxy: proxyTo(apiUrl) },
  build: {
    sourcemap: true,
    // The entry chunk (React, the router, Mantine) is ~500 KB raw but ~160 KB gzipped; the budget that
    // matters is the first screen's JavaScript under 250 KB gzipped, which screens keep by loading lazily.
    chunkSizeWarningLimit: 600,
  },
}))
