import type { DocumentMeta } from '../core/model';

/** A document bundled under data/: discovered at build time, texts loaded on demand. */
export interface BundledDocument {
  readonly id: string;
  readonly meta: DocumentMeta;
  load(): Promise<BundledTexts>;
}

export interface BundledTexts {
  readonly zh: string;
  readonly en: string;
  /** A curated alignment.json, when the folder has one. */
  readonly alignmentJson?: string;
}

const metas = import.meta.glob<DocumentMeta>('/data/*/meta.json', {
  eager: true,
  import: 'default',
});
const texts = import.meta.glob<string>('/data/*/*.{txt,json}', {
  query: '?raw',
  import: 'default',
});

function folderOf(path: string): string {
  return path.split('/')[2];
}

function loader(id: string, name: string): (() => Promise<string>) | undefined {
  return texts[`/data/${id}/${name}`];
}

/** Every folder under data/ with a zh.txt and an en.txt, in name order. */
export const bundledDocuments: readonly BundledDocument[] = [
  ...new Set(Object.keys(texts).map(folderOf)),
]
  .filter((id) => loader(id, 'zh.txt') && loader(id, 'en.txt'))
  .sort()
  .map((id) => ({
    id,
    meta: metas[`/data/${id}/meta.json`] ?? { title: { en: id } },
    async load() {
      const alignment = loader(id, 'alignment.json');
      const [zh, en, alignmentJson] = await Promise.all([
        loader(id, 'zh.txt')!(),
        loader(id, 'en.txt')!(),
        alignment ? alignment() : Promise.resolve(undefined),
      ]);
      return { zh, en, alignmentJson };
    },
  }));

export const DEFAULT_DOCUMENT_ID = 'huanqiu-2011-04-28';
