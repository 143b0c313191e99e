import type { HealthReason } from '../derive/types.js';
import type { BriefWords } from './brief/briefWords.js';

type Milestones = Extract<HealthReason, { code: 'late-milestones' }>['milestones'];
type Indicators = Extract<HealthReason, { code: 'indicators-behind' }>['indicators'];

/** How a document names what a reason points at: the report lists everything, the one-page dashboard counts milestones. */
export interface ReasonNaming {
  commitmentTitle(id: string): string;
  percent(value: number): string;
  milestones(milestones: Milestones): string;
  indicators(indicators: Indicators): string;
}

/** One reason for an axis's colour, as a sentence fragment (the same words in the report and the brief). */
export function healthReasonText(reason: HealthReason, reasons: BriefWords['reasons'], naming: ReasonNaming): string {
  const titles = (ids: readonly string[]): string => ids.map(naming.commitmentTitle).join(', ');
  switch (reason.code) {
    case 'late-weight':
    case 'late':
      return reasons[reason.code](naming.percent(reason.share * 100), titles(reason.commitments));
    case 'blocked-past-due':
    case 'blocked':
      return reasons[reason.code](titles(reason.commitments));
    case 'late-milestones':
      return reasons[reason.code](naming.milestones(reason.milestones));
    case 'indicators-behind':
      return reasons[reason.code](naming.indicators(reason.indicators));
  }
}
