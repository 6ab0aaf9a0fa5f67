// Starts the first requests, then crosses an async boundary: the federation runtime settles the shared singletons
// before any React code runs.
import { startEarlyRequests } from './early-requests.js';

startEarlyRequests(location.pathname);
import(/* webpackChunkName: "bootstrap" */ './bootstrap.js').catch((error: unknown) => {
  document.body.textContent =
    'Không tải được ứng dụng. Vui lòng tải lại trang. / The application failed to load. Please reload.';
  console.error(error);
});
