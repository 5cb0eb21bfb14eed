import type { ReactNode } from 'react';
import type { Flag } from '../checks';

/** The words and numbers the row's flags name for one column (Flag.zh / Flag.en). */
export function flagWords(flags: readonly Flag[], lang: 'zh' | 'en'): readonly string[] {
  const out = new Set<string>();
  for (const f of flags) for (const w of f[lang] ?? []) if (w.trim() !== '') out.add(w);
  return [...out];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A segment's text with the words a flag names marked (differing numbers and names). */
export function FlagMarkedText({ text, words }: { text: string; words: readonly string[] }) {
  // Longest first, so "1,990" wins over "990" at the same place.
  const pattern = new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0] === '') continue;
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(
      <mark key={m.index} className="flag-hit">
        {m[0]}
      </mark>,
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
