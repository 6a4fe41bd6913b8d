import type { ContentStatus, SolutionLineage, SolutionNode } from '@learnonce/contracts'
import { Anchor, Group, getTreeExpandedState, Stack, Text, Title, Tree, type TreeNodeData, useTree } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { StatusBadge } from '../../../components/status-badge'
import { paths } from '../../../config/paths'
import { lineageQueryOptions } from '../api/adoptions'

interface Current {
  id: string
  title: string
  status: SolutionNode['status']
}

/**
 * The lineage as one tree: the farthest ancestor at the root, down the chain to this solution, then
 * what was derived from it. A descendant whose parent is hidden from the reader hangs under the
 * nearest one shown (the API keeps the true depth), so nothing floats loose.
 */
export function lineageTree(current: Current, lineage: SolutionLineage): TreeNodeData[] {
  type Node = TreeNodeData & { children: TreeNodeData[] }
  const nodes = new Map<string, Node>()
  const nodeOf = (solution: Current, isCurrent = false): Node => {
    const node: Node = {
      value: solution.id,
      label: solution.title,
      nodeProps: { status: solution.status, current: isCurrent },
      children: [],
    }
    nodes.set(solution.id, node)
    return node
  }
  const self = nodeOf(current, true)
  let top = self
  for (const ancestor of lineage.ancestors) {
    const parent = nodeOf(ancestor)
    parent.children.push(top)
    top = parent
  }
  const byDepth = [...lineage.descendants].sort((a, b) => a.depth - b.depth)
  for (const descendant of byDepth) {
    const node = nodeOf(descendant)
    const parent = (descendant.derivedFromId && nodes.get(descendant.derivedFromId)) || self
    parent.children.push(node)
  }
  return [top]
}

/** "Where did this come from, and what grew from it?" */
export function LineageTree({ solution }: { solution: Current }) {
  const query = useQuery(lineageQueryOptions(solution.id))
  const data = query.data ? lineageTree(solution, query.data) : []
  return (
    <Stack gap="xs" component="section" aria-labelledby="lineage">
      <Title order={2} size="h4" id="lineage">
        Lineage
      </Title>
      {query.isPending && <LoadingSkeleton rows={3} label="Loading the lineage" />}
      {query.isError && <ErrorState error={query.error} title="The lineage could not be loaded" onRetry={query.refetch} />}
      {query.data && query.data.ancestors.length === 0 && query.data.descendants.length === 0 && (
        <Text size="sm" c="dimmed">
          Not derived from another solution, and nothing derived from it yet.
        </Text>
      )}
      {query.data && (query.data.ancestors.length > 0 || query.data.descendants.length > 0) && (
        <LineageView key={`${solution.id}-${data.length}`} data={data} />
      )}
    </Stack>
  )
}

function LineageView({ data }: { data: TreeNodeData[] }) {
  const tree = useTree({ initialExpandedState: getTreeExpandedState(data, '*') })
  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="xl"
      aria-label="Lineage"
      expandOnClick={false}
      renderNode={({ node, elementProps, level }) => {
        const current = node.nodeProps?.current === true
        return (
          <Group gap="xs" {...elementProps} py={4} wrap="nowrap">
            <Text span c="dimmed" aria-hidden>
              {level > 1 ? '└' : '•'}
            </Text>
            {current ? (
              <Text fw={700} aria-current="page">
                {node.label} (this solution)
              </Text>
            ) : (
              <Anchor component={Link} to={paths.solutions.detail.href(node.value)}>
                {node.label}
              </Anchor>
            )}
            <span style={{ flexShrink: 0 }}>
              <StatusBadge status={node.nodeProps?.status as ContentStatus} size="xs" />
            </span>
          </Group>
        )
      }}
    />
  )
}
