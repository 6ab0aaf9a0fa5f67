// Sign-in: password, a new password after a one-time one, then the second factor for roles that approve, vote or
// decide (enrolment on first use).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, ErrorNote, errorText, SESSION_KEY, useApi, useI18n } from '@thidua/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Header } from '../header.js';
import { useInstance } from '../instance.js';
import { markSignedIn } from './todo/land-on-todo.js';
import { forgetOfflineData } from '../offline/offline-shell.js';

const TotpStep = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const setup = useMutation({ mutationFn: () => api.auth.setupTotp.mutate() });
  const verify = useMutation({
    mutationFn: () => api.auth.verifyTotp.mutate({ code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
  // No authenticator at hand: end this half-open session and go back to the password step.
  const leave = useMutation({
    mutationFn: async () => {
      await forgetOfflineData();
      return api.auth.logout.mutate();
    },
    onSettled: () => queryClient.resetQueries(),
  });
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
        <input
          id="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          pattern="\d{6}"
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          autoFocus
        />
      </div>
      {verify.isError && <ErrorNote message={errorText(verify.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={verify.isPending} disabled={code.length !== 6}>
          {t('signin.verify')}
        </Button>
        <Button tone="secondary" busy={leave.isPending} onClick={() => leave.mutate()}>
          {t('signin.otherAccount')}
        </Button>
      </div>
    </form>
  );
};

const PasswordChangeStep = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const change = useMutation({
    mutationFn: () => api.auth.changePassword.mutate({ current, next }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
  const leave = useMutation({
    mutationFn: async () => {
      await forgetOfflineData();
      return api.auth.logout.mutate();
    },
    onSettled: () => queryClient.resetQueries(),
  });
  // The length and the repeat are checked here so nothing is sent that the server would refuse for a typo.
  const problem = [...next].length < 8 ? t('signin.tooShort') : next !== confirm ? t('signin.mismatch') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!problem) change.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p className="td-notice td-notice--info">{t('signin.changeIntro')}</p>
      <div className="td-field">
        <label htmlFor="current-password">{t('signin.current')}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          required
          autoFocus
        />
      </div>
      <div className="td-field">
        <label htmlFor="new-password">{t('signin.next')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          required
          minLength={8}
          maxLength={128}
          aria-invalid={touched && [...next].length < 8}
        />
      </div>
      <div className="td-field">
        <label htmlFor="confirm-password">{t('signin.confirm')}</label>
        <input
          id="confirm-password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          required
          aria-invalid={touched && next !== confirm}
        />
      </div>
      {touched && problem && <ErrorNote message={problem} />}
      {change.isError && <ErrorNote message={errorText(change.error, lang)} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="submit" busy={change.isPending} disabled={!current || !next || !confirm}>
          {t('signin.change')}
        </Button>
        <Button tone="secondary" busy={leave.isPending} onClick={() => leave.mutate()}>
          {t('signin.otherAccount')}
        </Button>
      </div>
    </form>
  );
};

/** Production with no administrator: say how the first one is made, rather than a sign-in nobody can pass. */
const BootstrapHint = () => {
  const { t } = useI18n();
  const instance = useInstance();
  if (!instance.data?.needsBootstrap) return null;
  return (
    <div className="td-notice td-notice--warn" data-testid="needs-bootstrap">
      <p>{t('signin.needsBootstrap')}</p>
      <code>pnpm thidua admin bootstrap --username &lt;tên-đăng-nhập&gt;</code>
    </div>
  );
};

const PasswordStep = () => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api.auth.login.mutate({ username, password }),
    onSuccess: async () => {
      markSignedIn();
      await forgetOfflineData();
      return queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <form onSubmit={submit}>
      <BootstrapHint />
      <div className="td-field">
        <label htmlFor="username">{t('signin.username')}</label>
        <input
          id="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoFocus
        />
      </div>
      <div className="td-field">
        <label htmlFor="password">{t('signin.password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      {login.isError && <ErrorNote message={errorText(login.error, lang)} />}
      <Button type="submit" busy={login.isPending} disabled={!username || !password}>
        {t('signin.submit')}
      </Button>
    </form>
  );
};

export const SignIn = ({ step }: { step: 'password' | 'password-change' | 'totp' }) => {
  const { t } = useI18n();
  return (
    <>
      <Header />
      <main className="td-main" style={{ maxWidth: 460, margin: '40px auto' }}>
        <Card title={t('signin.title')}>
          {step === 'password' ? <PasswordStep /> : step === 'password-change' ? <PasswordChangeStep /> : <TotpStep />}
        </Card>
      </main>
    </>
  );
};
