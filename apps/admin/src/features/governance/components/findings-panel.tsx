import { type Finding, findingKindLabels } from '@learnonce/contracts'
import { Badge, Button, Group, Mark, Modal, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { RelativeTime } from '../../../components/relative-time'
import { maskedExcerpt, textAt } from './masked-excerpt'

const fieldLabels: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  problem: 'Problem',
  context: 'Context',
  wentWell: 'What went well?',
  didNotGoWell: 'What did not go well?',
  doDifferently: 'What would you do differently?',
  body: 'The story',
  outcomes: 'Outcomes',
  description: 'What it is',
  howToAdopt: 'How to adopt it',
}

/** "What went well?", "Link 2 title": where a finding is, as the reader of the item knows the field. */
export function fieldLabel(pointer: string): string {
  const [, field = '', index, part] = pointer.split('/')
  if (index !== undefined && part === 'title') return `${field === 'artefacts' ? 'Artefact' : 'Link'} ${Number(index) + 1} title`
  return fieldLabels[field] ?? field
}

const statusText: Record<Finding['status'], string> = { open: 'Open', fixed: 'Fixed', not_personal: 'Not personal' }

export interface FindingsPanelProps {
  /** The item as read: its fields hold the text the findings point into. */
  item: object
  findings: readonly Finding[]
  /** Curators resolve; contributors see what to fix. */
  onResolve?: (finding: Finding, resolution: 'fixed' | 'not_personal', note?: string) => Promise<unknown>
  resolving?: string | null
}

/**
 * What may identify a person in the item's text: each finding with its kind, its field and the words
 * around it, the value masked and highlighted. Open ones first, each with the resolve actions when
 * the reader may resolve.
 */
export function FindingsPanel({ item, findings, onResolve, resolving = null }: FindingsPanelProps) {
  const [judging, setJudging] = useState<Finding | null>(null)
  const [note, setNote] = useState('')

  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing in the text looks like personal data.
      </Text>
    )
  }
  return (
    <Stack gap="sm">
      {findings.map((finding) => (
        <Paper
          key={finding.id}
          withBorder
          p="sm"
          radius="sm"
          component="article"
          aria-label={`${findingKindLabels[finding.kind]} in ${fieldLabel(finding.field)}`}
          bg={finding.status === 'open' ? 'var(--mantine-color-yellow-light)' : undefined}
        >
          <Stack gap={6}>
            <Group gap="xs" justify="space-between">
              <Group gap="xs">
                <Badge color={finding.status === 'open' ? 'orange' : 'gray'} variant="light" radius="sm" size="sm">
                  {statusText[finding.status]}
                </Badge>
                <Text size="sm" fw={500}>
                  {findingKindLabels[finding.kind].replace(/^./, (first) => first.toUpperCase())}
                </Text>
                <Text size="xs" c="dimmed">
                  in {fieldLabel(finding.field)}
                </Text>
              </Group>
              {finding.resolvedAt && (
                <Text size="xs" c="dimmed">
                  {finding.resolvedByName ?? 'Someone'} · <RelativeTime value={finding.resolvedAt} />
                </Text>
              )}
            </Group>
            {finding.status === 'open' && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {maskedExcerpt(textAt(item, finding.field), finding, findings).map((part, index) =>
                  part.finding === 'own' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder
                    <Mark key={index} color="orange">
                      {part.text}
                    </Mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one excerpt never reorder
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </Text>
            )}
            {finding.status !== 'open' && (
              <Text size="sm" c="dimmed">
                {finding.preview}
                {finding.note ? ` — ${finding.note}` : ''}
              </Text>
            )}
            {finding.status === 'open' && onResolve && (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setNote('')
                    setJudging(finding)
                  }}
                  disabled={resolving !== null}
                >
                  Mark not personal…
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  loading={resolving === finding.id}
                  disabled={resolving !== null}
                  onClick={() => void onResolve(finding, 'fixed').catch(() => {})}
                  title="After the item was edited to remove it"
                >
                  Mark fixed
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      <Modal opened={judging !== null} onClose={() => setJudging(null)} title="Mark as not personal" centered>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (!judging || !onResolve || !note.trim()) return
            void onResolve(judging, 'not_personal', note.trim())
              .then(() => setJudging(null))
              .catch(() => {})
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              Say why this {judging ? findingKindLabels[judging.kind] : 'finding'} does not identify anyone: the note is kept in the item’s
              history.
            </Text>
            <Textarea
              label="Why it is not personal"
              required
              autosize
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setJudging(null)}>
                Cancel
              </Button>
              <Button type="submit" disabled={!note.trim()} loading={resolving !== null}>
                Mark not personal
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  )
}
