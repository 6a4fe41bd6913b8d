import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { type FormEvent, Suspense, useRef } from 'react'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { navigationFor } from '../config/navigation'
import { paths } from '../config/paths'
import { useMe } from '../features/auth/api/get-me'
import { SignOutButton } from '../features/auth/sign-out-button'
import { PageLoading } from './page-loading'

/** The signed-in frame: header with search, the role's navigation, and the screen. */
export function Layout() {
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false)
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label="Show navigation" />
            <Anchor component={Link} to={paths.home.path} underline="never" c="inherit" fw={700}>
              Learn Once{' '}
              <Text span c="dimmed" fw={400}>
                admin
              </Text>
            </Anchor>
          </Group>
          <HeaderSearch />
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          <MainNavigation onNavigate={closeNav} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}

/** `/` focuses it from anywhere (but not while typing in a field); Enter searches everything. */
function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  useHotkeys([['/', () => input.current?.focus()]])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim()
    if (q) void navigate(paths.search.href({ q }))
  }

  return (
    <search style={{ flex: 1, maxWidth: 480 }}>
      <form onSubmit={submit}>
        <TextInput
          ref={input}
          name="q"
          type="search"
          aria-label="Search"
          placeholder="Search lessons, case studies, solutions…"
          rightSection={
            <Text component="kbd" size="xs" c="dimmed" aria-hidden>
              /
            </Text>
          }
        />
      </form>
    </search>
  )
}

function UserMenu() {
  const { data: me } = useMe()
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">
        {me.name}
      </Text>
      <SignOutButton />
    </Group>
  )
}

/** The navigation of ADMIN.md's table, limited to what the signed-in role may use. */
export function MainNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const { data: me } = useMe()
  const { pathname } = useLocation()
  const isActive = (to: string) => (to === paths.home.path ? pathname === to : pathname === to || pathname.startsWith(`${to}/`))
  return (
    <Stack gap="md" component="nav" aria-label="Sections">
      {navigationFor(me.role).map((section) => (
        <Stack gap={2} key={section.label ?? 'top'}>
          {section.label && (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" role="presentation">
              {section.label}
            </Text>
          )}
          {section.links.map((link) => (
            <NavLink
              key={link.to}
              component={Link}
              to={link.to}
              label={link.label}
              active={isActive(link.to)}
              aria-current={isActive(link.to) ? 'page' : undefined}
              onClick={onNavigate}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}
