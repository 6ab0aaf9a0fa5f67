// A sector's page: its own deployed module when it has one, the generic sector page (from the plan) otherwise.
import { Loading, useI18n } from '@thidua/ui';
import { SectorModule } from '@thidua/ui/sector';
import { RemoteSlot } from '../remotes/remote-slot.js';
import { useSectorRemotes } from '../remotes/use-sector-remotes.js';
import { useMovement } from '../use-movement.js';

export const SectorPage = ({ sectorId }: { sectorId: string }) => {
  const { pick, t } = useI18n();
  const movement = useMovement();
  const remotes = useSectorRemotes();
  const sector = movement.data?.sectors.find((s) => s.id === sectorId);
  if (movement.data && !sector) return <p>{t('notFound')}</p>;
  if (!remotes.data) return <Loading />;
  const remote = remotes.data.get(sectorId);
  return remote ? (
    <RemoteSlot
      key={sectorId}
      remote={remote}
      expose="App"
      sectorId={sectorId}
      sectorName={pick(sector?.label) || sectorId}
    />
  ) : (
    <SectorModule key={sectorId} sectorId={sectorId} />
  );
};
