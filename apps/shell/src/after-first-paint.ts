// Below-the-fold parts of a page render after the first paint, so what the reader sees first is not delayed by
// what they would scroll to (or by loading the sector modules those parts contain).
import { useEffect, useState } from 'react';

export const useAfterFirstPaint = (): boolean => {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame fires before the next paint; the timeout after it runs once that paint is done.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return ready;
};
