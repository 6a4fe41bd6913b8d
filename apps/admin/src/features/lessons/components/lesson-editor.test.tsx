import type { Problem } from '@learnonce/contracts'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import { renderApp, userWithRole } from '../../../test/render'
import type { SaveDraft } from '../../content/components/content-editor'
import { LessonEditor } from './lesson-editor'

const siteId = '01900000-0000-7000-8000-0000000000aa'
const contributor = { ...userWithRole('contributor'), siteIds: [siteId] }
const now = new Date().toISOString()
/** What the pickers read (GET /v1/taxonomy and /v1/sites), so the editor asks nothing of the network. */
const queryData: [readonly unknown[], unknown][] = [
  [
    ['taxonomy'],
    {
      themes: [{ slug: 'falls-prevention', name: 'Falls prevention', description: '' }],
      careSettings: [{ slug: 'acute', name: 'Acute' }],
      journeyStages: [{ slug: 'implementation', name: 'Implementation', position: 4 }],
    },
  ],
  [
    ['sites', 'list', { limit: 100 }],
    {
      data: [
        {
          id: siteId,
          version: 1,
          createdAt: now,
          updatedAt: now,
          name: 'Riverside Medical Practice',
          slug: 'riverside',
          kind: 'gp_practice',
          region: 'north_west',
          odsCode: null,
          website: null,
          contactEmail: null,
          archivedAt: null,
        },
      ],
      nextCursor: null,
    },
  ],
]

/** The API's answer to the save, and every body the editor sent. */
function answering(problem: Problem) {
  const sent: unknown[] = []
  const save: SaveDraft = async (_kind, body) => {
    sent.push(body)
    throw new ApiError(problem)
  }
  return { save, sent }
}

const titleTaken: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is not valid.',
  errors: [{ in: 'body', pointer: '/title', detail: 'is already used by another lesson at this site' }],
}

describe('the lesson editor', () => {
  it('asks the three reflection questions first, each with its hint', () => {
    renderApp(<LessonEditor save={answering(titleTaken).save} />, { me: contributor, queryData })
    const labels = ['Title', 'What went well?', 'What did not go so well?', 'What would you do differently?', 'Summary']
    const inputs = labels.map((label) => screen.getByRole('textbox', { name: new RegExp(`^${label.replace('?', '\\?')}`) }))
    // Document order is the order a writer meets them.
    for (let index = 1; index < inputs.length; index++) {
      const [before, after] = [inputs[index - 1], inputs[index]]
      if (!before || !after) throw new Error('missing input')
      expect(before.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    }
    expect(screen.getByText('The advice you would give a site starting now.')).toBeTruthy()
  })

  it('stops a blank title in the browser and sends nothing', async () => {
    const { save, sent } = answering(titleTaken)
    renderApp(<LessonEditor save={save} />, { me: contributor, queryData })
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), '   ')
    await userEvent.type(screen.getByRole('textbox', { name: /^Summary/ }), 'Night-time falls dropped once we changed handovers.')
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }))

    const title = screen.getByRole('textbox', { name: /^Title/ })
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Must not be blank')).toBeTruthy()
    expect(sent).toEqual([])
  })

  it("puts the API's error under the field its pointer names", async () => {
    const { save, sent } = answering(titleTaken)
    renderApp(<LessonEditor save={save} />, { me: contributor, queryData })
    await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), 'Falls at night')
    await userEvent.type(screen.getByRole('textbox', { name: /^Summary/ }), 'Night-time falls dropped once we changed handovers.')
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }))

    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]).toMatchObject({ title: 'Falls at night', siteId })
    // The contributor's one site was chosen for them, by name.
    expect((screen.getByRole('textbox', { name: /^Site/ }) as HTMLInputElement).value).toBe('Riverside Medical Practice')
    const message = await screen.findByText('Is already used by another lesson at this site')
    const title = screen.getByRole('textbox', { name: /^Title/ })
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(title.getAttribute('aria-describedby')).toContain(message.id)
  })

  it('previews a reflection answer as Markdown', async () => {
    renderApp(<LessonEditor save={answering(titleTaken).save} />, { me: contributor, queryData })
    await userEvent.type(screen.getByRole('textbox', { name: /^What went well\?/ }), 'The **night team** owned it')
    await userEvent.click(screen.getAllByRole('tab', { name: 'Preview' })[0] as HTMLElement)
    const preview = await screen.findByRole('region', { name: 'What went well? preview' })
    expect(preview.querySelector('strong')?.textContent).toBe('night team')
  })
})
