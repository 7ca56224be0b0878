import { hrefFor, type Route } from '../../app/hash-route';

/** The Security & cost area's sections, in the order the area's navigation shows them. */
export const SECURITY_SECTIONS = [
  { id: 'roles', label: 'Roles', summary: 'IAM roles the pipeline uses, their findings, the policy simulator and a least-privilege suggestion.' },
  { id: 'posture', label: 'Encryption & network', summary: 'Encryption at rest and in transit, network isolation and KMS key rotation across the pipeline.' },
  { id: 'cost', label: 'Cost', summary: 'What runs now and its cost per hour, month to date and forecast by service and by tag, untagged resources.' },
  { id: 'backups', label: 'Backups', summary: 'Which buckets a backup plan covers, recovery points, and restore tests.' },
  { id: 'compliance', label: 'Compliance evidence', summary: 'Technical controls relevant to GDPR, HIPAA and PCI DSS, evaluated live and exported.' },
] as const;

export type SecuritySectionId = (typeof SECURITY_SECTIONS)[number]['id'];

/**
 * The area's addresses, each surviving a reload: `#/security` (the sections at a glance) and
 * `#/security/<section>/<...rest>?<params>`; each section reads its own rest and params.
 */
export type SecurityAreaView = { view: 'home' } | { view: 'section'; section: SecuritySectionId; rest: string[]; params: URLSearchParams } | { view: 'unknown' };

const isSection = (id: string | undefined): id is SecuritySectionId => SECURITY_SECTIONS.some((s) => s.id === id);

export function securityAreaView(route: Pick<Route, 'path' | 'params'>): SecurityAreaView {
  const [first, ...rest] = route.path;
  if (first === undefined) return { view: 'home' };
  if (isSection(first)) return { view: 'section', section: first, rest, params: route.params };
  return { view: 'unknown' };
}

export const securityHomeHref = () => hrefFor('security');
export const securitySectionHref = (section: SecuritySectionId, rest: readonly string[] = [], params?: Record<string, string>) => hrefFor('security', [section, ...rest], params);
