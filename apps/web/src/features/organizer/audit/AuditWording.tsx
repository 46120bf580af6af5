import type { AuditEntry } from '@contest/contracts';
import { Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { auditLabel } from './audit-labels';

/** What was done, in words; an action the web does not know yet shows as recorded. */
export function AuditAction({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { action } = auditLabel(entry);
  return action ? t(`organizer.audit.actions.${action}`) : <Code>{entry.action}</Code>;
}

/** What it was done to: "Vòng thi #5". */
export function AuditEntityName({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { entityType, entityId } = auditLabel(entry);
  const name = t(`organizer.audit.entities.${entityType}`);
  return entityId === null ? name : `${name} #${entityId}`;
}
