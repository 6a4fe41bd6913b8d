import { type ContentLink, maturities, type Solution, SolutionCreate, SolutionUpdate } from '@learnonce/contracts'
import { Select, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useMe } from '../../auth/api/get-me'
import { kinds } from '../../content/api/kinds'
import { ClassificationFields } from '../../content/components/classification-fields'
import { ContentEditor } from '../../content/components/content-editor'
import { LinksField } from '../../content/components/links-field'
import { MarkdownField } from '../../content/components/markdown-field'
import { SiteField } from '../../content/components/site-field'
import { usePublishedSolutions } from '../api/published-solutions'

interface SolutionValues extends Record<string, unknown> {
  title: string
  problem: string
  description: string
  howToAdopt: string
  maturity: string
  derivedFromId: string | null
  artefacts: ContentLink[]
  themes: string[]
  careSettings: string[]
  tags: string[]
  siteId: string
}

const maturityOptions = maturities.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }))

function valuesOf(item: Solution | undefined, defaultSite: string): SolutionValues {
  return {
    title: item?.title ?? '',
    problem: item?.problem ?? '',
    description: item?.description ?? '',
    howToAdopt: item?.howToAdopt ?? '',
    maturity: item?.maturity ?? 'idea',
    derivedFromId: item?.derivedFromId ?? null,
    artefacts: item?.artefacts ?? [],
    themes: item?.themes ?? [],
    careSettings: item?.careSettings ?? [],
    tags: item?.tags ?? [],
    siteId: item?.siteId ?? defaultSite,
  }
}

function toBody(editing: boolean) {
  return ({ siteId, derivedFromId, ...rest }: SolutionValues): Record<string, unknown> => ({
    ...rest,
    ...(siteId ? { siteId } : {}),
    // Clearing "derived from" on an edit is a change to send; on a new solution it is just left out.
    ...(derivedFromId ? { derivedFromId } : editing ? { derivedFromId: null } : {}),
  })
}

/** "Derived from": a searchable pick among published solutions (never the solution itself). */
function DerivedFromField({ form, selfId }: { form: UseFormReturnType<SolutionValues>; selfId?: string }) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const { data, isFetching } = usePublishedSolutions(q.length >= 2 ? q : undefined)
  const chosen = form.getValues().derivedFromId
  const options = (data?.data ?? [])
    .filter((solution) => solution.id !== selfId)
    .map((solution) => ({ value: solution.id, label: solution.title }))
  if (chosen && !options.some((option) => option.value === chosen)) options.unshift({ value: chosen, label: 'The solution chosen before' })
  return (
    <Select
      label="Derived from"
      description="The published solution this one builds on, if any: it will show in both lineages"
      placeholder="Search published solutions"
      data={options}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={isFetching ? 'Searching…' : 'No published solution matches'}
      {...form.getInputProps('derivedFromId')}
    />
  )
}

/** A solution: the problem it answers, how to adopt it, the artefacts others need, and where it came from. */
export function SolutionEditor({ item, onReload }: { item?: Solution; onReload?: () => Promise<Solution | undefined> }) {
  const { data: me } = useMe()
  const defaultSite = me.role === 'contributor' && me.siteIds.length === 1 ? (me.siteIds[0] ?? '') : ''
  return (
    <ContentEditor
      kind={kinds.solution}
      item={item}
      initialValues={valuesOf(item, defaultSite)}
      schema={item ? SolutionUpdate : SolutionCreate}
      toBody={toBody(Boolean(item))}
      onReload={onReload}
    >
      {(form: UseFormReturnType<SolutionValues>) => (
        <>
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea
            label="The problem it solves"
            description="Who has this problem and what it costs them, in two or three sentences"
            required
            autosize
            minRows={2}
            {...form.getInputProps('problem')}
          />
          <MarkdownField
            label="Description"
            description="What the solution is and how it works"
            minRows={6}
            {...form.getInputProps('description')}
          />
          <MarkdownField
            label="How to adopt it"
            description="The steps another site takes, and what it needs"
            {...form.getInputProps('howToAdopt')}
          />
          <LinksField
            form={form}
            field="artefacts"
            label="Artefacts"
            description="Templates, agreements and toolkits another site can reuse"
          />
          <Select label="Maturity" data={maturityOptions} allowDeselect={false} {...form.getInputProps('maturity')} />
          <DerivedFromField form={form} selfId={item?.id} />
          <ClassificationFields form={form} />
          <SiteField form={form} />
        </>
      )}
    </ContentEditor>
  )
}
