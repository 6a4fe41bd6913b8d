import { findingKinds } from '@learnonce/contracts'
import { describe, expect, it } from 'vitest'
import { labelledSnippets, score } from './labelled-snippets.js'

/**
 * The floors the detectors hold on the benchmark's 1,000 generated snippets (`pnpm bench:governance`
 * prints the figures; the README has them). Measured at 1.00 for NHS numbers, phone numbers and
 * emails, and between 0.90 and 0.97 where the set holds the cases the detectors knowingly miss or
 * over-flag. A change that loses ground on any kind fails here.
 */
const floors = {
  nhs_number: { precision: 1, recall: 1 },
  date_of_birth: { precision: 0.9, recall: 0.93 },
  postcode: { precision: 1, recall: 0.95 },
  phone: { precision: 1, recall: 1 },
  email: { precision: 1, recall: 1 },
  titled_name: { precision: 0.93, recall: 0.95 },
}

describe('precision and recall on the generated set', () => {
  const snippets = labelledSnippets()

  it('is 1,000 snippets, the same every time, with true positives and bait of every kind', () => {
    expect(snippets).toHaveLength(1000)
    expect(labelledSnippets()).toEqual(snippets)
    const results = score(snippets)
    for (const kind of findingKinds) {
      expect(results[kind].truePositives + results[kind].falseNegatives, kind).toBeGreaterThan(50)
    }
    expect(snippets.filter((snippet) => snippet.labels.length === 0).length).toBeGreaterThan(400)
  })

  it.each(findingKinds)('%s stays above its floor', (kind) => {
    const { precision, recall } = score(snippets)[kind]
    expect(precision).toBeGreaterThanOrEqual(floors[kind].precision)
    expect(recall).toBeGreaterThanOrEqual(floors[kind].recall)
  })
})
