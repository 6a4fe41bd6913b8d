import type { Finding } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { fieldLabel } from './findings-panel'
import { maskedExcerpt, textAt } from './masked-excerpt'

const finding = (id: string, start: number, end: number, preview: string, field = '/wentWell'): Finding => ({
  id,
  version: 1,
  field,
  kind: 'nhs_number',
  start,
  end,
  preview,
  status: 'open',
  note: null,
  resolvedById: null,
  resolvedByName: null,
  resolvedAt: null,
  createdAt: '2026-12-04T00:00:00.000Z',
  updatedAt: '2026-12-04T00:00:00.000Z',
})

describe('the masked excerpt of a finding', () => {
  const text = 'Call 07700 900123 or write to jane.smith@nhs.net about it.'
  const phone = finding('phone', 5, 17, '***** ***123')
  const email = finding('email', 30, 48, 'j***.*****@nhs.net')

  it('shows the words around the value with the value masked, and masks every other value in the window too', () => {
    const parts = maskedExcerpt(text, phone, [phone, email], 80)
    expect(parts.map((part) => part.text).join('')).toBe('Call ***** ***123 or write to j***.*****@nhs.net about it.')
    expect(parts.filter((part) => part.finding === 'own').map((part) => part.text)).toEqual(['***** ***123'])
  })

  it('takes a value the window cuts through whole, so none of it shows in clear', () => {
    const parts = maskedExcerpt(text, email, [phone, email], 15)
    const shown = parts.map((part) => part.text).join('')
    expect(shown).not.toContain('07700')
    expect(shown).not.toContain('900123')
    expect(shown).toBe('…***** ***123 or write to j***.*****@nhs.net about it.')
  })

  it('finds the text a pointer names, and says where it is as a reader knows the field', () => {
    const item = { wentWell: text, links: [{ title: 'Letter' }] }
    expect(textAt(item, '/links/0/title')).toBe('Letter')
    expect(textAt(item, '/missing')).toBe('')
    expect(fieldLabel('/didNotGoWell')).toBe('What did not go well?')
    expect(fieldLabel('/artefacts/1/title')).toBe('Artefact 2 title')
  })
})
