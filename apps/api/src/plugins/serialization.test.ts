import { Page, SyncPage, TriageEntry } from '@learnonce/contracts'
import fastJson from 'fast-json-stringify'
import { describe, expect, it } from 'vitest'
import { cheaperUnions } from './serialization.js'

const compile = (schema: unknown) => fastJson(cheaperUnions(schema) as Parameters<typeof fastJson>[0])
const person = { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', name: 'Ada Curator' }

describe('response serialisation', () => {
  it('writes a nullable person as the object or as null, and never validates it to choose', () => {
    const rewritten = JSON.stringify(cheaperUnions(Page(TriageEntry)))
    expect(rewritten).not.toContain('anyOf')
    const write = compile(Page(TriageEntry))
    const entry = {
      id: person.id,
      type: 'lesson',
      title: 'Consent forms',
      status: 'submitted',
      sites: [],
      submittedAt: '2026-12-01T10:00:00.000Z',
      ageDays: 3,
      version: 2,
    }
    const page = { data: [{ ...entry, submitter: person, assignee: null }], nextCursor: null }
    expect(JSON.parse(write(page))).toEqual(page)
  })

  it('chooses a sync change’s item schema by its type, so each kind keeps its own fields', () => {
    const rewritten = JSON.stringify(cheaperUnions(SyncPage))
    expect(rewritten).toContain('"if"')
    const write = compile(SyncPage)
    const base = { id: person.id, change: 'delete', changedAt: '2026-12-01T10:00:00.000Z', item: null }
    const page = {
      data: [
        { ...base, type: 'lesson' },
        { ...base, type: 'case_study' },
        { ...base, type: 'solution' },
      ],
      nextCursor: 'abc',
    }
    expect(JSON.parse(write(page))).toEqual(page)
  })
})
