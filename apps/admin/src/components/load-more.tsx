import { Button, Group, type GroupProps, type MantineSize } from '@mantine/core'

/** What "Load more" needs of a list read by cursor: TanStack Query's useInfiniteQuery result. */
interface MorePages {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => Promise<unknown>
}

/** "Load more" under a list read by cursor: there while a next page is, busy while it loads. */
export function LoadMore({ query, size, justify = 'center' }: { query: MorePages; size?: MantineSize; justify?: GroupProps['justify'] }) {
  if (!query.hasNextPage) return null
  return (
    <Group justify={justify}>
      <Button variant="default" size={size} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        Load more
      </Button>
    </Group>
  )
}
