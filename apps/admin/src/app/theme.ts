import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple, Notification } from '@mantine/core'

/**
 * Shade 9 is the text shade: `c="orange.9"` on white, and (through the resolver below) the text of every
 * light variant on its 10–12% tint, even over a striped or hovered table row. Mantine's own shade 9 of
 * these colours misses 4.5:1 there (green 3.5:1, orange 3.4:1, yellow 2.5:1 on the tint; orange and
 * green also on white), so it is darkened just enough to reach 4.7:1 on that tint and 5.8:1 or more on
 * white. Shades 0–8 (fills, tints, charts) stay Mantine's.
 */
const textShades = {
  red: '#b92727',
  cyan: '#0a6c7e',
  teal: '#077050',
  green: '#237133',
  lime: '#46700a',
  yellow: '#9c5100',
  orange: '#b03a0c',
} as const

const colors = Object.fromEntries(
  Object.entries(textShades).map(([name, shade9]) => {
    const palette = DEFAULT_THEME.colors[name]
    if (!palette) throw new Error(`Mantine has no ${name} palette`)
    const [s0, s1, s2, s3, s4, s5, s6, s7, s8] = palette
    const tuple: MantineColorsTuple = [s0, s1, s2, s3, s4, s5, s6, s7, s8, shade9]
    return [name, tuple]
  }),
)

// One accent colour (NHS-like blue, 4.5:1 on white for text) and the system font stack, as ADMIN.md asks.
export const theme = createTheme({
  colors,
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // A notification's message is gray.6 in Mantine (3.3:1 on white): it is dimmed text instead (gray.7 in
    // light mode, below). Its close button has no name of its own for a screen reader.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
})

/**
 * Contrast to WCAG AA (4.5:1 for text). Mantine's dimmed text (gray.6, 3.3:1 on white) becomes gray.7
 * (7:1), still quieter than the text beside it; so does placeholder text (gray.5, 2:1), which a picker
 * such as the audit log's date range shows as the button's only text. Text on light variants (badges, the current sidebar
 * link, alert titles) is the primary shade on a 10% tint of it, 4.4:1 for blue.8: shade 9 (darkened
 * above where Mantine's falls short) reads at 4.7:1 and above. Filled buttons and badges put white text
 * on shade 8, which for these colours reads at 2.5–4.5:1 (yellow 2.5, green 3.5, orange 3.6): they are
 * filled with shade 9 instead (5.9:1 and above), and darken a little more on hover. Dark mode's defaults
 * already pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(resolved.colors).map((name) => [`--mantine-color-${name}-light-color`, `var(--mantine-color-${name}-9)`]),
    ),
    ...Object.fromEntries(
      Object.keys(textShades).flatMap((name) => [
        [`--mantine-color-${name}-filled`, `var(--mantine-color-${name}-9)`],
        [`--mantine-color-${name}-filled-hover`, `color-mix(in srgb, var(--mantine-color-${name}-9), black 15%)`],
      ]),
    ),
  },
  dark: {},
})
