import { LOW_CONFIDENCE_THRESHOLD } from '../commands/navigation';
import type { Link } from '../core/model';

export type ConfidenceBand = 'confirmed' | 'high' | 'medium' | 'low';

/** Below this the aligner's choice deserves a look: the same line "next low-confidence" uses. */
export const LOW_CONFIDENCE = LOW_CONFIDENCE_THRESHOLD;
const HIGH_CONFIDENCE = 0.8;

export function confidenceBand(link: Link): ConfidenceBand {
  if (link.status === 'confirmed') return 'confirmed';
  if (link.confidence >= HIGH_CONFIDENCE) return 'high';
  if (link.confidence >= LOW_CONFIDENCE) return 'medium';
  return 'low';
}
