import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BYTES, readInput } from './input.ts';
import { pageText } from './html.ts';
import { SEED, fixture } from './test-helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const refused = (name: string, b: Uint8Array) => {
  const r = readInput(name, b);
  return r.ok ? 'read' : r.reason;
};

describe('readInput', () => {
  it('reads plain text in UTF-8 and Windows-1251', () => {
    expect(readInput('a.txt', bytes('16 та мактаб\r\n'))).toEqual({ ok: true, text: '16 та мактаб\n' });
    const cp1251 = new Uint8Array([0xf8, 0xea, 0xee, 0xeb, 0xe0]); // «школа»
    expect(readInput('a.txt', cp1251)).toEqual({ ok: true, text: 'школа' });
  });

  it('refuses a file over the size limit, a binary file and an empty one', () => {
    expect(refused('big.txt', new Uint8Array(MAX_BYTES + 1).fill(0x41))).toMatch(/MiB is over the 2 MiB/);
    expect(refused('x.txt', new Uint8Array([0x31, 0x36, 0x00, 0x20]))).toMatch(
      /^a binary file \(a control byte 0x00 at byte 2\)/,
    );
    expect(refused('x.txt', bytes('16 \u001b[31m'))).toMatch(/^a binary file/);
    expect(refused('x.txt', bytes('  \n'))).toBe('the file is empty');
  });

  it('says Word documents, PDFs and Telegram exports are out of scope', () => {
    expect(refused('release.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(
      /^a Word document.*out of scope for now/,
    );
    expect(refused('release.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatch(
      /^a Word document.*out of scope/,
    );
    expect(refused('release.pdf', bytes('%PDF-1.7\n'))).toMatch(/^a PDF: out of scope/);
    expect(refused('result.json', bytes('{"name":"Sektor","type":"public_channel","messages":[]}'))).toMatch(
      /^a Telegram export: out of scope/,
    );
    expect(refused('export.json', bytes('{"messages": [{"id": 1}]}'))).toMatch(/^a Telegram export/);
    expect(
      refused(
        'messages.html',
        bytes('<html><body><div class="message default clearfix">16 ta</div></body></html>'),
      ),
    ).toMatch(/^a Telegram export/);
  });
});

describe('pageText', () => {
  it('keeps text only: scripts, styles and templates are dropped, entities decoded, blocks on their own lines', () => {
    const page = pageText(
      '<p>16&nbsp;ta <b>maktab</b></p><script>alert("17 ta")</script><style>p{}</style><template>18</template><p>&lt;img&gt;</p>',
    );
    expect(page.text).toBe('16 ta maktab\n\n<img>');
  });
  it('prefers the article to the menus around it', () => {
    expect(
      pageText(
        '<nav>Tel: 244-12-34</nav><article><p>Quva tumanida 16 ta maktab bor, bu juda yaxshi natija.</p></article><footer>2021</footer>',
      ).text,
    ).toBe('Quva tumanida 16 ta maktab bor, bu juda yaxshi natija.');
  });
});

const root = new URL('../..', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'src/cli/extract.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ochiq-extract-'));

  it('writes the proposal, prints the review list and exits 0', () => {
    const out = join(dir, 'seed.json');
    const r = run([SEED, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Proposal written to .*seed\.json \(uz-Cyrl\): 7 value\(s\), 0 unsure, 4 number\(s\) unfiled\./,
    );
    expect(r.stdout).toContain(
      'fa.ozbekiston.s2  2020-12-02  population = 62000 (at-least)  «62 мингдан ортиқ аҳоли истиқомат қиласди»',
    );
    expect(r.stdout).toContain(
      'Мирвоҳид Отабоев: Ўзбекистон тумани прокурори, 2-сектор раҳбари (fa.ozbekiston; leads fa.ozbekiston.s2) [already in places.json]',
    );
    expect(r.stdout).toMatch(/npm run import -- \S*seed\.json --date YYYY-MM-DD/);
    expect(JSON.parse(readFileSync(out, 'utf8')).records).toHaveLength(7);
    // Never replaces a reviewed proposal without --force.
    const again = run([SEED, '--out', out]);
    expect([again.status, again.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(again.stderr).toMatch(/exists: it may hold your review/);
  });

  it('refuses a 10 MB file, a binary file and a Word document in one line, writing nothing', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, '1 '));
    const bin = join(dir, 'release.txt');
    writeFileSync(bin, Buffer.from([0x31, 0x36, 0x00, 0x74, 0x61]));
    const docx = join(dir, 'release.docx');
    writeFileSync(docx, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    for (const [file, why] of [
      [big, /10\.0 MiB is over the 2 MiB/],
      [bin, /a binary file/],
      [docx, /out of scope for now/],
    ] as const) {
      const out = join(dir, 'never.json');
      const r = run([file, '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(why);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('reads a page with scripts as text and runs nothing', () => {
    const r = run([fixture('page.uz-Latn.html'), '--out', join(dir, 'page.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/999|evil|alert/);
  });
});
