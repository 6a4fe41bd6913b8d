/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API's origin for an admin hosted apart from it (e.g. https://api.hub.example). Empty: same origin. */
  readonly VITE_API_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
