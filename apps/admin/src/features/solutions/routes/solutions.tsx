import { kinds } from '../../content/api/kinds'
import { ContentListPage } from '../../content/components/content-list-page'

/** Route module: the solutions. */
export function Component() {
  return <ContentListPage kind={kinds.solution} question="What can we reuse? Answers other sites built, ready to adopt." />
}
