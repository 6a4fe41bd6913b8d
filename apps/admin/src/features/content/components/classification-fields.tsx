import { careSettings as careSettingSlugs, journeyStages as journeyStageSlugs } from '@learnonce/contracts'
import { MultiSelect, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTaxonomy } from '../api/taxonomy'

export interface ClassifiedValues {
  themes: string[]
  careSettings: string[]
  tags: string[]
  [key: string]: unknown
}

const label = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll('_', ' ')

/** The journey stages, named by the taxonomy once it has loaded (and by their slugs until then). */
export function useJourneyStageOptions() {
  const { data } = useTaxonomy()
  return data
    ? data.journeyStages.map((stage) => ({ value: stage.slug, label: stage.name }))
    : journeyStageSlugs.map((slug) => ({ value: slug, label: label(slug) }))
}

/** The journey stage picker (a case study puts it first; a lesson keeps it with the rest). */
export function JourneyStageField<V extends ClassifiedValues>({ form, description }: { form: UseFormReturnType<V>; description?: string }) {
  const options = useJourneyStageOptions()
  return (
    <Select
      label="Journey stage"
      description={description}
      placeholder="Where on the journey"
      data={options}
      clearable
      {...form.getInputProps('journeyStage')}
    />
  )
}

/** Themes, care settings and tags, offered from GET /v1/taxonomy (retired themes are not offered). */
export function ClassificationFields<V extends ClassifiedValues>({ form }: { form: UseFormReturnType<V> }) {
  const { data, isLoading } = useTaxonomy()
  const themes = (data?.themes ?? []).map((theme) => ({ value: theme.slug, label: theme.name }))
  const settings = data
    ? data.careSettings.map((term) => ({ value: term.slug, label: term.name }))
    : careSettingSlugs.map((slug) => ({ value: slug, label: label(slug) }))
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Themes"
          placeholder={isLoading ? 'Loading themes…' : 'Pick themes'}
          data={themes}
          searchable
          clearable
          maxValues={10}
          {...form.getInputProps('themes')}
        />
        <MultiSelect
          label="Care settings"
          placeholder="Pick care settings"
          data={settings}
          clearable
          {...form.getInputProps('careSettings')}
        />
      </SimpleGrid>
      <TagsInput
        label="Tags"
        description="Free words that help people find it; press Enter after each"
        maxTags={20}
        clearable
        {...form.getInputProps('tags')}
      />
    </Stack>
  )
}
