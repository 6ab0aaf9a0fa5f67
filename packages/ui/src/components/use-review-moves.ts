// @thidua/ui/review (not shared: it keeps no state of its own, so the shell and each module build it in).
// The reviewer's side of every submission (a unit's report, a sector's figures): the reason typed for a return or an
// un-approval, the move sent at the version on screen, and which move was done, said where the reviewer clicked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/** The API refuses a shorter reason for a return or an un-approval. */
export const REVIEW_REASON_MIN = 10;

export const useReviewMoves = <Action extends string>(send: (action: Action, reason: string) => Promise<unknown>) => {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<Action | null>(null);
  const act = useMutation({
    mutationFn: async (action: Action) => {
      await send(action, reason);
      return action;
    },
    onMutate: () => setDone(null),
    onSuccess: (action) => {
      setReason('');
      setDone(action);
      void queryClient.invalidateQueries();
    },
  });
  return { act, reason, setReason, done, reasonOk: reason.trim().length >= REVIEW_REASON_MIN };
};
