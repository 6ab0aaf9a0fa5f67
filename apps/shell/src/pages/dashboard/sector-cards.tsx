// One card per sector programme: the sector's own ./Widget when it has a module, the generic card otherwise.
import { Loading, SectorWidget, useI18n } from '@thidua/ui';
import { RemoteSlot } from '../../remotes/remote-slot.js';
import { useSectorRemotes } from '../../remotes/use-sector-remotes.js';
import { useMovement } from '../../use-movement.js';

export const SectorCards = () => {
  const { pick } = useI18n();
  const movement = useMovement();
  const remotes = useSectorRemotes();
  if (!remotes.data) return <Loading />;
  return (
    <div className="td-grid" data-testid="sector-cards">
      {(movement.data?.sectors ?? []).map((s) => {
        const remote = remotes.data.get(s.id);
        return (
          <div key={s.id} data-sector={s.id}>
            {remote ? (
              <RemoteSlot remote={remote} expose="Widget" sectorId={s.id} sectorName={pick(s.label)} />
            ) : (
              <SectorWidget sectorId={s.id} />
            )}
          </div>
        );
      })}
    </div>
  );
};
