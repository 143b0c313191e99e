/** Colours shared by the charts and the brief's stylesheet, chosen to survive greyscale printing by their lightness. */
import type { Health } from '../../derive/types.js';
import type { CommitmentStatus } from '../../model/types.js';

export const HEALTH_COLOURS: Record<Health, string> = { green: '#2e7d4f', amber: '#c27c0e', red: '#b3261e' };

export const STATUS_COLOURS: Record<CommitmentStatus, string> = {
  planned: '#a7b4c2',
  in_progress: '#2f6db3',
  blocked: '#b3261e',
  done: '#2e7d4f',
  cancelled: '#e1e5ea',
};

export const INK = { text: '#1d2733', muted: '#5f6b7a', grid: '#d9dee4', track: '#edf0f3', accent: '#1f4e79' } as const;
