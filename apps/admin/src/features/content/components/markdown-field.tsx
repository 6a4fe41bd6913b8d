import { Input, Paper, Tabs, Text, Textarea } from '@mantine/core'
import { useId, useState } from 'react'
import { Markdown } from '../../../components/markdown'

export interface MarkdownFieldProps {
  label: string
  /** One line under the label saying what belongs here. */
  description?: string
  value?: string
  /** A value or a change event (what @mantine/form's getInputProps hands over). */
  onChange: (value: string) => void
  onBlur?: () => void
  error?: React.ReactNode
  minRows?: number
  required?: boolean
}

/** A Markdown text with Write and Preview tabs; the preview is the shared renderer readers see. */
export function MarkdownField({ label, description, value = '', onChange, onBlur, error, minRows = 4, required }: MarkdownFieldProps) {
  const [tab, setTab] = useState<string | null>('write')
  const id = useId()
  return (
    <Input.Wrapper label={label} description={description} error={error} required={required} id={`${id}-wrapper`}>
      <Tabs value={tab} onChange={setTab} variant="outline" mt={4} keepMounted={false}>
        <Tabs.List aria-label={`${label}: write or preview`}>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            aria-label={label}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            onBlur={onBlur}
            error={Boolean(error)}
            autosize
            minRows={minRows}
            maxRows={24}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Markdown: **bold**, *italic*, - lists, [links](https://…)
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper withBorder p="sm" mih={80} aria-label={`${label} preview`} role="region">
            {value.trim() ? <Markdown>{value}</Markdown> : <Text c="dimmed">Nothing to preview yet.</Text>}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  )
}
