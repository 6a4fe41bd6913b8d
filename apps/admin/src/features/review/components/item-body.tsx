import { type CaseStudy, type ContentLink, type ContentType, isFileLink, type Lesson, type Solution } from '@learnonce/contracts'
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core'
import { Markdown } from '../../../components/markdown'
import { FileLink } from '../../files/components/file-link'
import type { ContentItem } from '../api/review'

interface Section {
  heading: string
  markdown: string
}

/**
 * An item's text in the order a reader needs it: for a lesson the three reflection questions come
 * first, then the context; a case study's story before its outcomes; a solution's problem, what it
 * is, then how to adopt it.
 */
function sectionsOf(type: ContentType, item: ContentItem): Section[] {
  switch (type) {
    case 'lesson': {
      const lesson = item as Lesson
      return [
        { heading: 'What went well?', markdown: lesson.wentWell },
        { heading: 'What did not go well?', markdown: lesson.didNotGoWell },
        { heading: 'What would you do differently?', markdown: lesson.doDifferently },
        { heading: 'Context', markdown: lesson.context },
      ]
    }
    case 'case_study': {
      const study = item as CaseStudy
      return [
        { heading: 'The story', markdown: study.body },
        { heading: 'Outcomes', markdown: study.outcomes },
      ]
    }
    case 'solution': {
      const solution = item as Solution
      return [
        { heading: 'What it is', markdown: solution.description },
        { heading: 'How to adopt it', markdown: solution.howToAdopt },
      ]
    }
  }
}

const summaryOf = (item: ContentItem): string => ('problem' in item ? item.problem : item.summary)
const linksOf = (item: ContentItem): ContentLink[] => ('artefacts' in item ? item.artefacts : item.links)
const words = (slug: string) => slug.replaceAll('_', ' ').replaceAll('-', ' ')

export interface ItemBodyProps {
  type: ContentType
  item: ContentItem
  /** Heading level of the section titles (the compare view nests them deeper). */
  headingOrder?: 2 | 3 | 4
}

/** The item rendered for reading: summary, its sections from Markdown, classification and links. */
export function ItemBody({ type, item, headingOrder = 2 }: ItemBodyProps) {
  const links = linksOf(item)
  const stage = 'journeyStage' in item ? item.journeyStage : null
  return (
    <Stack gap="md">
      <Text fw={500}>{summaryOf(item)}</Text>
      <Group gap={6}>
        {stage && (
          <Badge variant="outline" radius="sm" size="sm">
            {words(stage)}
          </Badge>
        )}
        {'maturity' in item && (
          <Badge variant="outline" radius="sm" size="sm">
            {item.maturity}
          </Badge>
        )}
        {item.themes.map((theme) => (
          <Badge key={theme} variant="light" radius="sm" size="sm">
            {words(theme)}
          </Badge>
        ))}
        {item.careSettings.map((setting) => (
          <Badge key={setting} variant="light" color="gray" radius="sm" size="sm">
            {words(setting)}
          </Badge>
        ))}
        {item.tags.map((tag) => (
          <Badge key={tag} variant="default" radius="sm" size="sm">
            #{tag}
          </Badge>
        ))}
      </Group>
      {sectionsOf(type, item).map((section) => (
        <Stack key={section.heading} gap={4}>
          <Title order={headingOrder} size="h5">
            {section.heading}
          </Title>
          {section.markdown.trim() ? (
            <Markdown>{section.markdown}</Markdown>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              Not answered yet.
            </Text>
          )}
        </Stack>
      ))}
      {links.length > 0 && (
        <Stack gap={4}>
          <Title order={headingOrder} size="h5">
            {type === 'solution' ? 'Artefacts' : 'Links'}
          </Title>
          <List size="sm">
            {links.map((link) => (
              <List.Item key={isFileLink(link) ? link.fileId : link.url}>
                {isFileLink(link) ? (
                  <FileLink title={link.title} file={link.file} />
                ) : (
                  <Anchor href={link.url} target="_blank" rel="noreferrer noopener">
                    {link.title}
                  </Anchor>
                )}{' '}
                <Text span size="xs" c="dimmed">
                  ({link.kind})
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  )
}
