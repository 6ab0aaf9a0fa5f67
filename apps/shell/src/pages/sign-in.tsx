// Sign-in: password, then the second factor for roles that approve, vote or decide (enrolment on first use).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, ErrorNote, errorText, SESSION_KEY, useApi, useI18n } from '@thidua/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Header } from '../header.js';

const TotpStep = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const setup = useMutation({ mutationFn: () => api.auth.setupTotp.mutate() });
  const verify = useMutation({ mutationFn: () => api.auth.verifyTotp.mutate({ code }), onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }) });
  // No authenticator at hand: end this half-open session and go back to the password step.
  const leave = useMutation({ mutationFn: () => api.auth.logout.mutate(), onSettled: () => queryClient.resetQueries() });
  // Enrolment is offered once per screen: if the account already has a key, the server says so and we just ask for the code.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    setup.mutate();
  }, [setup]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    verify.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      {setup.data ? (
        <div className="td-notice td-notice--info">
          <p>{t('signin.totpSetup')}</p>
          <p>
            {t('signin.totpKey')}: <code data-testid="totp-secret">{setup.data.secret}</code>
          </p>
        </div>
      ) : (
        <p className="td-muted">{t('signin.totpHint')}</p>
      )}
      <div className="td-field">
        <label htmlFor="totp">{t('signin.totp')}</label>
        <input id="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} pattern="\d{6}" value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} autoFocus />
      </div>
      {verify.isError && <ErrorNote message={errorText(verify.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={verify.isPending} disabled={code.length !== 6}>{t('signin.verify')}</Button>
        <Button tone="secondary" busy={leave.isPending} onClick={() => leave.mutate()}>{t('signin.otherAccount')}</Button>
      </div>
    </form>
  );
};

const PasswordStep = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({ mutationFn: () => api.auth.login.mutate({ username, password }), onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit}>
      <div className="td-field">
        <label htmlFor="username">{t('signin.username')}</label>
        <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
      </div>
      <div className="td-field">
        <label htmlFor="password">{t('signin.password')}</label>
        <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </div>
      {login.isError && <ErrorNote message={errorText(login.error, lang)} />}
      <Button type="submit" busy={login.isPending} disabled={!username || !password}>{t('signin.submit')}</Button>
    </form>
  );
};

export const SignIn = ({ step }: { step: 'password' | 'totp' }) => {
  const { t } = useI18n();
  return (
    <>
      <Header />
      <main className="td-main" style={{ maxWidth: 460, margin: '40px auto' }}>
        <Card title={t('signin.title')}>{step === 'password' ? <PasswordStep /> : <TotpStep />}</Card>
      </main>
    </>
  );
};
