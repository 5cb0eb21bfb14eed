import { useMemo, type MouseEvent } from 'react';
import { flagsAt, forEachFlags, type FlagChunks } from '../checks';
import type { Alignment } from '../core/model';
import { useAppState } from '../store/appStore';
import { useFlagChunks } from '../store/checksStore';
import { dispatchCommand } from '../store/commandActions';
import { confidenceBand, type ConfidenceBand } from './confidence';
import { useT } from './i18n';
import './editor.css';

/** More blocks than this would be thinner than a pixel on most screens. */
const MAX_BLOCKS = 240;

/** Worst first: a block shows the band of its most doubtful link. */
const SEVERITY: Record<ConfidenceBand, number> = { low: 3, medium: 2, high: 1, confirmed: 0 };

export interface OverviewBlock {
  readonly first: number;
  readonly last: number;
  readonly band: ConfidenceBand;
  /** Some row of the block has a review flag / is unpaired. */
  readonly flagged: boolean;
  readonly unpaired: boolean;
}

/** Groups consecutive links into at most `maxBlocks` blocks, each with its worst band. */
export function overviewBlocks(
  alignment: Alignment,
  maxBlocks: number = MAX_BLOCKS,
  flags?: FlagChunks,
): OverviewBlock[] {
  const n = alignment.links.length;
  const flaggedAt = new Uint8Array(n);
  if (flags)
    forEachFlags(flags, (list, i) => {
      if (list.length > 0 && i < n) flaggedAt[i] = 1;
    });
  const count = Math.min(n, maxBlocks);
  const blocks: OverviewBlock[] = [];
  for (let b = 0; b < count; b++) {
    const first = Math.floor((b * n) / count);
    const last = Math.floor(((b + 1) * n) / count) - 1;
    let band: ConfidenceBand = 'confirmed';
    let flagged = false;
    let unpaired = false;
    for (let i = first; i <= last; i++) {
      const link = alignment.links[i];
      const candidate = confidenceBand(link);
      if (SEVERITY[candidate] > SEVERITY[band]) band = candidate;
      if (flaggedAt[i]) flagged = true;
      if (link.src.length === 0 || link.tgt.length === 0) unpaired = true;
    }
    blocks.push({ first, last, band, flagged, unpaired });
  }
  return blocks;
}

/** The whole document at a glance, coloured by confidence; a click jumps there. */
export function OverviewStrip({ alignment }: { alignment: Alignment }) {
  const t = useT();
  const selected = useAppState((s) => s.selectedLink);
  const flags = useFlagChunks(alignment);
  const blocks = useMemo(() => overviewBlocks(alignment, MAX_BLOCKS, flags), [alignment, flags]);
  const n = alignment.links.length;
  if (n === 0) return null;

  const jump = (block: OverviewBlock) => {
    // Land on the most doubtful link of the block: that is why one clicks a red block;
    // a flagged row first, when the block has one.
    let target = block.first;
    for (let i = block.first; i <= block.last && block.flagged; i++) {
      if (flags && (flagsAt(flags, i)?.length ?? 0) > 0) {
        dispatchCommand('select-link', { link: i }, { quiet: true });
        return;
      }
    }
    for (let i = block.first; i <= block.last; i++) {
      if (
        SEVERITY[confidenceBand(alignment.links[i])] >
        SEVERITY[confidenceBand(alignment.links[target])]
      )
        target = i;
    }
    dispatchCommand('select-link', { link: target }, { quiet: true });
  };

  return (
    <nav className="overview-strip" aria-label={t('overview.label')}>
      <ol>
        {blocks.map((block) => {
          const here = selected >= block.first && selected <= block.last;
          const name =
            block.first === block.last
              ? t('overview.row', { row: block.first + 1 })
              : t('overview.rows', { first: block.first + 1, last: block.last + 1 });
          return (
            <li key={block.first} style={{ flexGrow: block.last - block.first + 1 }}>
              {/* Out of the tab order: the keyboard has n, u and the arrows for this. */}
              <button
                type="button"
                tabIndex={-1}
                className={`overview-block band-${block.band}${block.flagged ? ' has-flag' : ''}${block.unpaired ? ' has-unpaired' : ''}${here ? ' here' : ''}`}
                aria-label={`${name}${t(`overview.band.${block.band}`)}${block.flagged ? t('overview.flagged') : ''}${block.unpaired ? t('overview.unpaired') : ''}`}
                aria-current={here ? 'location' : undefined}
                title={name}
                onClick={(e: MouseEvent) => {
                  e.stopPropagation();
                  jump(block);
                }}
              />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
