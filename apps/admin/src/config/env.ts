/**
 * Where the API lives. By default the admin's own origin (the API serves the admin, or the dev server,
 * preview and nginx forward `/v1` to it). An admin hosted apart names the API's origin either when it is
 * built (`VITE_API_URL`) or when it is deployed, without a rebuild, in index.html:
 * `<meta name="learnonce-api-url" content="https://api.hub.example">`.
 */
export function apiOrigin(): string {
  const atRuntime = typeof document === 'undefined' ? '' : readMeta('learnonce-api-url')
  return (atRuntime || import.meta.env.VITE_API_URL || '').trim().replace(/\/+$/, '')
}

/** The base every API call starts from: `${apiOrigin()}/v1`. */
export const apiBaseUrl = (): string => `${apiOrigin()}/v1`

function readMeta(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? ''
}
