// A save that could not reach the server is not an error to the clerk: it waits ("chưa gửi được") and goes again by
// itself when the browser is back online, and every half minute meanwhile in case the link came back unnoticed.
import { useEffect } from 'react';

const RETRY_EVERY_MS = 30_000;

export const useResendWhenOnline = (waiting: boolean, resend: () => void) => {
  useEffect(() => {
    if (!waiting) return;
    const again = () => {
      if (navigator.onLine) resend();
    };
    addEventListener('online', again);
    const timer = setInterval(again, RETRY_EVERY_MS);
    return () => {
      removeEventListener('online', again);
      clearInterval(timer);
    };
  }, [waiting, resend]);
};
