import {
  AdoptionCreate,
  type AdoptionMode,
  type AdoptionStatus,
  adoptionModes,
  adoptionStatuses,
  type Page,
  type Solution,
  type SolutionListItem,
} from '@learnonce/contracts'
import { Badge, Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../../api/client'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { RelativeTime } from '../../../components/relative-time'
import { useMe } from '../../auth/api/get-me'
import { useSiteNames } from '../../content/api/taxonomy'
import { MarkdownField } from '../../content/components/markdown-field'
import { useWritableSites } from '../../content/components/site-field'
import { adoptionsQueryOptions, recordAdoption } from '../api/adoptions'

const modeWords: Record<AdoptionMode, { label: string; hint: string; color: string }> = {
  replicate: { label: 'Replicate', hint: 'Used as it is', color: 'blue' },
  customise: { label: 'Customise', hint: 'Changed to fit the site', color: 'violet' },
  enhance: { label: 'Enhance', hint: 'Improved into a new solution', color: 'teal' },
}
const statusLabel = (status: string) => (status.charAt(0).toUpperCase() + status.slice(1)).replaceAll('_', ' ')

interface AdoptionValues extends Record<string, unknown> {
  siteId: string
  mode: AdoptionMode
  status: string
  notes: string
  producedSolutionId: string | null
}

/** With "enhance": the adopting site's own solution that came of it (the API then derives it from this one). */
function ProducedSolutionField({ form, solutionId }: { form: UseFormReturnType<AdoptionValues>; solutionId: string }) {
  const { siteId } = form.getValues()
  const own = useQuery({
    queryKey: ['solutions', 'list', { siteId, limit: 100 }],
    queryFn: ({ signal }) => api.get<Page<SolutionListItem>>(`/solutions?siteId=${siteId}&limit=100`, { signal }),
    enabled: Boolean(siteId),
  })
  const options = (own.data?.data ?? [])
    .filter((solution) => solution.id !== solutionId)
    .map((solution) => ({ value: solution.id, label: solution.title }))
  return (
    <Select
      label="The solution it produced"
      description="Your site’s improved version, if it is on the hub (it will show in the lineage)"
      placeholder={siteId ? 'Pick your site’s solution' : 'Pick the adopting site first'}
      data={options}
      searchable
      clearable
      disabled={!siteId}
      nothingFoundMessage="Your site has no other solution yet"
      {...form.getInputProps('producedSolutionId')}
    />
  )
}

/** "Record an adoption": a site of yours took this solution up, in one of three ways. */
function RecordAdoption({ solution, onClose }: { solution: Solution; onClose: () => void }) {
  const sites = useWritableSites().filter((site) => site.value !== solution.siteId)
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const form = useContractForm<AdoptionValues>({
    schema: AdoptionCreate,
    initialValues: {
      siteId: sites.length === 1 ? (sites[0]?.value ?? '') : '',
      mode: 'replicate',
      status: 'planned',
      notes: '',
      producedSolutionId: null,
    },
    toBody: ({ siteId, producedSolutionId, ...rest }) => ({
      ...rest,
      ...(siteId ? { siteId } : {}),
      ...(producedSolutionId && rest.mode === 'enhance' ? { producedSolutionId } : {}),
    }),
  })
  async function save(values: AdoptionValues) {
    setBusy(true)
    try {
      const { siteId, mode, status, notes, producedSolutionId } = values
      await recordAdoption(solution.id, {
        siteId,
        mode,
        status: status as AdoptionStatus,
        notes,
        ...(producedSolutionId && mode === 'enhance' ? { producedSolutionId } : {}),
      })
      notifications.show({
        color: 'green',
        title: 'Adoption recorded',
        message: `${modeWords[values.mode].label}: thank you for telling the hub.`,
      })
      await queryClient.invalidateQueries({ queryKey: ['solutions', 'detail', solution.id] })
      onClose()
    } catch (error) {
      applyProblemToForm(form, error)
      notifications.show({ color: 'red', title: 'The adoption was not recorded', message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }
  if (sites.length === 0) return <Text size="sm">None of your sites can adopt this solution: it is your own site’s.</Text>
  return (
    <form onSubmit={form.onSubmit((values) => void save(values))}>
      <Stack gap="sm">
        <Select label="Adopting site" data={sites} required {...form.getInputProps('siteId')} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="adoption-mode">
            How
          </Text>
          <SegmentedControl
            aria-labelledby="adoption-mode"
            data={adoptionModes.map((mode) => ({ value: mode, label: modeWords[mode].label }))}
            {...form.getInputProps('mode')}
          />
          <Text size="xs" c="dimmed">
            {modeWords[form.getValues().mode].hint}
          </Text>
        </Stack>
        {form.getValues().mode === 'enhance' && <ProducedSolutionField form={form} solutionId={solution.id} />}
        <Select
          label="Where it stands"
          data={adoptionStatuses.map((status) => ({ value: status, label: statusLabel(status) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <MarkdownField
          label="Notes"
          description="What you changed, or what others should know"
          minRows={3}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Record adoption
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Who reused it and how: the counts by mode, each site's adoption, and a way to record yours. */
export function Adoptions({ solution }: { solution: Solution }) {
  const { data: me } = useMe()
  const query = useQuery(adoptionsQueryOptions(solution.id))
  const { name } = useSiteNames()
  const [recording, setRecording] = useState(false)
  const mayRecord = solution.status === 'published' && (me.role !== 'contributor' || me.siteIds.some((id) => id !== solution.siteId))
  return (
    <Stack gap="xs" component="section" aria-labelledby="adoptions">
      <Group justify="space-between">
        <Title order={2} size="h4" id="adoptions">
          Adoptions
        </Title>
        {mayRecord && (
          <Button size="xs" variant="light" onClick={() => setRecording(true)}>
            Record an adoption
          </Button>
        )}
      </Group>
      <Group gap="xs" role="group" aria-label="Adoptions by mode">
        {adoptionModes.map((mode) => (
          <Badge key={mode} size="lg" variant="light" color={modeWords[mode].color}>
            {modeWords[mode].label}: {solution.adoptionsByMode[mode]}
          </Badge>
        ))}
      </Group>
      {query.isPending && <LoadingSkeleton rows={2} label="Loading adoptions" />}
      {query.isError && <ErrorState error={query.error} title="Adoptions could not be loaded" onRetry={query.refetch} />}
      {query.data?.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No site has recorded adopting it yet{mayRecord ? ' — has yours?' : '.'}
        </Text>
      )}
      {query.data && query.data.data.length > 0 && (
        <Table aria-label="Adoptions by site">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Site</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Where it stands</Table.Th>
              <Table.Th>Recorded</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.data.map((adoption) => (
              <Table.Tr key={adoption.id}>
                <Table.Td>{name(adoption.siteId)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={modeWords[adoption.mode].color}>
                    {modeWords[adoption.mode].label}
                  </Badge>
                </Table.Td>
                <Table.Td>{statusLabel(adoption.status)}</Table.Td>
                <Table.Td>
                  <RelativeTime value={adoption.createdAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={recording} onClose={() => setRecording(false)} title={`Record an adoption of “${solution.title}”`} size="lg">
        {recording && <RecordAdoption solution={solution} onClose={() => setRecording(false)} />}
      </Modal>
    </Stack>
  )
}
