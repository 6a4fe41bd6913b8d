import { TypographyStylesProvider } from '@mantine/core'
import ReactMarkdown from 'react-markdown'
import rehypeSanitize from 'rehype-sanitize'

/**
 * Markdown people wrote, rendered for reading. Raw HTML in it is never rendered (react-markdown leaves
 * it out), and rehype-sanitize also strips what Markdown itself can smuggle in (javascript: links).
 */
export function Markdown({ children }: { children: string }) {
  return (
    <TypographyStylesProvider>
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{children}</ReactMarkdown>
    </TypographyStylesProvider>
  )
}
