import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The impacts that fail a check: serious and critical barriers. Minor and moderate ones are reported, not failed. */
const failing = new Set(['serious', 'critical'])

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/**
 * Runs axe-core in the page as it is now (WCAG 2.1 A and AA, and best practices) and answers its
 * violations. axe is evaluated over the DevTools protocol, so the page's Content-Security-Policy
 * (script-src 'self') does not stand in the way.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source)
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const results = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.trim()),
    }))
  })
}

/** Fails, naming each rule and the first elements that break it, when the page has a serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const serious = (await axeViolations(page)).filter((violation) => violation.impact !== null && failing.has(violation.impact))
  if (serious.length === 0) return
  const report = serious
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node}`).join('\n')}`,
    )
    .join('\n')
  throw new Error(`axe found serious accessibility violations on ${where}:\n${report}`)
}
