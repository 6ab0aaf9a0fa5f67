// The unit's proposals of a review: who, the standing judged now, the dossier, and withdrawing one with a reason.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import {
  Button,
  DataTable,
  errorText,
  formatDateTime,
  formatNumber,
  QueryView,
  ReasonStep,
  StatusBadge,
  useApi,
  useI18n,
} from '@thidua/ui';
import { useState } from 'react';

type Row = RouterOutputs['nominations']['list'][number];

export const OwnNominations = ({ reviewId, open }: { reviewId: string; open: boolean }) => {
  const { t, lang, pick } = useI18n();
  const api = useApi();
  const list = useQuery({
    queryKey: ['nominations.list', reviewId],
    queryFn: () => api.nominations.list.query({ reviewId }),
  });
  return (
    <>
      <h3 style={{ marginTop: 16 }}>{t('unit.proposed')}</h3>
      <QueryView query={list}>
        {(rows) => (
          <DataTable
            rows={rows}
            rowKey={(n) => n.id}
            columns={[
              {
                key: 'who',
                header: t('council.nominee'),
                cell: (n) => (
                  <>
                    <strong>{n.nominee}</strong>
                    <div className="td-muted">{t(`dash.awardClass.${n.awardClass}`)}</div>
                  </>
                ),
              },
              {
                key: 'standing',
                header: t('propose.standing'),
                cell: (n) => (
                  <>
                    {formatNumber(n.standing.score, lang)} ·{' '}
                    {n.standing.explanation
                      ? pick(n.standing.explanation)
                      : t(n.standing.eligible ? 'dash.eligible' : 'dash.not_eligible')}
                  </>
                ),
              },
              {
                key: 'dossier',
                header: t('propose.documents'),
                cell: (n) => (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {n.dossier.map((d) => (
                      <li key={d.documentId}>
                        <a href={d.file} target="_blank" rel="noreferrer">
                          {d.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                key: 'status',
                header: t('common.status'),
                cell: (n) => (
                  <>
                    <StatusBadge status={n.status} label={t(`nomination.${n.status}`)} />
                    {n.withdrawnReason && (
                      <div className="td-muted">{t('propose.withdrawn', { reason: n.withdrawnReason })}</div>
                    )}
                  </>
                ),
              },
              { key: 'at', header: t('dash.proposedAt'), cell: (n) => formatDateTime(n.proposedAt, lang) },
              {
                key: 'withdraw',
                header: '',
                cell: (n) =>
                  open && (n.status === 'proposed' || n.status === 'in_comment') ? <Withdraw row={n} /> : null,
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
};

const Withdraw = ({ row }: { row: Row }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const withdraw = useMutation({
    mutationFn: (reason: string) =>
      api.nominations.withdraw.mutate({ nominationId: row.id, version: row.version, reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['nominations.list'] }),
  });
  if (!asking)
    return (
      <Button tone="secondary" onClick={() => setAsking(true)}>
        {t('propose.withdraw')}
      </Button>
    );
  return (
    <ReasonStep
      label={t('propose.withdraw')}
      reasonLabel={t('propose.withdrawReason')}
      minLength={5}
      maxLength={1000}
      busy={withdraw.isPending}
      error={withdraw.isError ? errorText(withdraw.error, lang) : null}
      onConfirm={(reason) => withdraw.mutate(reason)}
      onCancel={() => setAsking(false)}
    >
      <p>{t('propose.withdrawConfirm', { who: row.nominee })}</p>
    </ReasonStep>
  );
};
