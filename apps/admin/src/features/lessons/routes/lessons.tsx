import { kinds } from '../../content/api/kinds'
import { ContentListPage } from '../../content/components/content-list-page'

/** Route module: "What have others learned?" */
export function Component() {
  return <ContentListPage kind={kinds.lesson} question="What have others learned? Search, filter, and open a lesson to read it." />
}
