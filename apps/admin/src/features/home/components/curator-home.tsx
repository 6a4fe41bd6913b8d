import { Stack } from '@mantine/core'
import { ContentSection } from './content-section'
import { PipelineSection } from './pipeline-section'

/** A curator's home: the queue and its trend first, then what the hub publishes. */
export function CuratorHome() {
  return (
    <Stack gap="xl">
      <PipelineSection />
      <ContentSection />
    </Stack>
  )
}
