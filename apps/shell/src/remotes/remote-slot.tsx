// Where a sector module appears: if it cannot load or crashes, a Vietnamese notice takes its place, nothing else breaks.
import { useEffect, useState, type ComponentType } from 'react';
import { Button, ErrorBoundary, Loading, useI18n } from '@thidua/ui';
import type { SectorModuleExpose } from '@thidua/ui/contract';
import { loadSectorComponent } from './remote-registry.js';

export const RemoteFallback = ({ sectorName, onRetry }: { sectorName: string; onRetry: () => void }) => {
  const { t } = useI18n();
  return (
    <div className="td-remote-fallback" role="alert" data-testid="remote-fallback">
      <p>{t('remote.down', { sector: sectorName })}</p>
      <Button tone="secondary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
};

export const RemoteSlot = ({
  remote,
  expose,
  sectorId,
  sectorName,
}: {
  remote: string;
  expose: SectorModuleExpose;
  sectorId: string;
  sectorName: string;
}) => {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'ready'; Comp: ComponentType<{ sectorId: string }> } | { status: 'failed' }
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadSectorComponent(remote, expose).then(
      (Comp) => live && setState({ status: 'ready', Comp }),
      (error: unknown) => {
        console.warn(`sector module ${remote} unavailable`, error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [remote, expose, attempt]);
  const retry = () => setAttempt((n) => n + 1);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <RemoteFallback sectorName={sectorName} onRetry={retry} />;
  const { Comp } = state;
  return (
    <ErrorBoundary onRetry={retry} fallback={(again) => <RemoteFallback sectorName={sectorName} onRetry={again} />}>
      <Comp sectorId={sectorId} />
    </ErrorBoundary>
  );
};
