// The top bar: the movement's name, notifications, who is signed in, the language switch and sign-out.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi, useCalendar, useI18n, type Me } from '@thidua/ui';
import { useEffect, type ReactNode } from 'react';
import { DemoBanner } from './demo-banner.js';
import { RoleSwitch } from './role-switch.js';
import { forgetOfflineData } from './offline/offline-shell.js';
import { useAccountLanguage } from './account-language.js';

/** `bell` is shown only to a signed-in user. */
export const Header = ({ me, bell }: { me?: Me; bell?: ReactNode }) => {
  const { t, lang } = useI18n();
  const chooseLanguage = useAccountLanguage(me);
  const api = useApi();
  const queryClient = useQueryClient();
  const calendar = useCalendar();
  // The tab names the movement the screens open on: the page itself names no office, any office installs it.
  const movementName = calendar.data?.name[lang];
  useEffect(() => {
    document.title = movementName ? `${movementName} · ${t('app.title')}` : t('app.title');
  }, [movementName, t]);
  const signOut = useMutation({
    mutationFn: async () => {
      await forgetOfflineData();
      return api.auth.logout.mutate();
    },
    onSettled: () => queryClient.resetQueries(),
  });
  return (
    <>
      <DemoBanner />
      <header className="td-app-header">
        <div>
          <h1>{t('app.title')}</h1>
          {/* The movement screens open on (a new installation has none yet). */}
          {calendar.data && <small data-testid="movement-name">{calendar.data.name[lang]}</small>}
        </div>
        <span className="td-spacer" />
        {me && bell}
        {me && <span data-testid="signed-in-as">{me.displayName}</span>}
        {me && <RoleSwitch me={me} />}
        <button
          type="button"
          onClick={() => chooseLanguage(lang === 'vi' ? 'en' : 'vi')}
          lang={lang === 'vi' ? 'en' : 'vi'}
        >
          {t('lang.switch')}
        </button>
        {me && (
          <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {t('common.signOut')}
          </button>
        )}
      </header>
    </>
  );
};
