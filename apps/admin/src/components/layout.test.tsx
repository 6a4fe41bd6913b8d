import type { Role } from '@learnonce/contracts'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { signedInScreens } from '../router'
import { renderApp, userWithRole } from '../test/render'
import { Layout } from './layout'

const renderAdmin = (role: Role, url: string) =>
  renderApp([{ element: <Layout />, children: signedInScreens }], { url, me: userWithRole(role) })

const sectionsLinks = () =>
  within(screen.getByRole('navigation', { name: 'Sections' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

const browse = ['Lessons', 'Case studies', 'Solutions', 'Networks', 'Events']
const files = ['Imports']
const admin = ['Sites', 'Users', 'Themes', 'API keys', 'Webhooks', 'Audit log', 'Lessons by email', 'Manage networks', 'Settings']

describe('the navigation by role', () => {
  it.each([
    ['contributor', ['Home', 'My items', 'Following', ...browse, ...files]],
    ['curator', ['Home', 'Triage', 'Reports', 'Review due', 'Following', ...browse, ...files]],
    ['admin', ['Home', 'Triage', 'Reports', 'Review due', 'Following', ...browse, ...files, ...admin]],
  ] as const)('a %s sees only the sections their role may use', async (role, expected) => {
    renderAdmin(role, '/')
    await screen.findByRole('heading', { name: `Signed in as Demo ${role}` })
    expect(sectionsLinks()).toEqual(expected)
  })

  it.each([
    ['contributor', '/admin/api-keys'],
    ['contributor', '/triage'],
    ['contributor', '/review-due'],
    ['curator', '/admin/settings'],
    ['contributor', '/review/lesson/01900000-0000-7000-8000-00000000000a'],
    ['curator', '/admin/users'],
    ['curator', '/my-items'],
  ] as const)('a %s following a link to %s is told it is not for their role', async (role, url) => {
    renderAdmin(role, url)
    // The router loads the screen's module before it shows even the role check, and a real screen's
    // first import (transformed on the fly here) can take longer than findBy's default second.
    expect(await screen.findByRole('heading', { name: 'Not for your role' }, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to your home page' }).getAttribute('href')).toBe('/')
  })

  it.each([
    ['admin', '/admin/api-keys', 'API keys'],
    ['curator', '/triage', 'Triage'],
    ['contributor', '/lessons/new', 'New lesson'],
  ] as const)('a %s opening %s gets the screen', async (role, url, title) => {
    renderAdmin(role, url)
    expect(await screen.findByRole('heading', { name: title, level: 1 })).toBeTruthy()
    expect(screen.queryByText('Not for your role')).toBeNull()
  })

  it('marks the current section, and / moves the focus to search', async () => {
    renderAdmin('curator', '/lessons')
    await screen.findByRole('heading', { name: 'Lessons', level: 1 })
    expect(screen.getByRole('link', { name: 'Lessons' }).getAttribute('aria-current')).toBe('page')
    await userEvent.keyboard('/')
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }))
  })
})
