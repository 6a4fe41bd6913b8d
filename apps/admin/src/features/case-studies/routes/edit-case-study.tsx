import type { CaseStudy } from '@learnonce/contracts'
import { kinds } from '../../content/api/kinds'
import { EditItem } from '../../content/components/edit-item'
import { CaseStudyEditor } from '../components/case-study-editor'

/** Route module: change a case study. */
export function Component() {
  return <EditItem<CaseStudy> kind={kinds.case_study}>{(item, reload) => <CaseStudyEditor item={item} onReload={reload} />}</EditItem>
}
