/**
 * `npm run nginx [-- --dir dist --port 4324]`: serves a built site with Debian's nginx and
 * the README's configuration (as a deployer would copy it), in the foreground. The
 * end-to-end tests run their header, embed and link checks against it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxConf, readmeNginx, snippetText } from '../deploy/nginx.ts';

const { values: args } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } } });
const root = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 4324);
const dir = resolve('.build', `nginx-${port}`);
for (const sub of ['', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
  mkdirSync(join(dir, sub), { recursive: true });

const readme = readmeNginx(readFileSync('README.md', 'utf8'));
writeFileSync(join(dir, 'ochiq-sektor.conf'), snippetText(readme));
writeFileSync(
  join(dir, 'nginx.conf'),
  nginxConf(readme, { root, dir, port, asRoot: process.getuid?.() === 0 }),
);
const bin = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const child = spawn(bin, ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
child.on('error', (e) => {
  console.error(
    `nginx: cannot start ${bin} (${e.message}); install it with \`apt-get install nginx\` or set NGINX_PATH.`,
  );
  process.exit(1);
});
child.on('exit', (code) => process.exit(code ?? 1));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill('SIGQUIT'));
console.log(
  `nginx serving ${root} on http://127.0.0.1:${port}/ with the README's configuration (${join(dir, 'nginx.conf')})`,
);
