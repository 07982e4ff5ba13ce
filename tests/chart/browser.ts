import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run when missing; nothing downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium headless (throws with a hint when it is not installed). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\` (.ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** What the browser made of an SVG: a PNG of it and the boxes of its text, as laid out. */
export interface Rendered {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** Every <text>: its content and its box on the page. */
  readonly texts: ReadonlyArray<{ text: string; x: number; y: number; width: number; height: number }>;
}

/** Opens the SVG as a page of its own in the browser and screenshots it. */
export async function renderInBrowser(browser: Browser, svg: string): Promise<Rendered> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const element = page.locator('svg').first();
    const box = await element.boundingBox();
    const texts = await page.$$eval('svg text', (nodes) =>
      nodes.map((n) => {
        const r = (
          n as unknown as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }
        ).getBoundingClientRect();
        return { text: n.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const png = await element.screenshot({ type: 'png' });
    return { png, width: box?.width ?? 0, height: box?.height ?? 0, texts };
  } finally {
    await page.close();
  }
}
