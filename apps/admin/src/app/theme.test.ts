import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { cssVariablesResolver, theme } from './theme'

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

describe('the light theme', () => {
  const resolved = mergeMantineTheme(DEFAULT_THEME, theme)
  const variables = cssVariablesResolver(resolved).light
  /** The colour `var(--mantine-color-<name>-<shade>)` stands for. */
  const shadeOf = (value: string) => {
    const match = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value)
    const colour = match && resolved.colors[match[1] ?? '']?.[Number(match[2])]
    if (!colour) throw new Error(`not a palette shade: ${value}`)
    return colour
  }

  // Mantine fills with the primary shade (8 in light mode) and writes white on it, unless a variable says otherwise.
  it.each(Object.keys(resolved.colors))('writes white text on filled %s buttons and badges at 4.5:1 or more', (name) => {
    const fill = variables[`--mantine-color-${name}-filled`] ?? `var(--mantine-color-${name}-8)`
    expect(contrast(shadeOf(fill), '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })
})
