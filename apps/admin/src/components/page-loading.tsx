import { LoadingSkeleton } from './loading-skeleton'

/** What a screen shows while its code or first data loads: the shape of a page, never a blank one. */
export function PageLoading() {
  return <LoadingSkeleton label="Loading the page" rows={6} withTitle />
}
