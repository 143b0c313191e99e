import type { Roadmap } from '../model/types.js';
import type { Figures } from './types.js';

/** Every derived value of the roadmap as it stood on `asOf`. Pure. */
export function derive(roadmap: Roadmap, asOf: string): Figures {
  void roadmap;
  return {
    asOf,
    commitments: [],
    axes: [],
    partners: [],
    indicators: [],
    actions: [],
    coverage: { axes: [], partners: [], cells: {}, axesWithoutLead: [] },
    previousCommittee: null,
    readiness: [],
    meetings: { held: [], next: null },
  };
}
