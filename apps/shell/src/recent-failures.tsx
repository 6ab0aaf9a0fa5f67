// Right after signing in, the account holder learns of failed sign-ins since the previous one: someone may be guessing.
import { useQuery } from '@tanstack/react-query';
import { Button, formatDateTime, Notice, useApi, useI18n } from '@thidua/ui';
import { useState } from 'react';

export const RecentFailures = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const [dismissed, setDismissed] = useState(false);
  // Once per page load: the count is about the sign-in that opened this session.
  const failures = useQuery({
    queryKey: ['auth.recentFailures'],
    queryFn: () => api.auth.recentFailures.query(),
    staleTime: Infinity,
  });
  const f = failures.data;
  if (dismissed || !f || f.count === 0) return null;
  return (
    <Notice tone="warn">
      <span data-testid="recent-failures">
        {t('signin.recentFailures', {
          count: f.count,
          time: formatDateTime(f.lastAt, lang),
          address: f.lastAddress ?? '—',
        })}
      </span>{' '}
      <Button tone="secondary" onClick={() => setDismissed(true)}>
        {t('signin.recentFailuresSeen')}
      </Button>
    </Notice>
  );
};
