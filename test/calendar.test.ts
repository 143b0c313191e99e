import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, assertNoCrash, roadmapFrom, runBin, runMain } from './helpers/cli.js';
import { buildBin } from './helpers/buildBin.js';
import { useTempRoadmap } from './helpers/tempRoadmap.js';

beforeAll(buildBin, 120_000);

const TODAY = '2026-11-25';

const temp = useTempRoadmap('calendar-');

interface ParsedEvent {
  uid: string;
  start: string;
  summary: string;
  description: string;
  location: string | null;
  status: string;
  stamp: string;
}

/** Parsed by ical.js, an iCalendar implementation independent of the one that wrote the file. */
function parseCalendar(ics: string): ParsedEvent[] {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: String(vevent.getFirstPropertyValue('status')),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
}

describe('calendar', () => {
  it('lists meetings, actions, due dates and milestones with stable UIDs and French summaries', async () => {
    const result = await runMain(['calendar', '--dir', temp.root], { today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(0);
    const events = parseCalendar(result.stdout);
    expect(events.map((event) => [event.start, event.uid, event.summary])).toEqual([
      ['2018-11-15', 'commitment-reglement-due@roadmap', 'Échéance : Règlement intérieur du comité'],
      ['2018-11-15', 'meeting-comite-2018-11-15@roadmap', 'Comité territorial'],
      ['2018-12-01', 'action-a-1@roadmap', 'Action : Diffuser le règlement'],
      [
        '2018-12-31',
        'milestone-guichet-unique.cahier-des-charges@roadmap',
        'Jalon : Cahier des charges — Guichet unique des créateurs',
      ],
      ['2030-03-31', 'milestone-guichet-unique.ouverture@roadmap', 'Jalon : Ouverture — Guichet unique des créateurs'],
      ['2030-06-30', 'commitment-guichet-unique-due@roadmap', 'Échéance : Guichet unique des créateurs'],
    ]);
    expect(events[3]!.description).toBe(
      'Pilote : CCI. Axe : Créateurs. Statut : en cours. Réalisé le 15 décembre 2018.',
    );
    expect(events.every((event) => event.stamp === '2018-06-25T00:00:00Z')).toBe(true);
  });

  it('follows RFC 5545 line rules: CRLF everywhere, no line over 75 octets', async () => {
    const { stdout } = await runMain(['calendar'], { cwd: ROOT, today: TODAY });
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of stdout.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(parseCalendar(stdout).length).toBe(62);
  });

  it('escapes text from the files and drops control characters', async () => {
    roadmapFrom(temp.dir, {
      'meetings/comite-2018-11-15.md': readFileSync(
        join(temp.root, 'meetings', 'comite-2018-11-15.md'),
        'utf8',
      ).replace('title: Comité territorial', 'title: "Comité; ordre du jour, \\\\ suite\\nBEGIN:VEVENT \\e[31mrouge"'),
    });
    const result = await runMain(['calendar', '--dir', temp.root], { today: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('SUMMARY:Comité\\; ordre du jour\\, \\\\ suite\\nBEGIN:VEVENT rouge\r\n');
    const meeting = parseCalendar(result.stdout).find((event) => event.uid === 'meeting-comite-2018-11-15@roadmap')!;
    expect(meeting.summary).toBe('Comité; ordre du jour, \\ suite\nBEGIN:VEVENT rouge');
    expect(parseCalendar(result.stdout).length).toBe(6);
  });

  it('writes English summaries with --lang en', async () => {
    const result = await runMain(['calendar', '--dir', temp.root, '--lang', 'en'], { today: TODAY });
    expect(parseCalendar(result.stdout).map((event) => event.summary)).toContain(
      'Milestone: Ouverture — Guichet unique des créateurs',
    );
  });

  it('is reproducible: the same bytes from the bin in another time zone and on another day', async () => {
    const inProcess = await runMain(['calendar', '--dir', temp.root], { today: TODAY });
    const bin = runBin(['calendar', '--dir', temp.root], { env: { TZ: 'Pacific/Kiritimati' } });
    assertNoCrash(bin);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toBe(inProcess.stdout);
  });

  it('writes --output safely, replaces only an earlier calendar, and previews with --dry-run', async () => {
    const output = join(temp.dir, 'roadmap.ics');
    const preview = await runMain(['calendar', '--dir', temp.root, '--output', output, '--dry-run'], {
      cwd: temp.dir,
      today: TODAY,
    });
    expect(preview.code).toBe(0);
    expect(preview.stdout.startsWith('--- /dev/null\n+++ b/roadmap.ics\n')).toBe(true);
    expect(existsSync(output)).toBe(false);

    const first = await runMain(['calendar', '--dir', temp.root, '--output', output], { cwd: temp.dir, today: TODAY });
    expect(first.stdout).toBe('Écrit : roadmap.ics\n');
    expect(parseCalendar(readFileSync(output, 'utf8')).length).toBe(6);
    const again = await runMain(['calendar', '--dir', temp.root, '--output', output], { cwd: temp.dir, today: TODAY });
    expect(again.stdout).toBe('Aucun changement : roadmap.ics est déjà à jour.\n');

    writeFileSync(output, 'my notes');
    const refused = await runMain(['calendar', '--dir', temp.root, '--output', output], {
      cwd: temp.dir,
      today: TODAY,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'roadmap: roadmap.ics existe et n’a pas été créé par roadmap : il ne sera pas écrasé. Rien n’a été écrit.\n',
    );
    expect(readFileSync(output, 'utf8')).toBe('my notes');
  });

  it('gives every event its own UID: shared milestone titles, and ids that would join into one another', async () => {
    const commitment = (id: string, milestones: string[]) =>
      `---\nid: ${id}\ntitle: Engagement ${id}\naxis: createurs\nlead: cci\nstatus: in_progress\ndue: 2030-06-30\nmilestones:\n${milestones.map((title) => `  - { title: "${title}", due: 2029-01-01 }\n`).join('')}---\n`;
    roadmapFrom(temp.dir, {
      'commitments/a.md': commitment('a', ['Phase', 'Phase', 'Phase 2', 'b x']),
      'commitments/a-b.md': commitment('a-b', ['x']),
    });
    const result = await runMain(['calendar', '--dir', temp.root], { today: TODAY });
    expect(result.code).toBe(0);
    const uids = parseCalendar(result.stdout).map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.filter((uid) => uid.startsWith('milestone-a')).sort()).toEqual([
      'milestone-a-b.x@roadmap',
      'milestone-a.b-x@roadmap',
      'milestone-a.phase-2@roadmap',
      'milestone-a.phase.2@roadmap',
      'milestone-a.phase@roadmap',
    ]);
  });

  it('a meeting with a time is a timed event in Paris time, with the VTIMEZONE; others stay all-day', async () => {
    const meeting = readFileSync(join(temp.root, 'meetings', 'comite-2018-11-15.md'), 'utf8');
    roadmapFrom(temp.dir, {
      'meetings/comite-2018-11-15.md': meeting.replace(
        'status: held',
        'status: held\ntime: "14:30"\nend_time: "16:00"',
      ),
      'meetings/comite-2019-07-04.md':
        '---\nid: comite-2019-07-04\ndate: 2019-07-04\nkind: committee\ntitle: Comité d’été\nstatus: planned\ntime: "09:30"\n---\n',
    });
    const ics = (await runMain(['calendar', '--dir', temp.root], { today: TODAY })).stdout;
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20181115T143000\r\nDTEND;TZID=Europe/Paris:20181115T160000\r\n');
    const component = new ICAL.Component(ICAL.parse(ics));
    const zone = component.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    ICAL.TimezoneService.register(zone);
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const autumn = events.find((event) => event.uid === 'meeting-comite-2018-11-15@roadmap')!;
    // Winter: 14:30 in Paris is 13:30 UTC; summer: 09:30 is 07:30 UTC, two hours long by default.
    expect(autumn.startDate.toJSDate().toISOString()).toBe('2018-11-15T13:30:00.000Z');
    expect(autumn.endDate.toJSDate().toISOString()).toBe('2018-11-15T15:00:00.000Z');
    const summer = events.find((event) => event.uid === 'meeting-comite-2019-07-04@roadmap')!;
    expect(summer.startDate.toJSDate().toISOString()).toBe('2019-07-04T07:30:00.000Z');
    expect(summer.endDate.toJSDate().toISOString()).toBe('2019-07-04T09:30:00.000Z');
    const deadline = events.find((event) => event.uid === 'action-a-1@roadmap')!;
    expect(deadline.startDate.isDate).toBe(true);
    // The same bytes whatever zone the process runs in.
    expect(runBin(['calendar', '--dir', temp.root], { env: { TZ: 'America/New_York' } }).stdout).toBe(ics);
  });

  it('refuses an invalid roadmap: its errors, exit 1, no output', async () => {
    roadmapFrom(temp.dir, { 'commitments/reglement.md': '---\nid: reglement\n---\n' });
    const result = await runMain(['calendar', '--dir', temp.root], { today: TODAY });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('schema/required');
  });
});
