import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ConfirmModalProps {
  opened: boolean
  title: string
  /** What will happen, in words: "The key stops working at once." */
  children: ReactNode
  confirmLabel: string
  /** red for something that cannot be undone. */
  color?: string
  loading?: boolean
  onConfirm: () => unknown
  onClose: () => void
}

/** Asks before an action that is hard to take back (revoke, disable, archive). */
export function ConfirmModal({ opened, title, children, confirmLabel, color = 'red', loading, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm" component="div">
          {children}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color={color} loading={loading} onClick={() => onConfirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
