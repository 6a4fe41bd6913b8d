import type { Role } from '@learnonce/contracts'

/**
 * Who may use which part of the admin (ADMIN.md's navigation table). This decides what the navigation
 * shows and which screens render; the API still checks every request on its own.
 */
export const areaRoles = {
  home: ['admin', 'curator', 'contributor'],
  triage: ['admin', 'curator'],
  reports: ['admin', 'curator'],
  review: ['admin', 'curator'],
  myItems: ['contributor'],
  browse: ['admin', 'curator', 'contributor'],
  // Writing content: contributors for their sites; curators and admins edit what they review.
  write: ['admin', 'curator', 'contributor'],
  // Files and imports: contributors import to their own sites.
  files: ['admin', 'curator', 'contributor'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Area = keyof typeof areaRoles

export function mayUse(role: Role, area: Area): boolean {
  return (areaRoles[area] as readonly Role[]).includes(role)
}
