/**
 * Serves the built site: `npm run serve` (after `npm run build`) or `npm start`.
 * Binds to 127.0.0.1 unless HOST says otherwise; PORT defaults to 4321; SITE_DIR to dist/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveSiteUrl } from '../pure/site-url.ts';
import { createStaticServer } from './static-server.ts';

const root = resolve(process.env['SITE_DIR'] ?? 'dist');
const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);
// A site built for a sub-path (SITE_URL with a path) is served under it, as its host will;
// BASE_PATH overrides it for a build made elsewhere.
const base = process.env['BASE_PATH'] ?? new URL(resolveSiteUrl(process.env['SITE_URL'])).pathname;

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = createStaticServer(root, base);
server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base} (Ctrl+C to stop)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
