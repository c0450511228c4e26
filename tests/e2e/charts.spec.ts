/**
 * Charts a phone can read (issue 24), at a small phone's width, a common phone's and a
 * desktop's: a timeline's year labels never overlap, it opens where its series begin and says
 * when more lies to the side, its key lists only the marks it draws; the map's marks are
 * targets a finger can hit (24 px across, centres 24 px apart, WCAG 2.2 SC 2.5.8) and show
 * their names on focus.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const WIDTHS = [320, 390, 1440];
const TIMELINES = ['/articles/malabar/', '/articles/dharma-guardian/', '/articles/kakadu/', '/exercises/'];
const MAPS = ['/articles/malabar/', '/exercises/'];
const TARGET_PX = 24;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The map's marks that are drawn at this width (one set per size range is in the page). */
async function drawnMarks(page: Page): Promise<Box[]> {
  return page.locator('.venue-map a.place .hit').evaluateAll((hits) =>
    hits.map((hit) => hit.getBoundingClientRect().toJSON() as DOMRect).filter((box) => box.width > 0),
  );
}

async function axisLabels(timeline: Locator): Promise<{ text: string; box: Box }[]> {
  return timeline.locator('.year text').evaluateAll((texts) => texts.map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect().toJSON() as DOMRect })));
}

for (const width of WIDTHS) {
  for (const path of TIMELINES) {
    test(`${path} at ${String(width)} px: year labels apart, the series’ first edition in view, a cue when the chart scrolls`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const timelines = page.locator('.timeline');
      expect(await timelines.count()).toBeGreaterThan(0);
      for (const timeline of await timelines.all()) {
        const labels = await axisLabels(timeline);
        expect(labels.filter((label) => /^\d{4}$/.test(label.text)).length).toBeGreaterThan(0);
        const overlapping = labels.flatMap((label, index) => labels.slice(index + 1).filter((other) => overlap(label.box, other.box)).map((other) => `${label.text} over ${other.text}`));
        expect(overlapping).toEqual([]);

        // The leftmost mark (the series' first edition) is inside the box's visible part.
        const region = timeline.locator('section.scroll');
        const seen = await region.boundingBox();
        const marks = await timeline.locator('a.mark .hit').evaluateAll((hits) => hits.map((hit) => hit.getBoundingClientRect().toJSON() as DOMRect));
        const first = marks.reduce((left, mark) => (mark.x < left.x ? mark : left));
        expect(seen && first.x >= seen.x - 1 && first.x + first.width <= seen.x + seen.width + 1).toBe(true);

        const { scrollWidth, clientWidth } = await region.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }));
        const later = timeline.locator('.cue .after');
        if (scrollWidth > clientWidth + 1) {
          await expect(later).toBeVisible();
          await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
          await expect(later).toBeHidden();
          await expect(timeline.locator('.cue .before')).toBeVisible();
        } else {
          await expect(later).toBeHidden();
          await expect(timeline.locator('.cue .before')).toBeHidden();
        }
      }
      // Opening a chart part-way along its axis moves that chart only, never the page.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  for (const path of MAPS) {
    test(`${path} at ${String(width)} px: map marks are 24 px targets, 24 px apart`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const marks = await drawnMarks(page);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(Math.min(mark.width, mark.height)).toBeGreaterThanOrEqual(TARGET_PX);
      const centres = marks.map((mark) => ({ x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 }));
      const closest = Math.min(...centres.flatMap((centre, index) => centres.slice(index + 1).map((other) => Math.hypot(centre.x - other.x, centre.y - other.y))));
      expect(closest).toBeGreaterThanOrEqual(TARGET_PX);
    });
  }
}

test('a map mark shows its names on keyboard focus, inside the map, and hides them after', async ({ page }) => {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/exercises/');
    const mark = page.locator('.venue-map a.place').filter({ visible: true }).first();
    const name = mark.locator('.name');
    await expect(name).toBeHidden();
    // Tab from the map's scroll box, as a keyboard user arrives.
    await page.locator('.venue-map section.scroll').focus();
    await page.keyboard.press('Tab');
    await expect(mark).toBeFocused();
    await expect(name).toBeVisible();
    const title = (await mark.locator('title').textContent()) ?? '';
    const firstLine = ((await name.locator('tspan').first().textContent()) ?? '').replace(/…$/, '');
    expect(firstLine.length).toBeGreaterThan(2);
    expect(title).toContain(firstLine);
    const [box, map] = [await name.boundingBox(), await page.locator('.venue-map svg').first().boundingBox()];
    expect(box && map && box.x >= map.x - 1 && box.x + box.width <= map.x + map.width + 1).toBe(true);
    await page.keyboard.press('Tab');
    await expect(name).toBeHidden();
  }
});

test('each key lists exactly the marks its chart draws', async ({ page }) => {
  for (const path of TIMELINES) {
    await page.goto(path);
    const drawn = await page.locator('.timeline a.mark').evaluateAll((marks) => [...new Set(marks.map((mark) => [...mark.classList].filter((name) => name !== 'mark' && name !== 'observed')).flat())].sort());
    const keyed = await page.locator('.timeline .legend li svg').evaluateAll((keys) => [...new Set(keys.filter((key) => !key.classList.contains('observed')).map((key) => [...key.classList].filter((name) => name !== 'mark')).flat())].sort());
    expect(keyed, path).toEqual(drawn);
    const dashed = await page.locator('.timeline a.mark.observed').count();
    await expect(page.locator('.timeline .legend li svg.observed'), path).toHaveCount(dashed > 0 ? 1 : 0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a phone, the scroll cue and a mark's names meet WCAG 2.2 AA (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto('/exercises/');
    await expect(page.locator('.timeline .cue .after').first()).toBeVisible();
    const mark = page.locator('.venue-map a.place.group').filter({ visible: true }).first();
    await mark.focus();
    await expect(mark.locator('.name')).toBeVisible();
    const axe = new AxeBuilder({ page }).include('.timeline-block');
    const { violations } = await (colorScheme === 'light' ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']) : axe.withRules(['color-contrast'])).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
