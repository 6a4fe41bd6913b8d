import { type ContentLink, type Lesson, LessonCreate, LessonUpdate } from '@learnonce/contracts'
import { Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useMe } from '../../auth/api/get-me'
import { kinds } from '../../content/api/kinds'
import { ClassificationFields, JourneyStageField } from '../../content/components/classification-fields'
import { ContentEditor, type SaveDraft } from '../../content/components/content-editor'
import { LinksField } from '../../content/components/links-field'
import { MarkdownField } from '../../content/components/markdown-field'
import { SiteField } from '../../content/components/site-field'

export interface LessonValues extends Record<string, unknown> {
  title: string
  wentWell: string
  didNotGoWell: string
  doDifferently: string
  summary: string
  context: string
  journeyStage: string | null
  themes: string[]
  careSettings: string[]
  tags: string[]
  siteId: string
  links: ContentLink[]
}

/** The three questions every lesson answers, each with the hint that gets a useful answer. */
export const reflectionQuestions = [
  { field: 'wentWell', label: 'What went well?', hint: 'What worked, and why you think it did.' },
  { field: 'didNotGoWell', label: 'What did not go so well?', hint: 'What got in the way, and what it cost you.' },
  { field: 'doDifferently', label: 'What would you do differently?', hint: 'The advice you would give a site starting now.' },
] as const

function valuesOf(lesson: Lesson | undefined, defaultSite: string): LessonValues {
  return {
    title: lesson?.title ?? '',
    wentWell: lesson?.wentWell ?? '',
    didNotGoWell: lesson?.didNotGoWell ?? '',
    doDifferently: lesson?.doDifferently ?? '',
    summary: lesson?.summary ?? '',
    context: lesson?.context ?? '',
    journeyStage: lesson?.journeyStage ?? null,
    themes: lesson?.themes ?? [],
    careSettings: lesson?.careSettings ?? [],
    tags: lesson?.tags ?? [],
    siteId: lesson?.siteId ?? defaultSite,
    links: lesson?.links ?? [],
  }
}

/** The body POST/PATCH /v1/lessons takes: an unpicked site or stage is left out, not sent blank. */
function toBody({ siteId, journeyStage, ...rest }: LessonValues): Record<string, unknown> {
  return { ...rest, ...(siteId ? { siteId } : {}), ...(journeyStage ? { journeyStage } : {}) }
}

/** "What did we learn?" — the lesson form, reflection questions first. */
export function LessonEditor({
  lesson,
  onReload,
  save,
}: {
  lesson?: Lesson
  onReload?: () => Promise<Lesson | undefined>
  save?: SaveDraft
}) {
  const { data: me } = useMe()
  const defaultSite = me.role === 'contributor' && me.siteIds.length === 1 ? (me.siteIds[0] ?? '') : ''
  return (
    <ContentEditor
      kind={kinds.lesson}
      item={lesson}
      initialValues={valuesOf(lesson, defaultSite)}
      schema={lesson ? LessonUpdate : LessonCreate}
      toBody={toBody}
      onReload={onReload}
      save={save}
    >
      {(form: UseFormReturnType<LessonValues>) => (
        <>
          <TextInput
            label="Title"
            description="The lesson in one sentence, as a reader would search for it"
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          {reflectionQuestions.map((question) => (
            <MarkdownField
              key={question.field}
              label={question.label}
              description={question.hint}
              {...form.getInputProps(question.field)}
            />
          ))}
          <Textarea
            label="Summary"
            description="Two or three sentences for lists and search results"
            required
            autosize
            minRows={2}
            {...form.getInputProps('summary')}
          />
          <MarkdownField
            label="Context"
            description="Where and when this happened, and who was involved"
            {...form.getInputProps('context')}
          />
          <JourneyStageField form={form} description="How far along the work was" />
          <ClassificationFields form={form} />
          <SiteField form={form} />
          <LinksField form={form} field="links" label="Links" description="Documents, slides or pages that tell more" />
        </>
      )}
    </ContentEditor>
  )
}
