import { PlaceholderPage } from '../../../components/placeholder-page'

/** Route module (loaded lazily by router.tsx): replace this placeholder with the screen. */
export function Component() {
  return <PlaceholderPage title="Edit solution" question="What can others reuse?" />
}
