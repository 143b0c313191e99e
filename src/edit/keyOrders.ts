/**
 * Where a field the file does not have yet goes, per kind of file: the order
 * of SPEC §3 and of the schemas' `properties`, nested mappings by their path
 * (list positions left out: `agenda` is the order inside an agenda item).
 */
import type { KeyOrder } from './fieldEdits.js';

export const KEY_ORDERS = {
  convention: {
    '': ['id', 'title', 'signed_on', 'place', 'language', 'territory', 'horizon', 'committee', 'summary', 'repository', 'secretariat', 'logos', 'currency', 'health'],
    committee: ['name', 'chair', 'cadence_months'],
    repository: ['url', 'branch'],
    secretariat: ['name', 'organisation', 'email', 'phone', 'address', 'city'],
    health: ['tolerance'],
  },
  partner: {
    '': ['id', 'name', 'short_name', 'kind', 'role', 'joined_on', 'left_on', 'territory', 'representative', 'maintainers', 'contacts'],
    representative: ['name', 'title', 'salutation'],
    contacts: ['name', 'email', 'role'],
  },
  axis: {
    '': ['id', 'number', 'title', 'short_title', 'leads'],
  },
  commitment: {
    '': ['id', 'title', 'axis', 'lead', 'partners', 'status', 'start', 'due', 'progress', 'weight', 'milestones', 'indicators', 'budget', 'updates'],
    milestones: ['title', 'due', 'done_on'],
    indicators: ['id', 'label', 'unit', 'baseline', 'target', 'measures'],
    'indicators.baseline': ['value', 'date'],
    'indicators.target': ['value', 'date'],
    updates: ['date', 'text', 'status', 'due', 'previous_due', 'decision', 'milestone', 'source'],
  },
  meeting: {
    '': ['id', 'date', 'kind', 'title', 'status', 'place', 'time', 'end_time', 'chair', 'chaired_by', 'secretary', 'approved_minutes', 'attendees', 'guests', 'agenda', 'decisions', 'actions'],
    attendees: ['partner', 'people', 'present', 'excused'],
    guests: ['name', 'organisation', 'present'],
    agenda: ['title', 'axis', 'commitments'],
  },
} as const satisfies Record<string, KeyOrder>;
