import type { DigestFrequency } from '@learnonce/contracts'
import { SegmentedControl, Stack, Text } from '@mantine/core'
import { RelativeTime } from '../../../components/relative-time'

export interface DigestFrequencyProps {
  value: DigestFrequency
  /** When the next digest is due (null when off). */
  nextDigestAt: string | null
  onChange: (frequency: DigestFrequency) => void
  disabled?: boolean
}

const options: { value: DigestFrequency; label: string }[] = [
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'off', label: 'Off' },
]

/** How often the digest email comes: a choice of three, saved as soon as it is made. */
export function DigestFrequencyControl({ value, nextDigestAt, onChange, disabled = false }: DigestFrequencyProps) {
  return (
    <Stack gap={4}>
      <SegmentedControl
        aria-label="Digest email"
        data={options}
        value={value}
        disabled={disabled}
        onChange={(chosen) => onChange(chosen as DigestFrequency)}
        w="fit-content"
      />
      <Text size="sm" c="dimmed">
        {value === 'off' || nextDigestAt === null ? (
          'No digest emails. What you follow still shows in your private feed.'
        ) : (
          <>
            Next digest <RelativeTime value={nextDigestAt} />, if anything new matches.
          </>
        )}
      </Text>
    </Stack>
  )
}
