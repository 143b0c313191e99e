/**
 * The portfolio's roll-ups over its conventions' summaries: per axis title
 * (axes of different conventions that bear the same title, compared without
 * case, accents' composition or extra spaces), per partner kind, per
 * territory, the money per currency, and the conventions that have gone
 * quiet. Means pool the commitments: Σ progress × known weight / Σ known
 * weight, as derive weighs them within one convention. Pure.
 */
import type { IsoDate } from '../../model/types.js';
import type { ConventionSummary, ProgressPart } from './conventionSummary.js';

export interface RollupRow extends ProgressPart {
  key: string;
  /** How many conventions have a row here. */
  conventions: number;
}

export interface StaleConvention {
  id: string;
  lastUpdate: IsoDate | null;
  lastCommittee: IsoDate | null;
  /** What is older than the threshold (or missing). */
  reasons: ('update' | 'committee')[];
}

export interface PortfolioRollups {
  total: RollupRow;
  byAxisTitle: RollupRow[];
  byPartnerKind: (RollupRow & { partners: number })[];
  byTerritory: RollupRow[];
  money: { currency: string; conventions: number; cost: number; planned: number; committed: number; paid: number }[];
  /** The date before which an update or a committee counts as old. */
  staleBefore: IsoDate;
  stale: StaleConvention[];
}

class Pool {
  readonly rows = new Map<
    string,
    { key: string; conventions: Set<string>; part: ProgressPart; weighted: number; partners: number }
  >();
  add(groupKey: string, shown: string, convention: string, part: ProgressPart, partners = 0): void {
    let row = this.rows.get(groupKey);
    if (!row) {
      row = {
        key: shown,
        conventions: new Set(),
        part: { commitments: 0, done: 0, late: 0, unknown: 0, progress: null, knownWeight: 0 },
        weighted: 0,
        partners: 0,
      };
      this.rows.set(groupKey, row);
    }
    row.conventions.add(convention);
    row.part.commitments += part.commitments;
    row.part.done += part.done;
    row.part.late += part.late;
    row.part.unknown += part.unknown;
    row.partners += partners;
    if (part.progress !== null && part.knownWeight > 0) {
      row.weighted += part.progress * part.knownWeight;
      row.part.knownWeight += part.knownWeight;
    }
  }
  list(): (RollupRow & { partners: number })[] {
    return [...this.rows.values()].map((row) => ({
      key: row.key,
      conventions: row.conventions.size,
      partners: row.partners,
      ...row.part,
      progress:
        row.part.knownWeight > 0 && Number.isFinite(row.weighted / row.part.knownWeight)
          ? row.weighted / row.part.knownWeight
          : null,
    }));
  }
}

/** How titles of axes are compared across conventions. */
export function axisTitleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

/** `date` minus `months` calendar months (the last day of a shorter month when the day does not exist). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

export function portfolioRollups(
  summaries: ReadonlyMap<string, ConventionSummary>,
  asOf: IsoDate,
  staleMonths: number,
): PortfolioRollups {
  const total = new Pool();
  const axes = new Pool();
  const kinds = new Pool();
  const territories = new Pool();
  const money = new Map<string, PortfolioRollups['money'][number]>();
  const staleBefore = monthsBefore(asOf, staleMonths);
  const stale: StaleConvention[] = [];
  for (const [id, summary] of summaries) {
    total.add('', '', id, summary);
    for (const axis of summary.axes) axes.add(axisTitleKey(axis.title), axis.title.trim(), id, axis);
    for (const kind of summary.partnerKinds) kinds.add(kind.kind, kind.kind, id, kind, kind.partners);
    territories.add(summary.territory ?? '', summary.territory ?? '', id, summary);
    if (summary.money) {
      const sum = money.get(summary.money.currency) ?? {
        currency: summary.money.currency,
        conventions: 0,
        cost: 0,
        planned: 0,
        committed: 0,
        paid: 0,
      };
      sum.conventions += 1;
      sum.cost += summary.money.cost;
      sum.planned += summary.money.planned;
      sum.committed += summary.money.committed;
      sum.paid += summary.money.paid;
      money.set(sum.currency, sum);
    }
    const reasons: StaleConvention['reasons'] = [];
    if (summary.lastUpdate === null || summary.lastUpdate < staleBefore) reasons.push('update');
    if (summary.lastCommittee === null || summary.lastCommittee < staleBefore) reasons.push('committee');
    if (reasons.length > 0)
      stale.push({ id, lastUpdate: summary.lastUpdate, lastCommittee: summary.lastCommittee, reasons });
  }
  const byKey = (a: RollupRow, b: RollupRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const [totalRow] = total.list();
  return {
    total: totalRow ?? {
      key: '',
      conventions: 0,
      commitments: 0,
      done: 0,
      late: 0,
      unknown: 0,
      progress: null,
      knownWeight: 0,
    },
    byAxisTitle: axes.list().sort(byKey),
    byPartnerKind: kinds.list().sort(byKey),
    byTerritory: territories.list().sort(byKey),
    money: [...money.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    staleBefore,
    stale: stale.sort((a, b) =>
      (a.lastUpdate ?? '') < (b.lastUpdate ?? '')
        ? -1
        : (a.lastUpdate ?? '') > (b.lastUpdate ?? '')
          ? 1
          : a.id < b.id
            ? -1
            : 1,
    ),
  };
}
