// Debian's Chromium for the browser tests: where it is, whether a test may skip without it (only outside CI),
// and the launch that works on these machines (headless, no sandbox as root, no background networking:
// the network is closed and Chromium's own connections would be refused).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
/** Skip only when Chromium is absent and this is not CI (under CI=true a missing Chromium fails). */
export const skipWithoutChromium = !existsSync(CHROMIUM) && !inCi;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
