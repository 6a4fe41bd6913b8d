import { type CSSVariablesResolver, createTheme } from '@mantine/core'

// One accent colour (NHS-like blue, 4.5:1 on white for text) and the system font stack, as ADMIN.md asks.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
})

/**
 * Contrast to WCAG AA (4.5:1 for text). Mantine's dimmed text (gray.6, 3.3:1 on white) becomes gray.7
 * (7:1), still quieter than the text beside it. Text on light variants (badges, the current sidebar
 * link, alert titles) is the primary shade on a 10% tint of it, 4.4:1 for blue.8: shade 9 reads at
 * 5:1 and above. Dark mode's defaults already pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).map((name) => [`--mantine-color-${name}-light-color`, `var(--mantine-color-${name}-9)`]),
    ),
  },
  dark: {},
})
