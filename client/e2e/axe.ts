import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact?: string; help: string; nodes: { target: string[] }[] };

/**
 * Violations of the WCAG 2.1 A and AA rules axe can check automatically on the page as it is now, one
 * line each (impact, rule, what it wants, where). axe goes in as an inline script, which the app's CSP
 * rightly blocks: the page's context needs `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })`,
  )) as { violations: Violation[] };
  return result.violations.map(
    (v) => `${v.impact ?? '?'} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
