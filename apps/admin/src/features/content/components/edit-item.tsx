import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { ErrorState } from '../../../components/error-state'
import { LoadingSkeleton } from '../../../components/loading-skeleton'
import { contentQueryOptions } from '../api/content'
import type { AnyItem, ContentKind } from '../api/kinds'

/** Loads the item named in the URL for its editor; the editor keeps its own copy while you write. */
export function EditItem<Item extends AnyItem>({
  kind,
  children,
}: {
  kind: ContentKind
  children: (item: Item, reload: () => Promise<Item | undefined>) => ReactNode
}) {
  const { id = '' } = useParams()
  const query = useQuery(contentQueryOptions<Item>(kind, id))
  if (query.isPending) return <LoadingSkeleton rows={8} withTitle label={`Loading the ${kind.noun}`} />
  if (query.isError) return <ErrorState error={query.error} title={`The ${kind.noun} could not be loaded`} onRetry={query.refetch} />
  const reload = async () => (await query.refetch()).data
  // A new key after a reload starts the form again from what the server has now.
  return <div key={`${query.data.id}`}>{children(query.data, reload)}</div>
}
