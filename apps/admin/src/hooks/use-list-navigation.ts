import { useHotkeys } from '@mantine/hooks'
import { useCallback, useEffect, useState } from 'react'

export interface ListNavigationOptions {
  /** How many rows the list shows now. */
  count: number
  /** Enter (or o) on the active row: usually navigate to it. */
  onOpen?: (index: number) => void
  /** Where the active row starts; -1 for none until j/k is pressed. */
  initialIndex?: number
  /** Switch the keys off, e.g. while a dialog is open. */
  enabled?: boolean
}

/**
 * `j`/`k` (and ↓/↑) move through a list, Enter opens the active row. Keys typed into inputs are left
 * alone. Spread `getRowProps(index)` on each table row (`<Table.Tr>`; aria-selected is allowed on rows
 * and options, not on list items): it marks the active one (`aria-selected`, `data-active`) and
 * scrolls it into view.
 */
export function useListNavigation({ count, onOpen, initialIndex = -1, enabled = true }: ListNavigationOptions) {
  const [activeIndex, setActiveIndex] = useState(initialIndex)

  // A shorter list (filtered, reloaded) must not leave the active row past its end.
  useEffect(() => {
    if (activeIndex >= count) setActiveIndex(count - 1)
  }, [activeIndex, count])

  const move = useCallback(
    (step: number) => {
      if (!enabled || count === 0) return
      setActiveIndex((index) => Math.min(count - 1, Math.max(0, index + step)))
    },
    [count, enabled],
  )
  const open = useCallback(
    (event: KeyboardEvent) => {
      // Enter on a focused button or link is that control's own: the row must not take it.
      if (isControl(event.target)) return
      event.preventDefault()
      if (enabled && activeIndex >= 0 && activeIndex < count) onOpen?.(activeIndex)
    },
    [activeIndex, count, enabled, onOpen],
  )

  useHotkeys([
    ['j', () => move(1)],
    ['ArrowDown', () => move(1)],
    ['k', () => move(-1)],
    ['ArrowUp', () => move(-1)],
    ['Enter', open, { preventDefault: false }],
    ['o', open, { preventDefault: false }],
  ])

  const getRowProps = useCallback(
    (index: number) => ({
      'aria-selected': index === activeIndex,
      'data-active': index === activeIndex || undefined,
      ref: index === activeIndex ? scrollIntoView : undefined,
      onClick: () => setActiveIndex(index),
    }),
    [activeIndex],
  )

  return { activeIndex, setActiveIndex, getRowProps }
}

const isControl = (target: EventTarget | null) =>
  target instanceof Element && target.closest('button, a[href], [role="button"], [role="menuitem"], summary') !== null

function scrollIntoView(element: HTMLElement | null) {
  element?.scrollIntoView?.({ block: 'nearest' })
}
