import { MultiSelect, Select } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useMe } from '../../auth/api/get-me'
import { useSiteNames } from '../api/taxonomy'

/** The sites the signed-in person may write for: a contributor's own; curators and admins any site. */
export function useWritableSites() {
  const { data: me } = useMe()
  const { sites, name } = useSiteNames()
  if (me.role === 'contributor') return me.siteIds.map((id) => ({ value: id, label: name(id) }))
  return sites.map((site) => ({ value: site.id, label: site.name }))
}

/** One site (lessons, solutions). */
export function SiteField<V extends Record<string, unknown>>({ form, field = 'siteId' }: { form: UseFormReturnType<V>; field?: string }) {
  const options = useWritableSites()
  return (
    <Select
      label="Site"
      description="The site whose work this is"
      placeholder="Pick your site"
      data={options}
      required
      searchable={options.length > 8}
      {...form.getInputProps(field)}
    />
  )
}

/** One or more sites (case studies). */
export function SitesField<V extends Record<string, unknown>>({ form, field = 'siteIds' }: { form: UseFormReturnType<V>; field?: string }) {
  const options = useWritableSites()
  return (
    <MultiSelect
      label="Sites"
      description="Every site whose work this was"
      placeholder="Pick sites"
      data={options}
      required
      searchable
      {...form.getInputProps(field)}
    />
  )
}
