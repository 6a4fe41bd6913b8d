import { Stack, Text, Title } from '@mantine/core'

/** A screen whose route exists but whose feature is still being built (replace it in the feature's folder). */
export function PlaceholderPage({ title, question }: { title: string; question?: string }) {
  return (
    <Stack gap="xs">
      <Title order={1}>{title}</Title>
      {question && <Text c="dimmed">{question}</Text>}
      <Text>This screen is coming.</Text>
    </Stack>
  )
}
