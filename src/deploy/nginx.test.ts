import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { nginxConf, readmeNginx, snippetText } from './nginx.ts';

const readme = readmeNginx(readFileSync('README.md', 'utf8'));

describe('readmeNginx', () => {
  it("splits the README's nginx block into the common headers and the server block", () => {
    expect(snippetText(readme)).toContain('add_header X-Content-Type-Options nosniff always;');
    expect(snippetText(readme)).not.toContain('#');
    expect(readme.server.startsWith('server {')).toBe(true);
    expect(readme.server).toContain('location /embed/');
  });

  it('refuses a README without an nginx block', () => {
    expect(() => readmeNginx('# nothing here')).toThrow('README.md has no ```nginx block');
  });
});

describe('nginxConf', () => {
  it("fills in only the folder, the address and the snippet path of the README's server block", () => {
    const conf = nginxConf(readme, { root: '/srv/site', dir: '/tmp/n', port: 4999, asRoot: false });
    expect(conf).toContain('  root /srv/site;');
    expect(conf).toContain('listen 127.0.0.1:4999;');
    expect(conf).toContain('include /tmp/n/ochiq-sektor.conf;');
    expect(conf).not.toContain('/var/www/ochiq-sektor');
    expect(conf).not.toContain('user root;');
    // Everything else of the server block is the README's, line for line.
    for (const line of readme.server.split('\n').filter((l) => !/root |include snippets/.test(l)))
      expect(conf).toContain(line.trim());
  });
});
