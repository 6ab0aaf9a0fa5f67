// The signed-in frame: header, role-aware navigation and the current screen.
import { Button, ErrorBoundary, errorCode, Loading, Notice, useI18n, type Me } from '@thidua/ui';
import { lazy, Suspense, type MouseEvent, type ReactNode } from 'react';
import { Header } from './header.js';
import { RecentFailures } from './recent-failures.js';
import { NotificationBell } from './notifications/notification-bell.js';
import { DashboardPage } from './pages/dashboard/dashboard-page.js';
import { hrefOf, useRoute, type Route } from './router.js';
import { useLandOnTodo } from './pages/todo/land-on-todo.js';
import { useMovement } from './use-movement.js';

// Screens other than the dashboard are fetched when first opened: the dashboard's first paint does not wait for them.
const TodoPage = lazy(() => import('./pages/todo/todo-page.js').then((m) => ({ default: m.TodoPage })));
const CouncilPage = lazy(() => import('./pages/council-page.js').then((m) => ({ default: m.CouncilPage })));
const DecisionsPage = lazy(() => import('./pages/decisions-page.js').then((m) => ({ default: m.DecisionsPage })));
const ReportsReviewPage = lazy(() =>
  import('./pages/reports-review-page.js').then((m) => ({ default: m.ReportsReviewPage })),
);
const SectorPage = lazy(() => import('./pages/sector-page.js').then((m) => ({ default: m.SectorPage })));
const NotificationsPage = lazy(() =>
  import('./notifications/notifications-page.js').then((m) => ({ default: m.NotificationsPage })),
);
const ShowcasePage = lazy(() => import('./showcase/showcase-page.js').then((m) => ({ default: m.ShowcasePage })));
const TargetsPage = lazy(() => import('./pages/targets/targets-page.js').then((m) => ({ default: m.TargetsPage })));
const AdminPage = lazy(() => import('./admin/admin-page.js').then((m) => ({ default: m.AdminPage })));
const UnitWorkspace = lazy(() => import('./pages/unit/unit-workspace.js').then((m) => ({ default: m.UnitWorkspace })));

/** Which screen needs which capability (auth.me says what this person may do); the API enforces the same on every call. */
export const SCREEN_CAPABILITY = {
  unit: 'editOwnUnit',
  reports: 'reviewReports',
  council: 'council',
  decisions: 'decide',
  admin: 'administer',
  targets: 'enterTargets',
} as const satisfies Record<string, keyof Me['capabilities']>;

const NavLink = ({
  to,
  current,
  go,
  children,
}: {
  to: Route;
  current: Route;
  go: (r: Route) => void;
  children: ReactNode;
}) => {
  const href = hrefOf(to);
  const active = hrefOf(current) === href && current.page !== 'not-found';
  const onClick = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(to);
  };
  return (
    <a href={href} onClick={onClick} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
};

const NoMovement = ({ admin, go }: { admin: boolean; go: (r: Route) => void }) => {
  const { t } = useI18n();
  return (
    <div data-testid="no-movement">
      <Notice tone="warn">{t(admin ? 'admin.noMovement' : 'admin.noMovementReader')}</Notice>
      {admin && <Button onClick={() => go({ page: 'admin' })}>{t('admin.setUp')}</Button>}
    </div>
  );
};

export const Frame = ({ me }: { me: Me }) => {
  const { t, pick } = useI18n();
  const [route, go] = useRoute();
  const movement = useMovement();
  const can = (screen: keyof typeof SCREEN_CAPABILITY) => me.capabilities[SCREEN_CAPABILITY[screen]];
  // A new installation has no movement yet: the dashboard would be a wall of errors, so say what to do instead.
  const noMovement = movement.isError && errorCode(movement.error) === 'PRECONDITION_FAILED';
  const mySector = me.role === 'SECTOR-EDITOR' ? me.sectorId : null;
  // Those who enter or review data have a to-do list, and land on it right after signing in.
  const hasTodo =
    me.capabilities.editOwnUnit ||
    me.capabilities.editOwnSector ||
    me.capabilities.reviewReports ||
    me.capabilities.appraise ||
    me.capabilities.vote ||
    me.capabilities.signDecisions;
  useLandOnTodo(hasTodo && route.page === 'dashboard', go);
  const page = (() => {
    switch (route.page) {
      case 'todo':
        return <TodoPage go={go} />;
      case 'dashboard':
        return noMovement ? <NoMovement admin={can('admin')} go={go} /> : <DashboardPage me={me} />;
      case 'targets':
        return can('targets') ? <TargetsPage me={me} /> : <p>{t('notFound')}</p>;
      case 'admin':
        return can('admin') ? <AdminPage me={me} /> : <p>{t('notFound')}</p>;
      case 'sector':
        return <SectorPage sectorId={route.sectorId} />;
      case 'unit':
        return can('unit') ? <UnitWorkspace me={me} /> : <p>{t('notFound')}</p>;
      case 'reports':
        return can('reports') ? <ReportsReviewPage /> : <p>{t('notFound')}</p>;
      case 'council':
        return can('council') ? <CouncilPage me={me} /> : <p>{t('notFound')}</p>;
      case 'decisions':
        return can('decisions') ? <DecisionsPage me={me} /> : <p>{t('notFound')}</p>;
      case 'showcase':
        return <ShowcasePage me={me} />;
      case 'notifications':
        return <NotificationsPage go={go} />;
      default:
        return <p>{t('notFound')}</p>;
    }
  })();
  return (
    <>
      <Header me={me} bell={<NotificationBell onOpen={() => go({ page: 'notifications' })} />} />
      <div className="td-layout">
        <nav className="td-nav" aria-label={t('nav.main')}>
          {hasTodo && (
            <NavLink to={{ page: 'todo' }} current={route} go={go}>
              {t('nav.todo')}
            </NavLink>
          )}
          <NavLink to={{ page: 'dashboard' }} current={route} go={go}>
            {t('nav.dashboard')}
          </NavLink>
          {can('unit') && (
            <NavLink to={{ page: 'unit' }} current={route} go={go}>
              {t('nav.unit')}
            </NavLink>
          )}
          {can('reports') && (
            <NavLink to={{ page: 'reports' }} current={route} go={go}>
              {t('nav.reports')}
            </NavLink>
          )}
          {can('council') && (
            <NavLink to={{ page: 'council' }} current={route} go={go}>
              {t('nav.council')}
            </NavLink>
          )}
          {can('decisions') && (
            <NavLink to={{ page: 'decisions' }} current={route} go={go}>
              {t('nav.decisions')}
            </NavLink>
          )}
          {can('targets') && (
            <NavLink to={{ page: 'targets' }} current={route} go={go}>
              {t('nav.targets')}
            </NavLink>
          )}
          <NavLink to={{ page: 'showcase' }} current={route} go={go}>
            {t('nav.showcase')}
          </NavLink>
          {can('admin') && (
            <NavLink to={{ page: 'admin' }} current={route} go={go}>
              {t('nav.admin')}
            </NavLink>
          )}
          <h3>{t('nav.sectors')}</h3>
          {(movement.data?.sectors ?? []).map((s) => (
            <NavLink key={s.id} to={{ page: 'sector', sectorId: s.id }} current={route} go={go}>
              {s.id === mySector ? <strong>{pick(s.label)}</strong> : pick(s.label)}
            </NavLink>
          ))}
        </nav>
        <main className="td-main" id="main">
          <RecentFailures />
          <ErrorBoundary
            resetKey={hrefOf(route)}
            fallback={() => (
              <div className="td-error" role="alert">
                <p>{t('page.failed')}</p>
                <Button tone="secondary" onClick={() => location.reload()}>
                  {t('page.reload')}
                </Button>
              </div>
            )}
          >
            <Suspense fallback={<Loading />}>{page}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </>
  );
};
