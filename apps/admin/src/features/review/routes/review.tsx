import { PlaceholderPage } from '../../../components/placeholder-page'

/** Route module (loaded lazily by router.tsx): replace this placeholder with the screen. */
export function Component() {
  return <PlaceholderPage title="Review" question="Is this ready, and has it been told before?" />
}
