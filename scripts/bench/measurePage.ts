import type { Page } from 'playwright-core';

// The page scripts are strings: tsx would otherwise wrap their inner functions in a helper
// (`__name`) that does not exist in the page.

/** In the page: set the header box to a query in one input event, resolve after the results are painted. */
const TIME_QUERY = `async (q) => {
  const host = document.querySelector('site-search');
  const input = document.querySelector('header form[role="search"] input[name="q"]');
  if (!host || !input) throw new Error('no header search on this page');
  const rendered = new Promise((resolve) => {
    host.addEventListener('search-rendered', function on(event) {
      if (event.detail.query !== q) return;
      host.removeEventListener('search-rendered', on);
      resolve();
    });
  });
  input.value = q;
  const start = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered;
  const ready = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { ready, painted: performance.now() - start };
}`;

/** Milliseconds from the input event to the results in the DOM, and to the frame that shows them painted. */
export interface QueryTiming {
  ready: number;
  painted: number;
}

/**
 * Puts a query in the header search box as one input event (as a Japanese IME commits a word)
 * and returns the milliseconds from that event until the results are painted (the combobox's
 * `search-rendered` event, then the next frame). Measured in the page, so no round trip is counted.
 */
export function timeQuery(page: Page, query: string): Promise<QueryTiming> {
  return page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`) as Promise<QueryTiming>;
}

/**
 * Types a query character by character as trusted input (Chromium's own input events), waiting
 * for each keystroke's results, and returns Chromium's Event Timing entries of 16 ms or more
 * (input to next paint, the INP measure; shorter interactions are not reported by the browser).
 */
export async function typeQuery(page: Page, query: string): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__slowInputs = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'input') window.__slowInputs.push(e.duration); });
    window.__observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
    document.querySelector('header form[role="search"] input[name="q"]').value = '';
  })()`);
  await page.locator('header form[role="search"] input[name="q"]').focus();
  for (let i = 1; i <= query.length; i += 1) {
    const prefix = query.slice(0, i);
    await page.evaluate(`(() => {
      const host = document.querySelector('site-search');
      window.__rendered = new Promise((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), 5000);
        host.addEventListener('search-rendered', function on(event) {
          if (event.detail.query !== ${JSON.stringify(prefix)}) return;
          host.removeEventListener('search-rendered', on);
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve('ok'), 0));
        });
      });
    })()`);
    await page.keyboard.insertText(query.charAt(i - 1));
    const outcome = await page.evaluate('window.__rendered');
    if (outcome !== 'ok') throw new Error(`no results painted within 5 s after typing ${prefix}`);
  }
  await page.waitForTimeout(50);
  return page.evaluate('window.__slowInputs') as Promise<number[]>;
}

/** Starts recording long tasks (over 50 ms) in the page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
  })()`);
}

/** Durations of the long tasks recorded since watchLongTasks. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate('window.__longTasks') as Promise<number[]>;
}

/**
 * The same Event Timing figure for a plain input with no script at all, typed the same number of
 * keystrokes: the floor this browser and display give (a frame is 16.7 ms).
 */
export async function baselineTyping(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(`(() => {
    const input = document.createElement('input');
    input.id = 'bench-plain-input';
    document.body.prepend(input);
    window.__plainInputs = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'input') window.__plainInputs.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16 });
  })()`);
  await page.locator('#bench-plain-input').focus();
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.insertText('あ');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(50);
  return page.evaluate('window.__plainInputs') as Promise<number[]>;
}

/**
 * The network floor of this browser and server: milliseconds for one round of `files` fetched in
 * parallel, bypassing the cache (`cache: 'no-store'`) and parsed as JSON, repeated `rounds` times.
 * A first-time query at national scale needs two such rounds (postings, then document blocks).
 */
export function fetchRounds(page: Page, files: readonly string[], rounds = 10): Promise<number[]> {
  return page.evaluate(`(async () => {
    const out = [];
    for (let i = 0; i < ${rounds}; i += 1) {
      const start = performance.now();
      await Promise.all(${JSON.stringify(files)}.map((f) => fetch(f, { cache: 'no-store' }).then((r) => r.json())));
      out.push(performance.now() - start);
    }
    return out;
  })()`) as Promise<number[]>;
}
