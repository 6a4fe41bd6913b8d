import {
  type Region,
  regions,
  type Site,
  type SiteCreate,
  SiteCreate as SiteCreateSchema,
  type SiteKind,
  type SiteUpdate,
  SiteUpdate as SiteUpdateSchema,
  siteKinds,
} from '@learnonce/contracts'
import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { useSaveSite } from '../api/sites'
import { regionLabels, siteKindLabels } from './site-labels'

interface Values extends Record<string, unknown> {
  name: string
  slug: string
  kind: SiteKind | null
  region: Region | null
  odsCode: string
  website: string
  contactEmail: string
}

/** Blank optional fields: left out of a new site, cleared (null) on an existing one. */
function toBody(site: Site | null, values: Values): SiteCreate | SiteUpdate {
  const optional = (value: string) => (value.trim() === '' ? (site ? null : undefined) : value.trim())
  const body = {
    name: values.name.trim(),
    slug: values.slug.trim() || undefined,
    kind: values.kind ?? undefined,
    region: values.region ?? undefined,
    odsCode: optional(values.odsCode.toUpperCase()),
    website: optional(values.website),
    contactEmail: optional(values.contactEmail),
  }
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as SiteCreate | SiteUpdate
}

export function SiteForm({ site, onDone }: { site: Site | null; onDone: () => void }) {
  const save = useSaveSite()
  const [failure, setFailure] = useState<Error | null>(null)
  const form = useContractForm<Values>({
    schema: site ? SiteUpdateSchema : SiteCreateSchema,
    toBody: (values) => toBody(site, values),
    initialValues: {
      name: site?.name ?? '',
      slug: site?.slug ?? '',
      kind: site?.kind ?? null,
      region: site?.region ?? null,
      odsCode: site?.odsCode ?? '',
      website: site?.website ?? '',
      contactEmail: site?.contactEmail ?? '',
    },
  })
  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(
      { id: site?.id ?? null, body: toBody(site, values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: site ? 'Site saved' : 'Site created', message: saved.name })
          onDone()
        },
        onError: (error) => {
          const rest = applyProblemToForm(form, error)
          const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
          if (!placedAny || rest.length > 0) setFailure(error)
          notifications.show({ color: 'red', title: 'The site was not saved', message: error.message })
        },
      },
    )
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && <ErrorState error={failure} title="The site was not saved" />}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Slug" description="Made from the name when left empty" {...form.getInputProps('slug')} />
        <Select
          label="Kind"
          required
          data={siteKinds.map((kind) => ({ value: kind, label: siteKindLabels[kind] }))}
          {...form.getInputProps('kind')}
        />
        <Select
          label="Region"
          required
          data={regions.map((region) => ({ value: region, label: regionLabels[region] }))}
          {...form.getInputProps('region')}
        />
        <TextInput label="ODS code" description="The NHS organisation code, e.g. RX1" {...form.getInputProps('odsCode')} />
        <TextInput label="Website" type="url" placeholder="https://" {...form.getInputProps('website')} />
        <TextInput label="Contact email" type="email" {...form.getInputProps('contactEmail')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {site ? 'Save changes' : 'Create site'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
