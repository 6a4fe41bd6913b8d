import type { Role } from '@learnonce/contracts'
import { type Area, mayUse } from './access'
import { paths } from './paths'

export interface NavLinkItem {
  label: string
  to: string
  area: Area
}

export interface NavSection {
  /** Shown above the links; null for the top links (Home, Triage, Review due, My items). */
  label: string | null
  links: NavLinkItem[]
}

/** The main navigation for every role; `navigationFor` keeps what a role may use. */
export const navigation: NavSection[] = [
  {
    label: null,
    links: [
      { label: 'Home', to: paths.home.path, area: 'home' },
      { label: 'Triage', to: paths.triage.path, area: 'triage' },
      { label: 'Reports', to: paths.reports.path, area: 'reports' },
      { label: 'Review due', to: paths.reviewDue.path, area: 'triage' },
      { label: 'My items', to: paths.myItems.path, area: 'myItems' },
      { label: 'Following', to: paths.following.path, area: 'home' },
    ],
  },
  {
    label: 'Browse',
    links: [
      { label: 'Lessons', to: paths.lessons.list.path, area: 'browse' },
      { label: 'Case studies', to: paths.caseStudies.list.path, area: 'browse' },
      { label: 'Solutions', to: paths.solutions.list.path, area: 'browse' },
      { label: 'Networks', to: paths.networks.list.path, area: 'browse' },
      { label: 'Events', to: paths.events.path, area: 'browse' },
    ],
  },
  {
    label: 'Files and imports',
    links: [{ label: 'Imports', to: paths.imports.list.path, area: 'files' }],
  },
  {
    label: 'Admin',
    links: [
      { label: 'Sites', to: paths.admin.sites.path, area: 'admin' },
      { label: 'Users', to: paths.admin.users.path, area: 'admin' },
      { label: 'Themes', to: paths.admin.themes.path, area: 'admin' },
      { label: 'API keys', to: paths.admin.apiKeys.path, area: 'admin' },
      { label: 'Webhooks', to: paths.admin.webhooks.path, area: 'admin' },
      { label: 'Audit log', to: paths.admin.audit.path, area: 'admin' },
      { label: 'Lessons by email', to: paths.admin.inboundMail.path, area: 'admin' },
      { label: 'Manage networks', to: paths.admin.networks.path, area: 'admin' },
      { label: 'Settings', to: paths.admin.settings.path, area: 'admin' },
    ],
  },
]

/** The sections and links `role` may use; a section with none left is dropped. */
export function navigationFor(role: Role): NavSection[] {
  return navigation
    .map((section) => ({ ...section, links: section.links.filter((link) => mayUse(role, link.area)) }))
    .filter((section) => section.links.length > 0)
}
