import { createTheme } from '@mantine/core'

// One accent colour (NHS-like blue, 4.5:1 on white for text) and the system font stack, as ADMIN.md asks.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
})
