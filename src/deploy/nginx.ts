/**
 * The README's nginx configuration, made runnable: the snippet and the `server` block are
 * taken from the README as they are, and only the site's folder, the address and the
 * snippet's path are filled in, so the tests check the configuration readers copy.
 */

/** The README's nginx block split into the common-headers snippet and the server block. */
export interface ReadmeNginx {
  snippet: string;
  server: string;
}

/** Finds the ```nginx block of the README and splits it at `server {`. */
export function readmeNginx(readme: string): ReadmeNginx {
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```nginx block');
  const at = block.indexOf('server {');
  if (at < 0) throw new Error('the README\'s nginx block has no "server {"');
  return { snippet: block.slice(0, at).trim(), server: block.slice(at).trim() };
}

/** Where a test instance of nginx keeps its files and listens. */
export interface NginxPlace {
  /** The built site. */
  root: string;
  /** A folder for the configuration, the pid file, the logs and temporary files. */
  dir: string;
  port: number;
  /** True when nginx runs as root (its workers then run as root too, to read a private checkout). */
  asRoot: boolean;
}

/** A whole `nginx.conf` that serves `root` on 127.0.0.1:`port` with the README's server block. */
export function nginxConf(r: ReadmeNginx, p: NginxPlace): string {
  const snippetPath = `${p.dir}/ochiq-sektor.conf`;
  const server = r.server
    .replace(/\n\s*root [^;]+;[^\n]*/, `\n  root ${p.root};`)
    .replace('server {', `server {\n  listen 127.0.0.1:${p.port};`)
    .replaceAll('include snippets/ochiq-sektor.conf;', `include ${snippetPath};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((k) => `  ${k}_temp_path ${p.dir}/${k};`)
    .join('\n');
  return [
    ...(p.asRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${p.dir}/nginx.pid;`,
    `error_log ${p.dir}/error.log warn;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    temp,
    server.replace(/^/gm, '  '),
    '}',
    '',
  ].join('\n');
}

/** The snippet file's text: the README's snippet without its comment line. */
export const snippetText = (r: ReadmeNginx) => `${r.snippet.replace(/^#.*\n/gm, '').trim()}\n`;
