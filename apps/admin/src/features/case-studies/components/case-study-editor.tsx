import { type CaseStudy, CaseStudyCreate, CaseStudyUpdate, type ContentLink } from '@learnonce/contracts'
import { Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useMe } from '../../auth/api/get-me'
import { kinds } from '../../content/api/kinds'
import { ClassificationFields, JourneyStageField } from '../../content/components/classification-fields'
import { ContentEditor } from '../../content/components/content-editor'
import { LinksField } from '../../content/components/links-field'
import { MarkdownField } from '../../content/components/markdown-field'
import { SitesField } from '../../content/components/site-field'

interface CaseStudyValues extends Record<string, unknown> {
  journeyStage: string | null
  title: string
  summary: string
  body: string
  outcomes: string
  themes: string[]
  careSettings: string[]
  tags: string[]
  siteIds: string[]
  links: ContentLink[]
}

function valuesOf(item: CaseStudy | undefined, defaultSites: string[]): CaseStudyValues {
  return {
    journeyStage: item?.journeyStage ?? null,
    title: item?.title ?? '',
    summary: item?.summary ?? '',
    body: item?.body ?? '',
    outcomes: item?.outcomes ?? '',
    themes: item?.themes ?? [],
    careSettings: item?.careSettings ?? [],
    tags: item?.tags ?? [],
    siteIds: item?.siteIds ?? defaultSites,
    links: item?.links ?? [],
  }
}

const toBody = ({ journeyStage, ...rest }: CaseStudyValues): Record<string, unknown> => ({
  ...rest,
  ...(journeyStage ? { journeyStage } : {}),
})

/** A case study: where on the journey first, then the story and what came of it. */
export function CaseStudyEditor({ item, onReload }: { item?: CaseStudy; onReload?: () => Promise<CaseStudy | undefined> }) {
  const { data: me } = useMe()
  const defaultSites = me.role === 'contributor' && me.siteIds.length === 1 ? me.siteIds : []
  return (
    <ContentEditor
      kind={kinds.case_study}
      item={item}
      initialValues={valuesOf(item, defaultSites)}
      schema={item ? CaseStudyUpdate : CaseStudyCreate}
      toBody={toBody}
      onReload={onReload}
    >
      {(form: UseFormReturnType<CaseStudyValues>) => (
        <>
          <JourneyStageField form={form} description="Which stage of the journey this case study is about" />
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea
            label="Summary"
            description="Two or three sentences for lists and search results"
            required
            autosize
            minRows={2}
            {...form.getInputProps('summary')}
          />
          <MarkdownField
            label="The story"
            description="What you set out to do, what you did and how"
            minRows={8}
            {...form.getInputProps('body')}
          />
          <MarkdownField
            label="Outcomes"
            description="What changed, with numbers where you have them"
            {...form.getInputProps('outcomes')}
          />
          <ClassificationFields form={form} />
          <SitesField form={form} />
          <LinksField form={form} field="links" label="Links" description="Reports, slides or pages that tell more" />
        </>
      )}
    </ContentEditor>
  )
}
