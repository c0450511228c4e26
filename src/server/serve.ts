/**
 * Serves the built site: `npm run serve` (after `npm run build`) or `npm start`.
 * Binds to 127.0.0.1 unless HOST says otherwise; PORT defaults to 4321.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStaticServer } from './static-server.ts';

const root = resolve(process.env['SITE_DIR'] ?? 'dist');
const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = createStaticServer(root);
server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/ (Ctrl+C to stop)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
