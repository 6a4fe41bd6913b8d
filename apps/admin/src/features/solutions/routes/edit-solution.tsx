import type { Solution } from '@learnonce/contracts'
import { kinds } from '../../content/api/kinds'
import { EditItem } from '../../content/components/edit-item'
import { SolutionEditor } from '../components/solution-editor'

/** Route module: change a solution. */
export function Component() {
  return <EditItem<Solution> kind={kinds.solution}>{(item, reload) => <SolutionEditor item={item} onReload={reload} />}</EditItem>
}
