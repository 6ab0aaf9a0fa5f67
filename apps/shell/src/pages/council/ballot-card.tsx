// The review's secret ballot: Home Affairs opens it (the quorum comes from the council's members), members vote with a
// review step, and Home Affairs closes it after confirming the tally, or cancels it with a reason.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import {
  Button,
  endOfDayInVietnam,
  Card,
  ConfirmStep,
  ErrorNote,
  errorText,
  formatDate,
  formatDateTime,
  Notice,
  QueryView,
  ReasonStep,
  useApi,
  useI18n,
  type Me,
} from '@thidua/ui';
import { useState } from 'react';
import { VoteForm } from './vote-form.js';

type Nomination = RouterOutputs['nominations']['list'][number];

export const BallotCard = ({
  me,
  reviewId,
  nominations,
}: {
  me: Me;
  reviewId: string;
  nominations: readonly Nomination[];
}) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const ballot = useQuery({
    queryKey: ['council.ballot', reviewId],
    queryFn: () => api.council.ballot.query({ reviewId }),
  });
  const action = useMutation({
    mutationFn: async (run: () => Promise<unknown>) => run(),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  const [closes, setCloses] = useState('');
  const homeAffairs = me.capabilities.appraise;
  const nameOf = (id: string) => nominations.find((n) => n.id === id)?.nominee ?? id;
  return (
    <Card title={t('council.ballot')} testId="ballot">
      {action.isError && <ErrorNote message={errorText(action.error, lang)} />}
      <QueryView query={ballot}>
        {(b) => {
          const open = b?.status === 'open' ? b : null;
          return (
            <>
              {b?.status === 'closed' && b.results && (
                <Notice tone="ok">
                  {t('council.results', { voters: b.voters })}:{' '}
                  {b.results
                    .map(
                      (r) =>
                        `${nameOf(r.nominationId)}: ${t('council.yes')} ${r.yes}, ${t('council.no')} ${r.no}, ${t('council.abstain')} ${r.abstain}`,
                    )
                    .join('; ')}
                </Notice>
              )}
              {b?.status === 'cancelled' && (
                <Notice tone="warn">{t('council.cancelled', { reason: b.cancelReason ?? '' })}</Notice>
              )}
              {!open && <p>{t('council.noBallot')}</p>}
              {open && (
                <p>
                  {t('council.ballotOpen', {
                    date: formatDateTime(open.closesAt, lang),
                    voters: open.voters,
                    quorum: open.quorum,
                    members: open.members,
                  })}
                </p>
              )}
              {open &&
                me.capabilities.vote &&
                (open.hasVoted ? (
                  <Notice tone="ok">{t('council.voted')}</Notice>
                ) : (
                  <VoteForm
                    nominees={nominations.filter((n) => open.nominationIds.includes(n.id))}
                    busy={action.isPending}
                    send={(choices) => action.mutate(() => api.council.vote.mutate({ ballotId: open.id, choices }))}
                  />
                ))}
              {homeAffairs && open && (
                <CloseOrCancel ballotId={open.id} quorumMet={open.voters >= open.quorum} nameOf={nameOf} />
              )}
              {homeAffairs && !open && (
                <form
                  style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}
                  onSubmit={(e) => {
                    e.preventDefault();
                    action.mutate(() =>
                      api.council.openBallot.mutate({ reviewId, closesAt: endOfDayInVietnam(closes) }),
                    );
                  }}
                >
                  <div className="td-field" style={{ margin: 0 }}>
                    <label htmlFor="closes">{t('council.closesAt')}</label>
                    <input
                      id="closes"
                      type="date"
                      value={closes}
                      onChange={(e) => setCloses(e.target.value)}
                      required
                    />
                  </div>
                  <Button type="submit" disabled={!closes} busy={action.isPending}>
                    {t('council.openBallot')}
                  </Button>
                  {closes && <span className="td-muted">{formatDate(closes, lang)}</span>}
                  <span className="td-hint">{t('council.quorumFromMembers')}</span>
                </form>
              )}
            </>
          );
        }}
      </QueryView>
    </Card>
  );
};

/** Closing shows the tally first and asks to confirm (explicitly when nobody passes); cancelling asks for a reason. */
const CloseOrCancel = ({
  ballotId,
  quorumMet,
  nameOf,
}: {
  ballotId: string;
  quorumMet: boolean;
  nameOf: (id: string) => string;
}) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'idle' | 'close' | 'cancel'>('idle');
  const [noneConfirmed, setNoneConfirmed] = useState(false);
  const tally = useQuery({
    queryKey: ['council.tally', ballotId],
    queryFn: () => api.council.tally.query({ ballotId }),
    enabled: step === 'close',
    staleTime: 0,
  });
  const done = {
    onSuccess: () => {
      setStep('idle');
      void queryClient.invalidateQueries();
    },
  };
  // A vote that arrived since the tally was shown: the server refuses, and the tally is read again.
  const close = useMutation({
    mutationFn: (voters: number) =>
      api.council.closeBallot.mutate({ ballotId, voters, confirmNoneApproved: noneConfirmed }),
    ...done,
    onError: () => void tally.refetch(),
  });
  const cancel = useMutation({
    mutationFn: (reason: string) => api.council.cancelBallot.mutate({ ballotId, reason }),
    ...done,
  });
  if (step === 'idle') {
    return (
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={() => setStep('close')} disabled={!quorumMet}>
          {t('council.closeBallot')}
        </Button>
        <Button tone="secondary" onClick={() => setStep('cancel')}>
          {t('council.cancelBallot')}
        </Button>
        {!quorumMet && <span className="td-hint">{t('council.waitQuorum')}</span>}
      </div>
    );
  }
  if (step === 'cancel') {
    return (
      <ReasonStep
        label={t('council.cancelBallot')}
        reasonLabel={t('council.cancelReason')}
        minLength={10}
        maxLength={1000}
        busy={cancel.isPending}
        error={cancel.isError ? errorText(cancel.error, lang) : null}
        onConfirm={(reason) => cancel.mutate(reason)}
        onCancel={() => setStep('idle')}
      >
        <p>{t('council.cancelExplain')}</p>
      </ReasonStep>
    );
  }
  return (
    <QueryView query={tally}>
      {(tl) => (
        <ConfirmStep
          label={t('council.closeBallot')}
          busy={close.isPending}
          disabled={tl.noneApproved && !noneConfirmed}
          onConfirm={() => close.mutate(tl.voters)}
          onCancel={() => setStep('idle')}
          confirmLabel={t('council.closeConfirm')}
        >
          <p>
            <strong>{t('council.tallyOf', { voters: tl.voters, members: tl.members, quorum: tl.quorum })}</strong>
          </p>
          <ul data-testid="tally">
            {tl.results.map((r) => (
              <li key={r.nominationId}>
                {nameOf(r.nominationId)}: {t('council.yes')} {r.yes}, {t('council.no')} {r.no}, {t('council.abstain')}{' '}
                {r.abstain} → <strong>{t(r.approved ? 'council.passes' : 'council.fails')}</strong>
              </li>
            ))}
          </ul>
          {tl.noneApproved && (
            <label>
              <input type="checkbox" checked={noneConfirmed} onChange={(e) => setNoneConfirmed(e.target.checked)} />{' '}
              {t('council.noneApprovedConfirm')}
            </label>
          )}
          <p>{t('council.closeFinal')}</p>
          {close.isError && <ErrorNote message={errorText(close.error, lang)} />}
        </ConfirmStep>
      )}
    </QueryView>
  );
};
