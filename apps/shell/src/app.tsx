// Providers, the sign-in gate and the page frame. Sector modules render inside this same React tree.
import { ApiProvider, errorCode, I18nProvider, Loading, ErrorNote, useI18n, useSession, errorText } from '@thidua/ui';
import { loadShellEnglish, shellMessages } from './messages.js';
import { primeCache } from './prime-cache.js';
import { Frame } from './frame.js';
import { SignIn } from './pages/sign-in.js';
import { forgetOfflineData } from './offline/offline-shell.js';
import { useEffect } from 'react';

const Gate = () => {
  const session = useSession();
  const { lang } = useI18n();
  const signedOut = session.isError && errorCode(session.error) === 'UNAUTHORIZED';
  // The session is gone (signed out, or ended while away): the API answers kept for offline use go with it.
  useEffect(() => {
    if (signedOut) void forgetOfflineData();
  }, [signedOut]);
  if (session.isPending) return <Loading />;
  if (session.isError) {
    if (signedOut) return <SignIn step="password" />;
    return (
      <main className="td-main">
        <ErrorNote message={errorText(session.error, lang)} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (session.data.mustChangePassword) return <SignIn step="password-change" />;
  if (!session.data.mfaVerified) return <SignIn step="totp" />;
  return <Frame me={session.data} />;
};

export const App = () => (
  <I18nProvider messages={shellMessages} loadAppEnglish={loadShellEnglish}>
    <ApiProvider prime={primeCache}>
      <Gate />
    </ApiProvider>
  </I18nProvider>
);
