import type { Lesson } from '@learnonce/contracts'
import { Text } from '@mantine/core'
import { kinds } from '../../content/api/kinds'
import { ContentDetail, LinkList, RelatedItems, Section } from '../../content/components/content-detail'
import { reflectionQuestions } from '../components/lesson-editor'

/** Route module: a lesson as a reader meets it, the three questions first. */
export function Component() {
  return (
    <ContentDetail<Lesson> kind={kinds.lesson}>
      {(lesson) => (
        <>
          <Text size="lg">{lesson.summary}</Text>
          {reflectionQuestions.map((question) => (
            <Section key={question.field} title={question.label} markdown={lesson[question.field]} />
          ))}
          <Section title="Context" markdown={lesson.context} />
          <LinkList title="Links" links={lesson.links} />
          <RelatedItems
            groups={[
              { type: 'solution', ids: lesson.relatedSolutionIds },
              { type: 'case_study', ids: lesson.relatedCaseStudyIds },
            ]}
          />
        </>
      )}
    </ContentDetail>
  )
}
