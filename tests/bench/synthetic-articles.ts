/**
 * Seeded generator of synthetic articles shaped like the site's own: frontmatter the schema
 * accepts, about 1,500 words in 6–10 sections, 10–20 footnotes in the site's citation format
 * (some cited twice), a table, a list, a link to another article and exercise-like names.
 * The same seed always gives the same articles, so two benchmark runs build the same site.
 * The citations point at example.org (reserved for examples): nothing here is a real source.
 */

/** One generated Markdown file: its name under content/articles and its text. */
export interface SyntheticArticle {
  file: string;
  /** The exercise-like name the article is about, for timing a search by name. */
  name: string;
  text: string;
}

/** mulberry32: a small, fast, well-distributed PRNG; good enough for shaping test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Dharma', 'Veer', 'Shinyuu', 'Sakura', 'Kaveri', 'Himalaya', 'Tarang', 'Yamato', 'Ganga', 'Fuji', 'Indus', 'Kongo', 'Sahyadri', 'Hokuto', 'Narmada', 'Kirin'];
const SECOND = ['Guardian', 'Shakti', 'Maitri', 'Shield', 'Sentinel', 'Trident', 'Sword', 'Harbour', 'Wave', 'Falcon', 'Bridge', 'Lotus'];
const SERVICES = ['army', 'navy', 'air-force', 'coast-guard'];
const FORMATS = ['bilateral', 'trilateral', 'multilateral'];
const PLACES = ['Visakhapatnam', 'Yokosuka', 'Belagavi', 'Jodhpur', 'Hyakuri', 'Chennai', 'Sasebo', 'Umroi', 'Kochi', 'Okinawa'];
const PUBLICATIONS = ['The Daily Example', 'Example Defence Review', 'Sample Times', 'Journal of Placeholder Studies', 'Illustrative Gazette', 'The Test Observer'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEADINGS = ['Background', 'Participants', 'Phases of the exercise', 'Aims', 'Equipment', 'Reception', 'Logistics', 'Training areas', 'Assessment', 'Outlook', 'Command arrangements'];
/** Common words first: `word()` draws from the head of the list more often, as real prose does. */
const WORDS = (
  'the of and to in a that for on with as by was were is from at its an two forces which this it their exercise ' +
  'between during joint training units navy army air force troops ships maritime operations drills edition ' +
  'cooperation partners countries defence security region regional interoperability exchange counter terrorism ' +
  'humanitarian assistance disaster relief helicopter frigate destroyer submarine aircraft patrol coastal harbour ' +
  'sea phase command staff officers personnel platoon company battalion brigade squadron formation manoeuvre ' +
  'tactical strategic doctrine logistics planning rehearsal observation deployment evacuation surveillance ' +
  'reconnaissance communication networks medical engineering convoy jungle mountain desert urban terrain ' +
  'weather monsoon season winter summer ceremony opening closing address minister secretary chief general ' +
  'admiral marshal delegation visit port call replenishment underway gunnery firing missile radar sonar ' +
  'mine warfare anti boarding search seizure skills best practices lessons shared understanding partnership ' +
  'framework agreement dialogue memorandum supply services reciprocal provision equipment technology transfer'
).split(' ');

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

function word(random: Random): string {
  return WORDS[Math.floor(WORDS.length * random() * random())] as string;
}

function sentence(random: Random, names: readonly string[]): string {
  const length = between(random, 9, 17);
  const words = Array.from({ length }, () => word(random));
  if (random() < 0.35) words.splice(between(random, 1, length - 1), 0, pick(random, names));
  if (random() < 0.2) words.splice(between(random, 1, length - 1), 0, `at ${pick(random, PLACES)}`);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function date(random: Random, from: number, to: number): string {
  return `${between(random, 1, 28)} ${pick(random, MONTHS)} ${between(random, from, to)}`;
}

/** A footnote in the site's citation format. Sources come from a pool of 3,000 per publication,
 * so large sites share sources between articles as real ones do. The URL is on example.org,
 * a domain reserved for examples. */
function citation(random: Random, label: string): string {
  const title = Array.from({ length: between(random, 4, 9) }, () => word(random)).join(' ');
  const publication = pick(random, PUBLICATIONS);
  const url = `https://example.org/${publication.toLowerCase().replace(/\W+/g, '-')}/${between(random, 1, 3000)}`;
  return `[^${label}]: "${title.charAt(0).toUpperCase()}${title.slice(1)}", *${publication}*, ${date(random, 2005, 2025)}, <${url}>, accessed ${date(random, 2025, 2026)}.`;
}

function table(random: Random, name: string): string {
  const rows = Array.from({ length: between(random, 3, 6) }, (_, row) => `| ${2012 + row * 2} | ${pick(random, PLACES)} | ${between(random, 40, 600)} |`);
  return [`| ${name} edition | Venue | Personnel |`, '| --- | --- | ---: |', ...rows].join('\n');
}

function list(random: Random): string {
  return Array.from({ length: between(random, 3, 6) }, () => `- ${sentence(random, PLACES)}`).join('\n');
}

/** Article `index` of `count`, from its own stream of the seed so each article is independent of the others. */
export function syntheticArticle(seed: number, index: number, count: number): SyntheticArticle {
  const random = seededRandom(seed * 1_000_003 + index);
  const name = `${pick(random, FIRST)} ${pick(random, SECOND)}`;
  const year = between(random, 2012, 2025);
  const names = [name, `${name} ${year}`, `${pick(random, FIRST)} ${pick(random, SECOND)}`];
  const id = `synthetic-${String(index).padStart(5, '0')}`;
  const labels = Array.from({ length: between(random, 10, 20) }, (_, note) => `n${note + 1}`);
  const sections = [...HEADINGS].sort(() => random() - 0.5).slice(0, between(random, 5, 9));
  // An Editions section, as every exercise article has (the data is drawn at its start).
  sections.splice(1, 0, 'Editions');
  // Every note is cited once in order, and a quarter of them a second time later on.
  const citations = [...labels, ...labels.filter(() => random() < 0.25)];
  const paragraphs = sections.length * 3 + 1;
  const perParagraph = Math.ceil(citations.length / paragraphs);
  const other = `synthetic-${String((index + 1) % count).padStart(5, '0')}`;
  const paragraph = (): string => {
    const sentences = Array.from({ length: between(random, 3, 5) }, () => sentence(random, names));
    const notes = citations.splice(0, perParagraph).map((label) => `[^${label}]`);
    return `${sentences.join(' ')}${notes.join('')}`;
  };
  const body = [paragraph(), `See also [the article on ${names[2] ?? name}](/articles/${other}/).`];
  sections.forEach((heading, section) => {
    body.push(`## ${heading}`, paragraph(), paragraph());
    if (section === 1) body.push(table(random, name));
    if (section === 2) body.push(list(random));
    body.push(paragraph());
  });
  if (citations.length > 0) body.push(`${sentence(random, names)}${citations.map((label) => `[^${label}]`).join('')}`);
  const frontmatter = [
    '---',
    `title: ${name} ${year} (synthetic ${index})`,
    `description: A synthetic article about the ${name} exercise of ${year}, generated for the build benchmark.`,
    `pubDate: ${2020 + (index % 6)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    `tags: [${pick(random, SERVICES)}, ${pick(random, FORMATS)}]`,
    '---',
  ];
  const notes = labels.map((label) => citation(random, label));
  return { file: `${id}.md`, name, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n\n${notes.join('\n')}\n` };
}
