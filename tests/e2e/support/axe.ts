import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Accessibility checks for the end-to-end tests. Every area's e2e calls
 * `expectNoSeriousA11yViolations` on each of its screens (lists, details, open dialogs and menus)
 * once in each theme, switching with `switchTheme`:
 *
 *   for (const theme of THEMES) {
 *     await switchTheme(page, theme);
 *     await expectNoSeriousA11yViolations(page, { theme, screen: 'jobs list' });
 *   }
 *
 * The page must come from a browser context (the `page` fixture in `fixtures.ts` does that):
 * AxeBuilder opens its own frames through `page.context()`.
 */

export type AppTheme = 'light' | 'dark';

export const THEMES: readonly AppTheme[] = ['light', 'dark'];

/** Impacts that fail a test; `minor` and `moderate` findings are left to review. */
const FAILING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

export interface A11yScanOptions {
  /** The theme the page must be showing; checked before the scan and named in the failure. */
  theme: AppTheme;
  /** What is on screen ("overview", "profile picker open"), for the failure message. */
  screen?: string;
  /** Limits the scan to part of the page (CSS selector); the whole page by default. */
  include?: string;
}

/** Chooses Light or Dark with the shell's theme control and waits until the page shows it. */
export async function switchTheme(page: Page, theme: AppTheme): Promise<void> {
  const choice = page.getByTestId(`theme-${theme}`);
  await choice.check();
  await expect(choice).toBeChecked();
  await expectTheme(page, theme);
  // The choice is saved by the host; a refusal puts the previous theme back and says so.
  await expect(page.getByTestId('theme-control').getByRole('alert')).toHaveCount(0);
}

async function expectTheme(page: Page, theme: AppTheme): Promise<void> {
  const body = page.locator('body');
  if (theme === 'dark') await expect(body).toHaveClass(/(^|\s)awsui-dark-mode(\s|$)/);
  else await expect(body).not.toHaveClass(/(^|\s)awsui-dark-mode(\s|$)/);
}

/**
 * Runs axe (every rule enabled by default in axe-core, WCAG 2.x A/AA and best practices) on the
 * page as it is now and fails with one line per element when any violation is serious or critical.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yScanOptions): Promise<void> {
  await expectTheme(page, options.theme);
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (failing.length === 0) return;
  const where = `${options.screen ?? (new URL(page.url()).hash || 'the page')}, ${options.theme} theme`;
  throw new Error(
    [
      `${failing.length} serious or critical accessibility violation(s) on ${where}:`,
      ...failing.map(formatViolation),
    ].join('\n'),
  );
}

/** Scans the screen in each theme (see `expectNoSeriousA11yViolations`), then goes back to light. */
export async function scanInBothThemes(page: Page, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await expectNoSeriousA11yViolations(page, { theme, screen });
  }
  await switchTheme(page, 'light');
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function formatViolation(violation: Violation): string {
  const nodes = violation.nodes.map((node) => {
    const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : String(part))).join(' >> ');
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
    return `    ${target}: ${summary}`;
  });
  return [`${violation.id} (${violation.impact}): ${violation.help} [${violation.helpUrl}]`, ...nodes].join('\n');
}
