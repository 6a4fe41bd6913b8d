import type { SolutionNode } from '@learnonce/contracts'
import type { TreeNodeData } from '@mantine/core'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, userWithRole } from '../../../test/render'
import { LineageTree, lineageTree } from './lineage-tree'

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`
const node = (n: number, derivedFrom: number | null, depth: number): SolutionNode => ({
  id: id(n),
  title: `Solution ${n}`,
  status: 'published',
  siteId: id(100),
  derivedFromId: derivedFrom === null ? null : id(derivedFrom),
  depth,
})

/** The tree as titles, indented by level, to compare at a glance. */
function outline(nodes: TreeNodeData[], level = 0): string[] {
  return nodes.flatMap((entry) => [`${'  '.repeat(level)}${String(entry.label)}`, ...outline(entry.children ?? [], level + 1)])
}

describe('a solution’s lineage as a tree', () => {
  it('puts the farthest ancestor at the root and what was derived below the solution', () => {
    const current = { id: id(3), title: 'Solution 3', status: 'published' as const }
    const tree = lineageTree(current, {
      ancestors: [node(2, 1, 1), node(1, null, 2)],
      descendants: [node(4, 3, 1), node(5, 3, 1), node(6, 4, 2)],
    })
    expect(outline(tree)).toEqual([
      'Solution 1',
      '  Solution 2',
      '    Solution 3',
      '      Solution 4',
      '        Solution 6',
      '      Solution 5',
    ])
  })

  it('hangs a descendant whose parent the reader may not see under the solution, not loose', () => {
    const current = { id: id(3), title: 'Solution 3', status: 'published' as const }
    // Solution 7 derives from a draft (8) the reader cannot see; the API still lists 7 at depth 2.
    const tree = lineageTree(current, { ancestors: [], descendants: [node(7, 8, 2)] })
    expect(outline(tree)).toEqual(['Solution 3', '  Solution 7'])
  })

  it('says so when a solution stands alone', async () => {
    renderApp(<LineageTree solution={{ id: id(3), title: 'Solution 3', status: 'published' }} />, {
      me: userWithRole('contributor'),
      queryData: [[['solutions', 'detail', id(3), 'lineage'], { ancestors: [], descendants: [] }]],
    })
    expect(await screen.findByText('Not derived from another solution, and nothing derived from it yet.')).toBeTruthy()
  })
})
