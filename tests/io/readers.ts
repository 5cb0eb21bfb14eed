/**
 * Independent readers for what the exporters write: Python's csv module and zipfile + ElementTree
 * (python3's standard library, run as a child process), so a test compares cells as another
 * program sees them, not as our own code would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function python(script: string, data: string | Uint8Array, suffix: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-reader-'));
  const file = join(dir, `input${suffix}`);
  writeFileSync(file, data);
  const out = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Rows as Python's csv.reader reads the file (opened as Excel would: UTF-8 with BOM). */
export function pythonCsvRows(data: string, dialect: 'excel' | 'excel-tab'): string[][] {
  const script = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, dialect=${JSON.stringify(dialect)}))))
`;
  return python(script, data, dialect === 'excel' ? '.csv' : '.tsv') as string[][];
}

/** Rows of each file as Python's csv.reader reads it: one Python process for all of them. */
export function pythonCsvRowsEach(
  datas: readonly string[],
  dialect: 'excel' | 'excel-tab',
): string[][][] {
  const dir = mkdtempSync(join(tmpdir(), 'duilian-reader-'));
  const files = datas.map((data, i) => {
    const file = join(dir, `input${i}${dialect === 'excel' ? '.csv' : '.tsv'}`);
    writeFileSync(file, data);
    return file;
  });
  const script = `
import csv, json, sys
out = []
for name in sys.argv[1:]:
    with open(name, newline='', encoding='utf-8-sig') as f:
        out.append(list(csv.reader(f, dialect=${JSON.stringify(dialect)})))
print(json.dumps(out))
`;
  const out = execFileSync('python3', ['-c', script, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as string[][][];
}

/** The first sheet of a workbook: each cell's type and value, as the XML inside the zip says. */
export function pythonXlsxCells(data: Uint8Array): { type: string; value: string }[][] {
  const script = `
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
rows = []
for row in sheet.iter('{%s}row' % ns['m']):
    cells = []
    for c in row.findall('m:c', ns):
        t = c.get('t', 'n')
        if c.find('m:f', ns) is not None:
            t = 'formula'
        v = c.find('m:v', ns)
        if t == 's':
            value = shared[int(v.text)]
        elif t == 'inlineStr':
            value = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
        else:
            value = v.text if v is not None else ''
        cells.append({'type': t, 'value': value})
    rows.append(cells)
print(json.dumps(rows))
`;
  return python(script, data, '.xlsx') as { type: string; value: string }[][];
}

/** One entry of a zip archive, read by Python's zipfile. */
export function pythonZipEntry(data: Uint8Array, entry: string): string {
  const script = `
import json, sys, zipfile
print(json.dumps(zipfile.ZipFile(sys.argv[1]).read(${JSON.stringify(entry)}).decode('utf-8')))
`;
  return python(script, data, '.zip') as string;
}
