/** Lower-case words joined by hyphens ("JIMEX-24 (2024)" → "jimex-24-2024"): ids that survive in a URL fragment. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
