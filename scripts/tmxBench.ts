/**
 * Imports a generated TMX of a million small units (about 47 MB) and prints the time and
 * the memory it took: `node --expose-gc --import tsx scripts/tmxBench.ts [UNITS]`. Peak RSS is sampled every
 * 50 ms; run with `node --expose-gc --import tsx` to also see what the document keeps.
 */
import { loadavg } from 'node:os';
import { importTmx } from '../src/io/importers/tmx';

const units = Number(process.argv[2] ?? 1_000_000);

function generate(n: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n<body>\n',
  ];
  for (let i = 0; i < n; i++) {
    parts.push(
      `<tu><tuv xml:lang="zh"><seg>${i}</seg></tuv><tuv xml:lang="en"><seg>${i}</seg></tuv></tu>`,
    );
  }
  parts.push('</body></tmx>\n');
  return parts.join('');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const text = generate(units);
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const started = performance.now();
const { doc } = importTmx({ name: 'bench.tmx', text });
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
global.gc?.();
// What stays is the document itself; the rest of the peak was the reading.
const kept = process.memoryUsage().heapUsed;
console.log(
  `${units.toLocaleString('en')} units, ${mb(Buffer.byteLength(text))} of TMX: imported in ${seconds.toFixed(1)} s, ` +
    `${doc.alignment.links.length.toLocaleString('en')} links; RSS ${mb(before)} before, peak ${mb(peak)} ` +
    `(+${mb(peak - before)}), heap ${mb(kept)} after a GC with the document kept; load average ${loadavg()[0].toFixed(1)} (2 cores, shared)`,
);
