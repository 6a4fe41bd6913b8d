import type { Solution } from '@learnonce/contracts'
import { Badge, Group, Text } from '@mantine/core'
import { kinds } from '../../content/api/kinds'
import { ContentDetail, LinkList, Section } from '../../content/components/content-detail'
import { Adoptions } from '../components/adoptions'
import { LineageTree } from '../components/lineage-tree'

/** Route module: a solution as a reader meets it, with where it came from and who reused it. */
export function Component() {
  return (
    <ContentDetail<Solution>
      kind={kinds.solution}
      aside={(solution) => (
        <>
          <LineageTree solution={solution} />
          <Adoptions solution={solution} />
        </>
      )}
    >
      {(solution) => (
        <>
          <Group gap="xs">
            <Badge variant="filled" color="indigo">
              Maturity: {solution.maturity}
            </Badge>
          </Group>
          <Text size="lg">{solution.problem}</Text>
          <Section title="What it is" markdown={solution.description} />
          <Section title="How to adopt it" markdown={solution.howToAdopt} />
          <LinkList title="Artefacts" links={solution.artefacts} />
        </>
      )}
    </ContentDetail>
  )
}
