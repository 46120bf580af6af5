import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { paths } from '../../../shared/paths';
import { PointsConfirmDialog } from '../common/PointsConfirmDialog';
import type { ConfirmPoint } from './what-becomes-public';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  points: readonly ConfirmPoint[];
  /** The round whose public results page the points may name. */
  roundId: number;
  /** More to fill in before confirming, such as a reason. */
  children?: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
  /** Names the dialog and, with `-confirm`, its confirm button. */
  testId: string;
}

/** Asks before a results step, listing what it computes, locks and makes public. */
export function ConfirmDialog({ points, roundId, ...dialog }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${paths.publicRound(roundId)}`;
  return (
    <PointsConfirmDialog
      {...dialog}
      points={points.map((point) => t(`organizer.results.confirm.${point}`, { url }))}
    />
  );
}
