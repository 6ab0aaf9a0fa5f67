// Registration for the movement with the unit's pledges (D-REGISTRATION).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, ErrorNote, errorText, formatDateTime, Notice, QueryView, useApi, useI18n } from '@thidua/ui';
import { useEffect, useState } from 'react';

export const RegistrationForm = ({ unitId }: { unitId: string }) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const registration = useQuery({
    queryKey: ['registrations.get', unitId],
    queryFn: () => api.registrations.get.query({ unitId }),
  });
  const [pledges, setPledges] = useState('');
  useEffect(
    () => setPledges(registration.data?.pledges ?? ''),
    [registration.data?.version, registration.data?.pledges],
  );
  const save = useMutation({
    mutationFn: () => api.registrations.register.mutate({ unitId, pledges, version: registration.data?.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['registrations.get', unitId] }),
  });
  return (
    <Card title={t('unit.registration')} testId="registration">
      <QueryView query={registration}>
        {(r) => (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            {r && <Notice tone="ok">{t('unit.registeredAt', { at: formatDateTime(r.registeredAt, lang) })}</Notice>}
            <div className="td-field">
              <label htmlFor="pledges">{t('unit.pledges')}</label>
              <textarea
                id="pledges"
                rows={5}
                value={pledges}
                onChange={(e) => setPledges(e.target.value)}
                minLength={20}
                maxLength={10_000}
                required
              />
            </div>
            {save.isError && <ErrorNote message={errorText(save.error, lang)} />}
            <Button type="submit" busy={save.isPending} disabled={pledges.trim().length < 20}>
              {t('unit.register')}
            </Button>
          </form>
        )}
      </QueryView>
    </Card>
  );
};
