import { type AvailableAction, Uuid, type WorkflowAction, type WorkflowActionBody, WorkflowNote } from '@learnonce/contracts'
import { Button, type ButtonProps, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { type TSchema, Type } from 'typebox'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { isConflict } from '../../../components/problem-alert'

export interface DuplicateCandidate {
  id: string
  title: string
}

export interface ActionBarProps {
  /** The actions the API says are open now (GET /{type}/{id}/actions), in its order. */
  actions: readonly AvailableAction[]
  /** Takes one action; rejects with the API's error, which the dialog shows on its fields. */
  onAct: (action: WorkflowAction, body: WorkflowActionBody) => Promise<unknown>
  /** The action being sent, if any (its button spins, the others wait). */
  pending?: WorkflowAction | null
  /** Items this one may duplicate (similar items of the same kind), offered when marking a duplicate. */
  duplicateCandidates?: readonly DuplicateCandidate[]
}

const looks: Partial<Record<WorkflowAction, Pick<ButtonProps, 'color' | 'variant'>>> = {
  publish: { color: 'green', variant: 'filled' },
  claim: { variant: 'filled' },
  submit: { variant: 'filled' },
  'request-changes': { color: 'orange', variant: 'light' },
  reject: { color: 'red', variant: 'light' },
  'mark-duplicate': { color: 'grape', variant: 'light' },
}

/** An action opens a dialog when the API says it needs a note or names an original. */
const needsDialog = (action: AvailableAction) => action.note === 'required' || action.needsDuplicateOf

/**
 * The workflow's buttons for this item now: exactly the actions the API answered, labelled as it
 * labels them. Those that need a note (or an original) open a small dialog first.
 */
export function ActionBar({ actions, onAct, pending = null, duplicateCandidates = [] }: ActionBarProps) {
  const [dialog, setDialog] = useState<AvailableAction | null>(null)
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No workflow action is open to you on this item now.
      </Text>
    )
  }
  return (
    <>
      <Group gap="xs" role="toolbar" aria-label="Workflow actions">
        {actions.map((available) => (
          <Button
            key={available.action}
            size="sm"
            variant="default"
            {...looks[available.action]}
            loading={pending === available.action}
            disabled={pending !== null && pending !== available.action}
            onClick={() => (needsDialog(available) ? setDialog(available) : void onAct(available.action, {}).catch(() => {}))}
          >
            {needsDialog(available) ? `${available.label}…` : available.label}
          </Button>
        ))}
      </Group>
      {dialog && (
        <ActionDialog
          action={dialog}
          candidates={duplicateCandidates}
          onClose={() => setDialog(null)}
          onAct={async (body) => {
            try {
              await onAct(dialog.action, body)
              setDialog(null)
            } catch (error) {
              // The item changed under the curator: the screen's conflict alert says so, not this dialog.
              if (isConflict(error)) setDialog(null)
              else throw error
            }
          }}
        />
      )}
    </>
  )
}

interface DialogValues extends Record<string, unknown> {
  note: string
  duplicateOfId: string
}

// The body's schema for what the action needs, made once per shape so the form's compiled checker is reused.
const schemas = new Map<string, TSchema>()
function bodySchema(action: AvailableAction): TSchema {
  const key = `${action.note}:${action.needsDuplicateOf}`
  let schema = schemas.get(key)
  if (!schema) {
    schema = Type.Object({
      note: action.note === 'required' ? WorkflowNote : Type.Optional(WorkflowNote),
      ...(action.needsDuplicateOf ? { duplicateOfId: Uuid } : {}),
    })
    schemas.set(key, schema)
  }
  return schema
}

const toBody = (action: AvailableAction) => (values: DialogValues) => ({
  ...(values.note.trim() ? { note: values.note } : {}),
  ...(action.needsDuplicateOf && values.duplicateOfId ? { duplicateOfId: values.duplicateOfId } : {}),
})

function ActionDialog({
  action,
  candidates,
  onAct,
  onClose,
}: {
  action: AvailableAction
  candidates: readonly DuplicateCandidate[]
  onAct: (body: WorkflowActionBody) => Promise<void>
  onClose: () => void
}) {
  const form = useContractForm<DialogValues>({
    schema: bodySchema(action),
    toBody: toBody(action),
    initialValues: { note: '', duplicateOfId: '' },
  })
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<Error | null>(null)

  async function submit(values: DialogValues) {
    setSending(true)
    setFailure(null)
    try {
      await onAct(toBody(action)(values))
    } catch (error) {
      const unplaced = applyProblemToForm(form, error)
      if (error instanceof Error && (unplaced.length > 0 || !(error instanceof ApiError) || !error.problem.errors?.length))
        setFailure(error)
    } finally {
      setSending(false)
    }
  }

  const noteLabel = action.note === 'required' ? 'Note for the contributor' : 'Note (optional)'
  return (
    <Modal opened onClose={onClose} title={action.label} size="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {failure && <ErrorState error={failure} title={`Could not ${action.label.toLowerCase()}`} />}
          {action.needsDuplicateOf && (
            <Select
              label="Original"
              description="The item this one tells again"
              placeholder={candidates.length ? 'Choose one of the similar items' : 'No similar item of this kind'}
              data={candidates.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
              withAsterisk
              searchable
              {...form.getInputProps('duplicateOfId')}
            />
          )}
          <Textarea
            label={noteLabel}
            description={action.note === 'required' ? 'Say what to change and why; the contributor reads this.' : undefined}
            withAsterisk={action.note === 'required'}
            autosize
            minRows={4}
            maxRows={12}
            data-autofocus
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={sending} {...looks[action.action]} variant="filled">
              {action.label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
