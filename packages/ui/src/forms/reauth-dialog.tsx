// Signs the same person in again when their session ended mid-form, without leaving the form: password (and the
// second factor when the account needs it), then the caller retries what failed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, ErrorNote, errorText, SESSION_KEY, useApi, useI18n } from '@thidua/ui';

export const ReauthDialog = ({
  username,
  onSignedIn,
  onCancel,
}: {
  username: string;
  onSignedIn: () => void;
  onCancel: () => void;
}) => {
  const { t, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const finish = () => {
    // The same person again: the session query refreshes in place, the form stays.
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    onSignedIn();
  };
  const login = useMutation({
    mutationFn: () => api.auth.login.mutate({ username, password }),
    meta: { reauth: true },
    onSuccess: (result) => {
      if (result.mfa === 'required') return setStep('code');
      // A first sign-in step (a new password, setting up the second factor) belongs to the sign-in page: the input
      // waits in the browser's drafts meanwhile.
      if (result.mfa === 'setup_required' || result.passwordChange === 'required')
        return void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      finish();
    },
  });
  const verify = useMutation({
    mutationFn: () => api.auth.verifyTotp.mutate({ code }),
    meta: { reauth: true },
    onSuccess: finish,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'password') login.mutate();
    else verify.mutate();
  };
  const failed = step === 'password' ? login.error : verify.error;
  return (
    <dialog
      ref={dialog}
      className="td-dialog"
      aria-labelledby="reauth-title"
      data-testid="reauth-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} className="td-stack">
        <h2 id="reauth-title">{t('reauth.title')}</h2>
        <p>{t('reauth.explain', { user: username })}</p>
        {step === 'password' ? (
          <div className="td-field">
            <label htmlFor="reauth-password">{t('reauth.password')}</label>
            <input
              id="reauth-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoFocus
              required
              maxLength={256}
            />
          </div>
        ) : (
          <div className="td-field">
            <p>{t('reauth.needCode')}</p>
            <label htmlFor="reauth-code">{t('reauth.code')}</label>
            <input
              id="reauth-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              pattern="\d{6}"
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              autoFocus
              required
            />
          </div>
        )}
        {failed && <ErrorNote message={errorText(failed, lang)} />}
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button type="submit" busy={login.isPending || verify.isPending}>
            {t('reauth.continue')}
          </Button>
          <Button type="button" tone="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
};
