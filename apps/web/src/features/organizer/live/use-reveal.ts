import type { LiveReveal } from '@contest/contracts';
import { useState } from 'react';

import { isApiError } from '../../../api';
import { useRevealAction } from './use-live-actions';

type Reveal = LiveReveal['reveal'];

/**
 * Reveals through the server's check: when sheets are missing it refuses with
 * `live_reveal_incomplete`, and the same reveal is offered again with the organizer's reason.
 */
export function useReveal(stageId: number) {
  const action = useRevealAction(stageId);
  const [held, setHeld] = useState<{ reveal: Reveal; refusal: string } | null>(null);

  const reveal = (target: Reveal) =>
    action.mutate(
      { reveal: target, override: null },
      {
        onError: (error) => {
          if (isApiError(error, 409) && error.code === 'live_reveal_incomplete')
            setHeld({ reveal: target, refusal: error.message });
        },
      },
    );

  const override = (reason: string) => {
    if (!held) return;
    action.mutate({ reveal: held.reveal, override: reason }, { onSuccess: () => setHeld(null) });
  };

  const cancel = () => {
    setHeld(null);
    action.reset();
  };

  // The refusal that opened the dialog is the dialog's to show, not the card's.
  const heldOpen = held !== null;
  const error =
    action.error && !(isApiError(action.error) && action.error.code === 'live_reveal_incomplete')
      ? action.error
      : null;

  return {
    reveal,
    override,
    cancel,
    held,
    pending: action.isPending,
    pendingTarget: action.isPending ? action.variables?.reveal : undefined,
    cardError: heldOpen ? null : error,
    dialogError: heldOpen ? error : null,
  };
}
