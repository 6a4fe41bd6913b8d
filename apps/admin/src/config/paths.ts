/** Every client-side path of the admin, so links and redirects change in one place. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
} as const

/** The sign-in path that brings the user back to `from` (a same-origin path) afterwards. */
export function signInPath(from?: string): string {
  if (!from || from === paths.home) return paths.signIn
  return `${paths.signIn}?${new URLSearchParams({ redirectTo: from })}`
}

/** Only a local path may be a redirect target: never another origin ("//evil.example" included). */
export function safeRedirect(target: string | null): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return paths.home
  return target
}
