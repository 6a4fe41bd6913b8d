import type { ProblemFieldError } from '@learnonce/contracts'
import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { type ReactNode, useState } from 'react'
import { useNavigate } from 'react-router'
import type { TSchema } from 'typebox'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ProblemAlert } from '../../../components/problem-alert'
import { StatusBadge } from '../../../components/status-badge'
import { paths } from '../../../config/paths'
import { useMe } from '../../auth/api/get-me'
import { ItemFindings } from '../../governance/components/item-findings'
import { runAction, saveContent, useContentWritten } from '../api/content'
import { type AnyItem, type ContentKind, siteIdsOf } from '../api/kinds'
import { ReviewThread } from './review-thread'

/** How the editor sends a draft: the API by default; tests hand in their own answer. */
export type SaveDraft = (kind: ContentKind, body: unknown, existing?: { id: string; version: number }) => Promise<AnyItem>

export interface ContentEditorProps<V extends Record<string, unknown>> {
  kind: ContentKind
  /** The item being edited; absent on the "new" screen. */
  item?: AnyItem
  initialValues: V
  /** The contracts schema of the request: the kind's Create schema for a new item, Update for an edit. */
  schema: TSchema
  /** The request body made from the form's values (blank optional fields left out). */
  toBody: (values: V) => Record<string, unknown>
  /** The fields, in the order a writer needs them. */
  children: (form: UseFormReturnType<V>) => ReactNode
  /** Refetches the item after a 412 (someone saved first). */
  onReload?: () => Promise<AnyItem | undefined>
  save?: SaveDraft
}

const editable = ['draft', 'changes_requested']

/**
 * One column for writing a lesson, case study or solution: the kind's fields, then Save draft and
 * Submit for review (with a word on what happens next). Checked in the browser by the contracts
 * schema; the API's field errors land under their fields, anything else above the buttons.
 */
export function ContentEditor<V extends Record<string, unknown>>({
  kind,
  item,
  initialValues,
  schema,
  toBody,
  children,
  onReload,
  save = saveContent,
}: ContentEditorProps<V>) {
  const { data: me } = useMe()
  const navigate = useNavigate()
  const written = useContentWritten(kind)
  const form = useContractForm<V>({ schema, initialValues, toBody })
  const [current, setCurrent] = useState<AnyItem | undefined>(item)
  const [failure, setFailure] = useState<Error | null>(null)
  const [unplaced, setUnplaced] = useState<ProblemFieldError[]>([])
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null)
  const [confirming, setConfirming] = useState(false)

  const status = current?.status ?? 'draft'
  const mayWrite = me.role !== 'contributor' || editable.includes(status)
  const maySubmit =
    editable.includes(status) && (me.role !== 'contributor' || !current || siteIdsOf(current).some((id) => me.siteIds.includes(id)))
  const Noun = kind.noun.charAt(0).toUpperCase() + kind.noun.slice(1)

  /** Saves the form; returns the saved item, or null after showing why it failed. */
  async function saveDraft(): Promise<AnyItem | null> {
    setFailure(null)
    setUnplaced([])
    try {
      const saved = await save(kind, toBody(form.getValues()), current)
      setCurrent(saved)
      written(saved)
      form.resetDirty()
      return saved
    } catch (error) {
      const rest = applyProblemToForm(form, error)
      setUnplaced(rest)
      if (!(error instanceof ApiError) || rest.length > 0 || !error.problem.errors?.length) setFailure(error as Error)
      notifications.show({ color: 'red', title: `The ${kind.noun} was not saved`, message: (error as Error).message })
      return null
    }
  }

  async function onSaveDraft() {
    setBusy('save')
    const saved = await saveDraft()
    setBusy(null)
    if (!saved) return
    notifications.show({ color: 'green', title: 'Draft saved', message: `“${saved.title}” is saved as a draft.` })
    if (!item) navigate(kind.paths.edit.href(saved.id), { replace: true })
  }

  async function onSubmit() {
    setConfirming(false)
    setBusy('submit')
    const saved = form.isDirty() || !current ? await saveDraft() : current
    if (!saved) {
      setBusy(null)
      return
    }
    try {
      const submitted = await runAction(kind, saved, 'submit')
      setCurrent(submitted)
      written(submitted)
      notifications.show({
        color: 'green',
        title: `${Noun} submitted`,
        message: 'A curator will review it; you will see its state in My items.',
      })
      navigate(me.role === 'contributor' ? paths.myItems.path : kind.paths.detail.href(submitted.id))
    } catch (error) {
      setFailure(error as Error)
      notifications.show({ color: 'red', title: `The ${kind.noun} was not submitted`, message: (error as Error).message })
      if (!item) navigate(kind.paths.edit.href(saved.id), { replace: true })
    } finally {
      setBusy(null)
    }
  }

  async function reload() {
    const fresh = await onReload?.()
    if (!fresh) return
    setCurrent(fresh)
    setFailure(null)
  }

  return (
    <Stack gap="lg" maw={760}>
      <Group justify="space-between" align="center">
        <Title order={1}>{item ? `Edit ${kind.noun}` : `New ${kind.noun}`}</Title>
        {current && <StatusBadge status={current.status} size="md" />}
      </Group>
      {current?.status === 'changes_requested' && (
        <Alert color="orange" variant="light" title="A curator asked for changes">
          <Text size="sm">{current.decisionNote ?? 'See the review thread below.'}</Text>
          <Text size="sm" mt="xs">
            Make the changes, reply below if something needs saying, then submit it again.
          </Text>
        </Alert>
      )}
      {/* Sent back: the conversation comes before the form, so the writer reads it (and answers) first. */}
      {current?.status === 'changes_requested' && <ReviewThread kind={kind} itemId={current.id} canReply />}
      {!mayWrite && (
        <Alert color="blue" variant="light" title="This can’t be edited now">
          It is {status.replaceAll('_', ' ')}. You can edit it again if a curator sends it back to you.
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(() => {
          void onSaveDraft()
        })}
      >
        <Stack gap="lg">
          <fieldset disabled={!mayWrite} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="lg">{children(form)}</Stack>
          </fieldset>
          {/* After each save: what may identify someone, so the writer can take it out before a curator reads it. */}
          {current && (
            <ItemFindings
              type={kind.type}
              item={current}
              mayResolve={false}
              hint="Take these out of the text and save again, or leave them for the curator to judge: publishing waits until each is resolved."
            />
          )}
          {failure && <ProblemAlert error={failure} onReload={reload} />}
          {unplaced.length > 0 && !failure && (
            <Alert color="red" variant="light" title="Also not accepted">
              <List size="sm">
                {unplaced.map((error) => (
                  <List.Item key={`${error.in}${error.pointer}`}>{error.detail}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" variant="default" loading={busy === 'save'} disabled={!mayWrite || busy !== null}>
              Save draft
            </Button>
            {maySubmit && (
              <Button
                loading={busy === 'submit'}
                disabled={busy !== null}
                onClick={() => {
                  if (!form.validate().hasErrors) setConfirming(true)
                }}
              >
                Submit for review
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Submit this ${kind.noun} for review?`} centered>
        <Stack gap="sm">
          <Text size="sm">What happens next:</Text>
          <List size="sm" spacing={4}>
            <List.Item>Your changes are saved and a curator picks it up from the review queue.</List.Item>
            <List.Item>While it is with them you can’t edit it.</List.Item>
            <List.Item>They publish it, or send it back with a note that you will see in My items.</List.Item>
          </List>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Not yet
            </Button>
            <Button onClick={() => void onSubmit()} data-autofocus>
              Submit
            </Button>
          </Group>
        </Stack>
      </Modal>
      {current && !['draft', 'changes_requested'].includes(current.status) && (
        <ReviewThread kind={kind} itemId={current.id} canReply={me.role !== 'contributor'} />
      )}
    </Stack>
  )
}
