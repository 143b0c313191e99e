import type { Rule } from './context.js';

/** partner/no-maintainers: a signatory's files need someone to approve changes to them. */
export const partnerNoMaintainers: Rule = ({ roadmap, report }) => {
  for (const { data, file } of roadmap.partners) {
    if (data.role === 'signatory' && !(data.maintainers && data.maintainers.length > 0)) {
      report('partner/no-maintainers', file, ['role'], { id: data.id });
    }
  }
};
