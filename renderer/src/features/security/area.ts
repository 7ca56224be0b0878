import type { AreaManifest } from '../../app/area-manifest';

export const securityArea: AreaManifest = {
  id: 'security',
  label: 'Security & cost',
  summary: 'Review IAM roles, encryption and network posture, cost by tag, tested backups and compliance evidence.',
  paletteCommands: [
    { id: 'security-roles', label: 'Review IAM roles', keywords: 'iam role policy least privilege permissions simulate passrole', path: '/security/roles' },
    { id: 'security-posture', label: 'Encryption and network posture', keywords: 'kms encryption tls vpc network isolation rotation', path: '/security/posture' },
    { id: 'security-cost', label: 'Cost by service and tag', keywords: 'cost explorer budget forecast tag untagged price hour', path: '/security/cost' },
    { id: 'security-backups', label: 'Backups and restore tests', keywords: 'aws backup plan vault recovery point restore test', path: '/security/backups' },
    { id: 'security-compliance', label: 'Compliance evidence report', keywords: 'gdpr hipaa pci dss compliance report evidence export csv html', path: '/security/compliance' },
  ],
  load: () => import('./SecurityArea'),
};
