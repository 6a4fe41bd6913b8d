import { LessonEditor } from '../components/lesson-editor'

/** Route module: a new lesson. */
export function Component() {
  return <LessonEditor />
}
