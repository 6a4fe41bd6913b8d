import { CaseStudyEditor } from '../components/case-study-editor'

/** Route module: a new case study. */
export function Component() {
  return <CaseStudyEditor />
}
