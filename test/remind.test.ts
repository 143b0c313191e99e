/**
 * `roadmap remind` on the meeting fixture (test/fixtures/meeting/roadmap):
 * who owes what before the October committee, the drafts as markdown and
 * `.eml` read back with a real mail parser (mailparser), header injection
 * from file text, refusals and --dry-run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, test } from 'vitest';
import { FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const DIR = join(FIXTURES, 'meeting', 'roadmap');
const TODAY = '2019-09-15';
const MEETING = 'comite-2019-10-10';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function scratch(): string {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}
const drafts = (out: string) => join(out, MEETING, 'reminders');

// As of 15 September 2019, before the committee of 10 October (previous held: 14 March 2019):
// the CCI has news on its guichet (May journal, June measure) but owns a-2, due 31 January 2019,
// still open: overdue. The EPT leads the observatoire, which never reported anything; its a-3 is
// due 31 October, not overdue; its règlement is done. Nobody else leads or owns anything.
describe('roadmap remind', () => {
  test('one markdown and one .eml draft per partner that owes something, and only those', async () => {
    const out = scratch();
    const result = await runMain(['remind', '--dir', DIR, '--out', out], { today: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(drafts(out)).sort()).toEqual(['cci.eml', 'cci.md', 'ept.eml', 'ept.md']);
    const cci = readFileSync(join(drafts(out), 'cci.md'), 'utf8');
    expect(cci).toContain('# Comité territorial du 10 octobre 2019\u00a0: éléments attendus de la CCI');
    expect(cci).toContain(
      '## Actions en retard\n\n- Recenser les locaux vacants — décidée le 15 novembre 2018, échéance le 31 janvier 2019\n',
    );
    expect(cci).not.toContain('Engagements sans nouvelles');
    const ept = readFileSync(join(drafts(out), 'ept.md'), 'utf8');
    // Never reported: no news since the commitment began, never « jamais ».
    expect(ept).toContain(
      '## Engagements sans nouvelles depuis la réunion du 14 mars 2019\n\n- Observatoire de l’immobilier d’entreprise — aucune nouvelle depuis le 1er janvier 2019\n',
    );
    expect(ept).toContain('# Comité territorial du 10 octobre 2019\u00a0: éléments attendus de l’EPT');
    expect(ept).toContain('*Aucun contact dans le fichier du partenaire\u00a0: destinataire à compléter.*');
  });

  test("the .eml parses as a UTF-8 message to the partner's contacts, in the convention's language", async () => {
    const out = scratch();
    await runMain(['remind', '--dir', DIR, '--out', out], { today: TODAY });
    const raw = readFileSync(join(drafts(out), 'cci.eml'));
    expect(raw.toString('latin1')).not.toMatch(/[^\x00-\x7f]/);
    // RFC 5322: CRLF line ends, no line over 78 characters (long names and subjects are folded encoded words).
    expect(raw.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of raw.toString('latin1').split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(78);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Comité territorial du 10 octobre 2019 : éléments attendus de la CCI');
    const to = Array.isArray(mail.to) ? mail.to.flatMap((address) => address.value) : mail.to!.value;
    expect(to).toEqual([
      { name: 'Anne Durand', address: 'anne.durand@cci.example' },
      { name: 'gérard delmas', address: 'g.delmas@cci.example' },
    ]);
    expect(mail.from!.value).toEqual([{ name: 'Comité territorial', address: 'secretariat@roadmap.invalid' }]);
    expect(mail.date!.toISOString()).toBe('2019-09-15T07:00:00.000Z');
    expect(mail.headers.get('x-unsent')).toBe('1');
    // The meeting, the convention and the partner named, with French articles.
    expect(mail.text).toContain(
      'En vue de la réunion du Comité territorial d’automne du 10 octobre 2019, au titre de la convention de test, le secrétariat du comité a besoin des éléments suivants de la Chambre de commerce et d’industrie, si possible avant le 3 octobre 2019 :',
    );
    expect(mail.text).toContain(
      '- Recenser les locaux vacants — décidée le 15 novembre 2018, échéance le 31 janvier 2019',
    );
    const ept = await simpleParser(readFileSync(join(drafts(out), 'ept.eml')));
    expect(ept.to).toBeUndefined();
  });

  test('from the secretariat, never to itself: a partner whose only contact is the sender gets markdown without a draft', async () => {
    const dir = scratch();
    const convention = readFileSync(join(DIR, 'convention.yaml'), 'utf8');
    const cci = readFileSync(join(DIR, 'partners', 'cci.yaml'), 'utf8').replace(
      /contacts:[\s\S]*$/,
      'contacts:\n  - { name: Secrétariat, email: Secretariat@ept.example }\n',
    );
    const roadmap = roadmapFrom(
      dir,
      {
        'convention.yaml': `${convention}secretariat: { name: Service du développement économique, email: secretariat@ept.example }\n`,
        'partners/cci.yaml': cci,
      },
      DIR,
    );
    const out = join(dir, 'out');
    expect((await runMain(['remind', '--dir', roadmap, '--out', out], { today: TODAY })).code).toBe(0);
    // The CCI is reached only through the secretariat: markdown alone. The EPT has no contact: a draft to complete.
    expect(readdirSync(drafts(out)).sort()).toEqual(['cci.md', 'ept.eml', 'ept.md']);
    const ept = await simpleParser(readFileSync(join(drafts(out), 'ept.eml')));
    expect(ept.from!.value).toEqual([
      { name: 'Service du développement économique', address: 'secretariat@ept.example' },
    ]);
    expect(ept.text!.trimEnd().endsWith('Service du développement économique')).toBe(true);
  });

  test('in English with --lang en', async () => {
    const out = scratch();
    await runMain(['remind', '--dir', DIR, '--out', out, '--lang', 'en'], { today: TODAY });
    const mail = await simpleParser(readFileSync(join(drafts(out), 'ept.eml')));
    expect(mail.subject).toBe('Comité territorial on 10 October 2019: what we need from EPT');
    expect(mail.text).toContain('Commitments with no news since the meeting of 14 March 2019');
  });

  test('text from files cannot add a header, a recipient or a line', async () => {
    const dir = scratch();
    const roadmap = roadmapFrom(
      dir,
      {
        'partners/cci.yaml': [
          'id: cci',
          'name: "Chambre\\r\\nBcc: evil@attacker.example"',
          'short_name: "CCI\\nBcc: evil@attacker.example"',
          'kind: cci',
          'role: signatory',
          'maintainers: ["@test/cci"]',
          'contacts:',
          '  - { name: "Anne\\r\\nBcc: evil@attacker.example", email: anne@cci.example }',
          '',
        ].join('\n'),
      },
      DIR,
    );
    const out = join(dir, 'out');
    expect((await runMain(['remind', '--dir', roadmap, '--out', out], { today: TODAY })).code).toBe(0);
    const raw = readFileSync(join(drafts(out), 'cci.eml'), 'utf8');
    const mail = await simpleParser(raw);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(raw).not.toMatch(/attacker/);
    const to = Array.isArray(mail.to) ? mail.to.flatMap((address) => address.value) : mail.to!.value;
    expect(to).toEqual([{ name: 'Anne Bcc: evil@attacker.example', address: 'anne@cci.example' }]);
    expect(mail.subject).toBe(
      'Comité territorial du 10 octobre 2019 : éléments attendus de la CCI Bcc: evil@attacker.example',
    );
  });

  test('--dry-run lists the drafts and writes nothing; a file not ours stops it', async () => {
    const out = scratch();
    const dry = await runMain(['remind', '--dir', DIR, '--out', out, '--dry-run', '--lang', 'en'], { today: TODAY });
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n').filter(Boolean)).toEqual(
      ['cci.md', 'cci.eml', 'ept.md', 'ept.eml'].map((name) => `Would write: ${join(drafts(out), name)}`),
    );
    expect(readdirSync(out)).toEqual([]);
    expect((await runMain(['remind', '--dir', DIR, '--out', out], { today: TODAY })).code).toBe(0);
    expect((await runMain(['remind', '--dir', DIR, '--out', out], { today: TODAY })).code).toBe(0);
  });

  test('an unknown --meeting exits 2; nobody owing anything writes nothing', async () => {
    const unknown = await runMain(['remind', '--dir', DIR, '--meeting', 'nope', '--out', scratch(), '--lang', 'en'], {
      today: TODAY,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^roadmap: no meeting "nope" in meetings\//);
    // The CCI closed a-2 and the EPT wrote about its observatoire: nobody owes anything.
    const dir = scratch();
    const roadmap = roadmapFrom(
      dir,
      {
        'meetings/comite-2018-11-15.md': readFileSync(join(DIR, 'meetings', 'comite-2018-11-15.md'), 'utf8').replace(
          /(id: a-2\n(?: {4}.*\n)*? {4}status: )open/,
          '$1done\n    closed_on: 2019-02-01',
        ),
        'commitments/observatoire.md': readFileSync(join(DIR, 'commitments', 'observatoire.md'), 'utf8').replace(
          'progress: 20\n',
          'progress: 20\nupdates:\n  - { date: 2019-09-01, text: Premiers relevés }\n',
        ),
      },
      DIR,
    );
    const out = join(dir, 'out');
    const quiet = await runMain(['remind', '--dir', roadmap, '--out', out, '--lang', 'en'], { today: TODAY });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(
      'No partner owes anything before the meeting of 10 October 2019: no reminder to write.\n',
    );
    expect(existsSync(out)).toBe(false);
  });
});
