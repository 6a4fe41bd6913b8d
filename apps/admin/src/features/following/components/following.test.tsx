import type { DigestFrequency, FeedTokenStatus, Subscription, SubscriptionTarget } from '@learnonce/contracts'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../../test/render'
import { DigestFrequencyControl } from './digest-frequency'
import { FollowList, type FollowOption } from './follow-list'
import { PrivateFeed } from './private-feed'

const followedTheme: Subscription = {
  id: '01900000-0000-7000-8000-0000000000s1',
  createdAt: '2026-12-01T10:00:00.000Z',
  target: { type: 'theme', id: null, value: 'clinical-safety', label: 'Clinical safety' },
}

const options: FollowOption[] = [
  { key: 'theme:evaluation', label: 'Evaluation', target: { type: 'theme', slug: 'evaluation' }, subscription: undefined },
  {
    key: 'theme:clinical-safety',
    label: 'Clinical safety',
    target: { type: 'theme', slug: 'clinical-safety' },
    subscription: followedTheme,
  },
]

describe('a list of things to follow', () => {
  it('shows followed things first as Following, and follows or unfollows with one click each', async () => {
    const user = userEvent.setup()
    const onFollow = vi.fn<(target: SubscriptionTarget, label: string) => void>()
    const onUnfollow = vi.fn<(subscription: Subscription, label: string) => void>()
    renderApp(<FollowList title="Themes" hint="New work on these themes." options={options} onFollow={onFollow} onUnfollow={onUnfollow} />)

    const section = await screen.findByRole('region', { name: 'Themes' })
    const buttons = Array.from(section.querySelectorAll('button')).map((button) => button.getAttribute('aria-label'))
    expect(buttons).toEqual(['Unfollow Clinical safety', 'Follow Evaluation'])
    expect(screen.getByRole('button', { name: 'Unfollow Clinical safety' }).getAttribute('aria-pressed')).toBe('true')

    await user.click(screen.getByRole('button', { name: 'Follow Evaluation' }))
    expect(onFollow).toHaveBeenCalledWith({ type: 'theme', slug: 'evaluation' }, 'Evaluation')
    await user.click(screen.getByRole('button', { name: 'Unfollow Clinical safety' }))
    expect(onUnfollow).toHaveBeenCalledWith(followedTheme, 'Clinical safety')
  })

  it('says so when there is nothing to follow', async () => {
    renderApp(<FollowList title="Networks" hint="x" options={[]} onFollow={vi.fn()} onUnfollow={vi.fn()} emptyText="No networks yet." />)
    expect(await screen.findByText('No networks yet.')).toBeTruthy()
  })
})

describe('the digest choice', () => {
  it('offers daily, weekly and off, says when the next digest comes, and reports a new choice', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn<(frequency: DigestFrequency) => void>()
    renderApp(
      <DigestFrequencyControl value="weekly" nextDigestAt={new Date(Date.now() + 3 * 86_400_000).toISOString()} onChange={onChange} />,
    )
    expect(await screen.findByText(/Next digest/)).toBeTruthy()
    expect(screen.getByText('in 3 days')).toBeTruthy()
    await user.click(screen.getByText('Daily'))
    expect(onChange).toHaveBeenCalledWith('daily')
  })

  it('explains that nothing is emailed when off', async () => {
    renderApp(<DigestFrequencyControl value="off" nextDigestAt={null} onChange={vi.fn()} />)
    expect(await screen.findByText(/No digest emails/)).toBeTruthy()
  })
})

describe('the private feed', () => {
  const active: FeedTokenStatus = { active: true, createdAt: '2026-12-01T10:00:00.000Z', lastUsedAt: null }

  it('offers to make a feed when there is none', async () => {
    const user = userEvent.setup()
    const onCreate = vi.fn()
    renderApp(
      <PrivateFeed
        status={{ active: false, createdAt: null, lastUsedAt: null }}
        createdUrl={null}
        onCreate={onCreate}
        onRevoke={vi.fn()}
      />,
    )
    expect(await screen.findByText('You have no private feed.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Switch the feed off' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Make my private feed' }))
    expect(onCreate).toHaveBeenCalledOnce()
  })

  it('shows a new address once with a Copy button, and offers to replace or switch off an active feed', async () => {
    const user = userEvent.setup()
    const onRevoke = vi.fn()
    const url = 'https://hub.example.org/v1/feeds/private/lof_secret.atom'
    renderApp(<PrivateFeed status={active} createdUrl={url} onCreate={vi.fn()} onRevoke={onRevoke} />)
    expect((await screen.findByLabelText('Private feed address')).textContent).toBe(url)
    await user.click(screen.getByRole('button', { name: 'Copy address' }))
    expect(await navigator.clipboard.readText()).toBe(url)
    expect(screen.getByText(/has not been read yet/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Switch the feed off' }))
    expect(onRevoke).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Replace the address' })).toBeTruthy()
  })
})
