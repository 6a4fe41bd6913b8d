import type { CaseStudy } from '@learnonce/contracts'
import { Text } from '@mantine/core'
import { kinds } from '../../content/api/kinds'
import { ContentDetail, LinkList, RelatedItems, Section } from '../../content/components/content-detail'

/** Route module: a case study as a reader meets it. */
export function Component() {
  return (
    <ContentDetail<CaseStudy> kind={kinds.case_study}>
      {(item) => (
        <>
          <Text size="lg">{item.summary}</Text>
          <Section title="The story" markdown={item.body} />
          <Section title="Outcomes" markdown={item.outcomes} />
          <LinkList title="Links" links={item.links} />
          <RelatedItems
            groups={[
              { type: 'lesson', ids: item.relatedLessonIds },
              { type: 'solution', ids: item.relatedSolutionIds },
            ]}
          />
        </>
      )}
    </ContentDetail>
  )
}
