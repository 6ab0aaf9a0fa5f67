// The page's language and the account's are one choice: switching while signed in is kept on the account (its
// e-mails and Excel files follow), and signing in on another machine opens in the language the person chose. Only a
// click on the switch is saved as the person's choice.
import { useApi, useI18n, type Me } from '@thidua/ui';
import { useCallback, useEffect, useRef } from 'react';

type Language = ReturnType<typeof useI18n>['lang'];

export const useAccountLanguage = (me: Me | undefined): ((next: Language) => void) => {
  const { lang, setLang } = useI18n();
  const api = useApi();
  const synced = useRef<string | null>(null);
  const save = useCallback(
    (language: Language) => void api.auth.setLanguage.mutate({ language }).catch(() => undefined),
    [api],
  );

  useEffect(() => {
    if (!me || synced.current === me.username) return;
    synced.current = me.username;
    // A person who never chose keeps the page's language, unsaved: on a browser several officers share, the page's
    // language may be another person's choice.
    if (me.language !== null && me.language !== lang) setLang(me.language);
  }, [me, lang, setLang]);

  return useCallback(
    (next: Language) => {
      setLang(next);
      // Not saved is not lost: the page still switches, and the next switch saves again.
      if (me) save(next);
    },
    [me, setLang, save],
  );
};
