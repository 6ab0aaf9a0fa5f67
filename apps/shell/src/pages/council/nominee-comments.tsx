// The public's comments on a nominee, for those who judge it: Home Affairs sees the contacts and hides a comment
// with a reason (audited); the council reads them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, errorText, formatDateTime, QueryView, ReasonStep, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

export const NomineeComments = ({ nominationId, canHide }: { nominationId: string; canHide: boolean }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const comments = useQuery({
    queryKey: ['nominations.comments', nominationId],
    queryFn: () => api.nominations.comments.query({ nominationId }),
  });
  return (
    <QueryView query={comments}>
      {(rows) =>
        rows.length === 0 ? (
          <p className="td-muted">{t('council.noPublicComments')}</p>
        ) : (
          <ul className="td-comments" data-testid={`comments-${nominationId}`}>
            {rows.map((c) => (
              <li key={c.id} data-hidden={c.hidden || undefined}>
                <div className="td-muted">
                  {c.authorName} · {formatDateTime(c.createdAt, lang)}
                  {c.contact ? ` · ${c.contact}` : ''}
                </div>
                <p style={{ margin: '2px 0', textDecoration: c.hidden ? 'line-through' : undefined }}>{c.body}</p>
                {c.hidden ? (
                  <div className="td-muted">{t('council.hiddenBecause', { reason: c.hiddenReason ?? '' })}</div>
                ) : (
                  canHide && <HideComment commentId={c.id} />
                )}
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
};

const HideComment = ({ commentId }: { commentId: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const hide = useMutation({
    mutationFn: (reason: string) => api.nominations.hideComment.mutate({ commentId, reason }),
    onSuccess: () => {
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: ['nominations.comments'] });
    },
  });
  if (!asking)
    return (
      <Button tone="secondary" onClick={() => setAsking(true)}>
        {t('council.hide')}
      </Button>
    );
  return (
    <ReasonStep
      label={t('council.hide')}
      reasonLabel={t('council.hideReason')}
      minLength={5}
      maxLength={500}
      busy={hide.isPending}
      error={hide.isError ? errorText(hide.error, lang) : null}
      onConfirm={(reason) => hide.mutate(reason)}
      onCancel={() => setAsking(false)}
    />
  );
};
