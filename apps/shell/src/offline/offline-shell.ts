// The service worker (public/sw.js) that lets the shell and a unit's forms open without a network, and the one thing
// the page must do for it: forget the kept answers when someone signs out, so the next person never sees them.
const DATA_CACHE = 'thidua-data-v1';

export const registerOfflineShell = (): void => {
  if (!('serviceWorker' in navigator)) return;
  // A browser that refuses it (private mode, an old one) simply works online only.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  // After the page has loaded, so it never competes with the first screen's requests.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
};

export const forgetOfflineData = async (): Promise<void> => {
  if (typeof caches === 'undefined') return;
  await caches.delete(DATA_CACHE).catch(() => false);
};
