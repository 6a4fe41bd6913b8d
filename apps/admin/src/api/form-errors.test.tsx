import { LessonCreate, type Problem } from '@learnonce/contracts'
import { Button, TextInput } from '@mantine/core'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render'
import { ApiError } from './api-error'
import { applyProblemToForm, pointerToPath } from './form-errors'
import { useContractForm } from './use-contract-form'

const siteId = '01900000-0000-7000-8000-0000000000aa'

/** A lesson form as a screen would write one; `answer` stands in for what the API said to the submit. */
function LessonForm({ answer }: { answer: Problem }) {
  const form = useContractForm({ schema: LessonCreate, initialValues: { title: '', summary: '', siteId } })
  const [elsewhere, setElsewhere] = useState<string[]>([])
  return (
    <form
      onSubmit={form.onSubmit(() => {
        setElsewhere(applyProblemToForm(form, new ApiError(answer)).map((error) => error.detail))
      })}
    >
      <TextInput label="Title" {...form.getInputProps('title')} />
      <TextInput label="Summary" {...form.getInputProps('summary')} />
      {elsewhere.map((detail) => (
        <p key={detail}>Also: {detail}</p>
      ))}
      <Button type="submit">Save</Button>
    </form>
  )
}

const conflictingTitle: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is not valid.',
  errors: [
    { in: 'body', pointer: '/title', detail: 'is already used by another lesson at this site' },
    { in: 'body', pointer: '/themes/0', detail: 'is not a theme' },
    { in: 'query', pointer: '/fields', detail: 'must be one of: summary' },
  ],
}

describe('forms checked by the contracts schema and answered by problem pointers', () => {
  it('an empty lesson is stopped in the browser with a message under each required field', async () => {
    renderApp(<LessonForm answer={conflictingTitle} />)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true')
    expect(screen.getAllByText('Is required')).toHaveLength(2)
    // Nothing was sent, so nothing came back.
    expect(screen.queryByText(/^Also:/)).toBeNull()
  })

  it('a blank title is caught by the same rule as the API (not just "required")', async () => {
    renderApp(<LessonForm answer={conflictingTitle} />)
    await userEvent.type(screen.getByLabelText('Title'), '   ')
    await userEvent.type(screen.getByLabelText('Summary'), 'What we learned')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(screen.getByText('Must not be blank')).toBeTruthy()
  })

  it("the API's field errors land under the field each pointer names; the rest are listed apart", async () => {
    renderApp(<LessonForm answer={conflictingTitle} />)
    await userEvent.type(screen.getByLabelText('Title'), 'Falls at night')
    await userEvent.type(screen.getByLabelText('Summary'), 'What we learned')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const title = screen.getByLabelText('Title')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    const message = screen.getByText('Is already used by another lesson at this site')
    expect(title.getAttribute('aria-describedby')).toContain(message.id)
    expect(screen.getByText('Also: is not a theme')).toBeTruthy()
    expect(screen.getByText('Also: must be one of: summary')).toBeTruthy()
  })

  it.each([
    ['/title', 'title'],
    ['/links/0/url', 'links.0.url'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['/', ''],
  ])('pointer %s is form path "%s"', (pointer, path) => {
    expect(pointerToPath(pointer)).toBe(path)
  })
})
