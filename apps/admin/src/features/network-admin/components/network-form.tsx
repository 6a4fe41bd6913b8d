import {
  type Network,
  type NetworkAccess,
  type NetworkCreate,
  NetworkCreate as NetworkCreateSchema,
  type NetworkStatus,
  type NetworkUpdate,
  NetworkUpdate as NetworkUpdateSchema,
  networkStatuses,
  type Site,
  type User,
} from '@learnonce/contracts'
import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ProblemAlert } from '../../../components/problem-alert'
import { useSaveNetwork } from '../api/networks'

export const networkStatusLabels: Record<NetworkStatus, string> = { forming: 'Forming', active: 'Active', closed: 'Closed' }

interface Values extends Record<string, unknown> {
  name: string
  slug: string
  purpose: string
  description: string
  status: NetworkStatus
  access: NetworkAccess
  leadSiteIds: string[]
  memberSiteIds: string[]
  coordinatorIds: string[]
}

/** The form's two site pickers as the API's one member list; a site picked as both is a lead. */
function membersOf(values: Values): Network['members'] {
  const leads = values.leadSiteIds.map((siteId) => ({ siteId, role: 'lead' as const }))
  const members = values.memberSiteIds
    .filter((id) => !values.leadSiteIds.includes(id))
    .map((siteId) => ({ siteId, role: 'member' as const }))
  return [...leads, ...members]
}

function toBody(network: Network | null, values: Values): NetworkCreate | NetworkUpdate {
  return {
    name: values.name.trim(),
    purpose: values.purpose.trim(),
    description: values.description,
    status: values.status,
    access: values.access,
    members: membersOf(values),
    coordinatorIds: values.coordinatorIds,
    ...(!network && values.slug.trim() ? { slug: values.slug.trim() } : {}),
  }
}

export function NetworkForm({
  network,
  sites,
  people,
  onDone,
  onReload,
}: {
  network: Network | null
  sites: readonly Site[]
  people: readonly User[]
  onDone: (saved: Network | null) => void
  onReload: () => unknown
}) {
  const save = useSaveNetwork()
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: network ? NetworkUpdateSchema : NetworkCreateSchema,
    toBody: (values) => toBody(network, values),
    initialValues: {
      name: network?.name ?? '',
      slug: network?.slug ?? '',
      purpose: network?.purpose ?? '',
      description: network?.description ?? '',
      status: network?.status ?? 'forming',
      access: network?.access ?? 'open',
      leadSiteIds: network?.members.filter((member) => member.role === 'lead').map((member) => member.siteId) ?? [],
      memberSiteIds: network?.members.filter((member) => member.role === 'member').map((member) => member.siteId) ?? [],
      coordinatorIds: network?.coordinatorIds ?? [],
    },
  })
  const siteData = sites.map((site) => ({ value: site.id, label: site.name }))
  const peopleData = people
    .filter((person) => person.role !== 'contributor' || network?.coordinatorIds.includes(person.id))
    .map((person) => ({ value: person.id, label: person.name }))
  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(
      { network, body: toBody(network, values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: network ? 'Network saved' : 'Network created', message: saved.name })
          onDone(saved)
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error)
          const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
          if (!placedAny || rest.length > 0) setFailure(error)
          notifications.show({ color: 'red', title: 'The network was not saved', message: error.message })
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && <ProblemAlert error={failure} onReload={onReload} />}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        {!network && <TextInput label="Slug" description="Made from the name when left empty" {...form.getInputProps('slug')} />}
        <Textarea
          label="Purpose"
          description="One or two sentences: why the network exists"
          required
          autosize
          minRows={2}
          {...form.getInputProps('purpose')}
        />
        <Textarea label="Description" description="Markdown" autosize minRows={4} {...form.getInputProps('description')} />
        <Select
          label="Status"
          allowDeselect={false}
          data={networkStatuses.map((status) => ({ value: status, label: networkStatusLabels[status] }))}
          {...form.getInputProps('status')}
        />
        <Select
          label="Who reads the library, discussions and news"
          allowDeselect={false}
          data={[
            { value: 'open', label: 'Anyone signed in' },
            { value: 'members', label: 'Members only (people at member sites, coordinators, curators)' },
          ]}
          {...form.getInputProps('access')}
        />
        <MultiSelect
          label="Lead sites"
          description="The sites that run the network"
          searchable
          data={siteData}
          {...form.getInputProps('leadSiteIds')}
        />
        <MultiSelect
          label="Member sites"
          searchable
          data={siteData}
          {...form.getInputProps('memberSiteIds')}
          error={form.errors.members ?? form.errors.memberSiteIds}
        />
        <MultiSelect
          label="Coordinators"
          description="Curators and admins who look after it"
          searchable
          data={peopleData}
          {...form.getInputProps('coordinatorIds')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {network ? 'Save changes' : 'Create network'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
