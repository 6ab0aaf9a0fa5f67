// Which sectors have their own deployed module in this environment (from /remotes.json).
import { useQuery } from '@tanstack/react-query';
import { sectorRemotes } from './remote-registry.js';

export const useSectorRemotes = () =>
  useQuery({ queryKey: ['remotes.json'], queryFn: sectorRemotes, staleTime: Infinity });
