import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Debian's chromium, or undefined (with a printed reason) when it is not installed. CI installs it
 * (`.ci/run`) and sets SITREP_REQUIRE_SHARED=1, which makes a missing browser a failure there.
 */
export function chromiumPath(): string | undefined {
  const found = process.env.SITREP_CHROMIUM ?? CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const reason = 'chromium not found (apt-get install chromium, or set SITREP_CHROMIUM)';
  if (process.env.SITREP_REQUIRE_SHARED === '1' || process.env.SITREP_REQUIRE_BROWSER === '1')
    throw new Error(`${reason}; required here`);
  console.warn(`skipping: ${reason}`);
  return undefined;
}

/** Headless Chromium with a fresh profile, no background traffic; `close` removes the profile too. */
export async function launchBrowser(
  executablePath: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
