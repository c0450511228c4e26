/**
 * The site's own query set (issue 13): what a reader types, and the answer a reader would
 * choose, checked on the built site in the browser. Each query names the first result's
 * address (with the section or edition row where the query names one), a correction, or
 * "none": no page mentions it (names of India's exercises with other countries among them).
 */
import { expect, test } from './fixtures.ts';

type Expected = string | { corrected: string; first: string } | 'none';

const ML = '/articles/multilateral-exercises/';
const QUERIES: [string, Expected][] = [
  // Exact names of every series
  ['JIMEX', '/articles/jimex/'],
  ['Dharma Guardian', '/articles/dharma-guardian/'],
  ['Malabar', '/articles/malabar/'],
  ['Shinyuu Maitri', '/articles/shinyuu-maitri/'],
  ['Veer Guardian', '/articles/veer-guardian/'],
  ['Tarang Shakti', '/articles/tarang-shakti/'],
  ['Sea Dragon', '/articles/sea-dragon/'],
  ['RIMPAC', '/articles/rimpac/'],
  ['Pitch Black', `${ML}#pitch-black`],
  ['La Pérouse', `${ML}#la-pérouse`],
  ['Milan', `${ML}#milan`],
  ['Kakadu', '/articles/kakadu/'],
  ['Komodo', '/articles/komodo/'],
  ['Khaan Quest', '/articles/khaan-quest/'],
  ['Talisman Sabre', `${ML}#talisman-sabre`],
  ['Cope India', `${ML}#cope-india`],
  ['Coast guard exercises', '/articles/coast-guard-exercises/'],
  ['Mine countermeasures exercises', '/articles/mine-countermeasures/'],
  ['Passage exercises', '/articles/passage-exercises/'],
  ['Cobra Gold', '/articles/cobra-gold/'],
  ['Pacific Reach', `${ML}#pacific-reach`],
  ['Super Garuda Shield', `${ML}#super-garuda-shield`],
  ['Bright Star', `${ML}#bright-star`],
  ['Balikatan', `${ML}#balikatan`],
  // Aliases, Japanese names among them
  ['ダルマ・ガーディアン', '/articles/dharma-guardian/'],
  ['シンユウ・マイトゥリ', '/articles/shinyuu-maitri/'],
  ['マラバール', '/articles/malabar/'],
  ['JAIMEX', '/articles/jimex/'],
  ['Japan-India Maritime Exercise', '/articles/jimex/'],
  ['Shinyu Maitri', '/articles/shinyuu-maitri/'],
  ['La Perouse', `${ML}#la-pérouse`],
  ['Sahyog Kaijin', '/articles/coast-guard-exercises/'],
  ['Sahyog-Kaijin', '/articles/coast-guard-exercises/'],
  ['PASSEX', '/articles/passage-exercises/'],
  ['2JA', '/articles/mine-countermeasures/'],
  ['Rim of the Pacific', '/articles/rimpac/'],
  // Editions, in the spellings readers use
  ['JIMEX-24', '/articles/jimex/#edition-jimex-24'],
  ['JIMEX 2018', '/articles/jimex/#edition-jimex-18'],
  ['JAIMEX-25', '/articles/jimex/#edition-jaimex-25'],
  ['Malabar 2017', '/articles/malabar/#edition-malabar-2017'],
  ['Malabar-17', '/articles/malabar/#edition-malabar-2017'],
  ['Dharma Guardian 2025', '/articles/dharma-guardian/#edition-dharma-guardian-2025'],
  ['Pitch Black 2024', `${ML}#edition-pitch-black-2024`],
  ['Sea Dragon 2022', '/articles/sea-dragon/#edition-sea-dragon-2022'],
  ['Sea Dragon-26', '/articles/sea-dragon/#edition-sea-dragon-2026'],
  ['RIMPAC 2024', '/articles/rimpac/#edition-rimpac-2024'],
  ['Khaan Quest 2023', '/articles/khaan-quest/#edition-khaan-quest-2023'],
  ['Cope India 2023', `${ML}#edition-cope-india-2023`],
  ['Sahyog Kaijin 2020', '/articles/coast-guard-exercises/#edition-sahyog-kaijin-2020'],
  ['Veer Guardian 2023', '/articles/veer-guardian/#edition-veer-guardian-2023'],
  ['Milan 2026', `${ML}#edition-milan-2026`],
  ['Komodo 2025', '/articles/komodo/#edition-komodo-2025'],
  ['Kakadu 2024', '/articles/kakadu/#edition-kakadu-2024'],
  ['coast guard Mumbai 2026', '/articles/coast-guard-exercises/#edition-mumbai-coast-guard-hns-drill-2026'],
  ['Cobra Gold 2026', '/articles/cobra-gold/#edition-cobra-gold-2026'],
  // Words typed halfway
  ['Malab', '/articles/malabar/'],
  ['Shinyuu', '/articles/shinyuu-maitri/'],
  ['Dharma Guard', '/articles/dharma-guardian/'],
  ['Talisman Sabr', `${ML}#talisman-sabre`],
  // Typos, corrected to the name and said so
  ['Malabaar', { corrected: 'Malabar', first: '/articles/malabar/' }],
  ['Dharma Gaurdian', { corrected: 'Dharma Guardian', first: '/articles/dharma-guardian/' }],
  ['Shinyu Mitri', { corrected: 'Shinyu Maitri', first: '/articles/shinyuu-maitri/' }],
  ['Talismann Sabre', { corrected: 'Talisman Sabre', first: `${ML}#talisman-sabre` }],
  ['Vir Gaurdian', { corrected: 'Veer Guardian', first: '/articles/veer-guardian/' }],
  ['unicron mast', { corrected: 'unicorn mast', first: '/articles/defence-technology/' }],
  // Places, ships and people in the data
  ['Vairengte', '/articles/dharma-guardian/'],
  ['Chaubattia', '/articles/dharma-guardian/'],
  ['Hyakuri', '/articles/veer-guardian/'],
  ['Kalaikunda', ML],
  ['Sulur', '/articles/tarang-shakti/'],
  ['Iruma', '/articles/veer-guardian/'],
  ['Ominato', '/articles/mine-countermeasures/'],
  ['JCGS Echigo', '/articles/coast-guard-exercises/'],
  ['USCGC Stratton', '/articles/coast-guard-exercises/'],
  ['Togashi Yuichi', '/articles/dharma-guardian/'],
  ['Avni Chaturvedi', '/articles/veer-guardian/'],
  // Exercises this site does not cover: India's with other countries, and others
  ['Ajeya Warrior', 'none'],
  ['Yudh Abhyas', 'none'],
  ['Varuna', 'none'],
  ['Indra navy', 'none'],
  ['Ekuverin', 'none'],
  ['Lamitiye', 'none'],
  ['Surya Kiran', 'none'],
  ['Sampriti', 'none'],
  ['SIMBEX', 'none'],
  ['SLINEX', 'none'],
  ['VINBAX', 'none'],
  ['Nomadic Elephant', 'none'],
  ['Dustlik', 'none'],
  ['Khanjar', 'none'],
  ['Bongosagar', 'none'],
  ['Zayed Talwar', 'none'],
  ['Tiger Triumph', 'none'],
  ['Mumbai-Ahmedabad bullet train', 'none'],
];

/** The first result's address, as the page links it: no base, no ?highlight=, hash decoded. */
function where(href: string, basePath: string): string {
  const url = new URL(href, 'https://site.invalid');
  const path = url.pathname.startsWith(basePath) ? `/${url.pathname.slice(basePath.length)}` : url.pathname;
  return `${path}${decodeURIComponent(url.hash)}`;
}

test('answers the site’s query set as a reader would choose', async ({ page, basePath }) => {
  test.setTimeout(QUERIES.length * 5_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  expect(QUERIES.filter(([, expected]) => expected === 'none').length).toBeGreaterThanOrEqual(15);
  const wrong: string[] = [];
  for (const [query, expected] of QUERIES) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    await expect(status).not.toHaveText('');
    const said = (await status.textContent()) ?? '';
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first().getByRole('heading').getByRole('link');
    const firstAt = (await first.count()) > 0 ? where((await first.getAttribute('href')) ?? '', basePath) : '(no result)';
    // Only where nothing is found does the page say what the site covers, with a link to the exercises index.
    const coverage = page.locator('.coverage');
    if ((await coverage.isVisible()) !== (expected === 'none')) wrong.push(`${query}: the coverage note is ${expected === 'none' ? 'missing' : 'shown'}`);
    if (expected === 'none') {
      if (said !== `No page mentions “${query}”.` || firstAt !== '(no result)') wrong.push(`${query}: said “${said}”, first ${firstAt}`);
      if ((await coverage.getByRole('link', { name: 'Every exercise on record' }).getAttribute('href')) !== `${basePath}exercises/`) wrong.push(`${query}: no link to the exercises index`);
    } else if (typeof expected === 'string') {
      if (firstAt !== expected || !said.endsWith(`for “${query}”.`)) wrong.push(`${query}: said “${said}”, first ${firstAt}, expected ${expected}`);
    } else if (firstAt !== expected.first || !said.startsWith(`No page mentions “${query}”. Showing`) || !said.includes(`for ${expected.corrected}.`)) {
      wrong.push(`${query}: said “${said}”, first ${firstAt}, expected ${expected.first} corrected to ${expected.corrected}`);
    }
  }
  expect(wrong).toEqual([]);
});
