import type { Lesson } from '@learnonce/contracts'
import { kinds } from '../../content/api/kinds'
import { EditItem } from '../../content/components/edit-item'
import { LessonEditor } from '../components/lesson-editor'

/** Route module: change a lesson (a draft, or one a curator sent back). */
export function Component() {
  return <EditItem<Lesson> kind={kinds.lesson}>{(lesson, reload) => <LessonEditor lesson={lesson} onReload={reload} />}</EditItem>
}
