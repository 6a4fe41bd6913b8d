import { kinds } from '../../content/api/kinds'
import { ContentListPage } from '../../content/components/content-list-page'

/** Route module: the case studies. */
export function Component() {
  return <ContentListPage kind={kinds.case_study} question="How did other sites do it? Fuller stories, placed on the journey." />
}
