import { SolutionEditor } from '../components/solution-editor'

/** Route module: a new solution. */
export function Component() {
  return <SolutionEditor />
}
