import type { RoutingReport } from './routingReport.js';

/** `roadmap owners --changed-since --format json`: files, partners and approvers, paths as validate names them. */
export function routingToJson(report: RoutingReport): string {
  const { routing, label } = report;
  const named = (file: string) => `${label}/${file}`;
  return `${JSON.stringify(
    {
      since: report.rev,
      base: report.base,
      files: routing.files.map(({ file, owners }) => ({ file: named(file), owners })),
      partners: routing.partners.map((partner) => ({ ...partner, files: partner.files.map(named) })),
      severalPartners: routing.partners.length > 1,
      approvers: routing.approvers,
      unowned: routing.unowned.map(named),
    },
    null,
    2,
  )}\n`;
}
