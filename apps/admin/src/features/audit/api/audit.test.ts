import { describe, expect, it } from 'vitest'
import { auditQuery } from './audit'

describe('the audit log’s filters as the API’s query', () => {
  it('turns the chosen days into instants from the start of the first to the end of the last, in local time', () => {
    const query = auditQuery({ action: 'auth.login', from: '2026-03-02', to: '2026-03-04' })
    expect(query.action).toBe('auth.login')
    expect(new Date(query.since ?? '').getTime()).toBe(new Date(2026, 2, 2, 0, 0, 0, 0).getTime())
    expect(new Date(query.until ?? '').getTime()).toBe(new Date(2026, 2, 4, 23, 59, 59, 999).getTime())
  })

  it('a range still being picked (only its first day) reads as "from that day on"', () => {
    const query = auditQuery({ from: '2026-03-02' })
    expect(query.since).toBe(new Date(2026, 2, 2).toISOString())
    expect(query.until).toBeUndefined()
  })

  it('sends no dates, and no actor, when none are chosen', () => {
    expect(auditQuery({})).toEqual({ actorId: undefined, action: undefined, since: undefined, until: undefined })
  })
})
