/**
 * `npm run fonts`: rebuilds assets/fonts/ — subsets of Noto fonts taken from npm packages, small
 * enough to commit (a full Chinese face is 10 MB; the subset holds the characters the pictures
 * can draw). Latin/Cyrillic, Devanagari and Arabic keep their whole script blocks; Chinese keeps
 * the Han characters of data/ and of the pictures' wording, so a data edit that brings a new
 * character needs a rerun (tests/pictures/fonts.test.ts says so; until then that name is drawn
 * in English). Fetches with `npm pack`, so it needs the registry; nothing else does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FactStore } from '../facts/store.js';
import { allWording } from '../pictures/lang.js';
import { FONTS_DIR, MANIFEST, type FontEntry, type FontManifest, type FontScript, formatRanges } from '../pictures/fonts.js';

interface Source {
  file: string;
  family: string;
  weight: 400 | 700;
  script: FontScript;
  pkg: string;
  version: string;
  inner: string;
}

const NOTO = '@expo-google-fonts/noto-sans';
const SOURCES: Source[] = [
  { file: 'NotoSans-Regular.ttf', family: 'Noto Sans', weight: 400, script: 'latin', pkg: NOTO, version: '0.4.2', inner: '400Regular/NotoSans_400Regular.ttf' },
  { file: 'NotoSans-Bold.ttf', family: 'Noto Sans', weight: 700, script: 'latin', pkg: NOTO, version: '0.4.2', inner: '700Bold/NotoSans_700Bold.ttf' },
  { file: 'NotoSansDevanagari-Regular.ttf', family: 'Noto Sans Devanagari', weight: 400, script: 'devanagari', pkg: `${NOTO}-devanagari`, version: '0.4.1', inner: '400Regular/NotoSansDevanagari_400Regular.ttf' },
  { file: 'NotoSansDevanagari-Bold.ttf', family: 'Noto Sans Devanagari', weight: 700, script: 'devanagari', pkg: `${NOTO}-devanagari`, version: '0.4.1', inner: '700Bold/NotoSansDevanagari_700Bold.ttf' },
  { file: 'NotoSansArabic-Regular.ttf', family: 'Noto Sans Arabic', weight: 400, script: 'arabic', pkg: `${NOTO}-arabic`, version: '0.4.3', inner: '400Regular/NotoSansArabic_400Regular.ttf' },
  { file: 'NotoSansArabic-Bold.ttf', family: 'Noto Sans Arabic', weight: 700, script: 'arabic', pkg: `${NOTO}-arabic`, version: '0.4.3', inner: '700Bold/NotoSansArabic_700Bold.ttf' },
  // One weight only: a bold Chinese face would double the largest file; titles use the regular.
  { file: 'NotoSansSC-Regular.ttf', family: 'Noto Sans SC', weight: 400, script: 'han', pkg: `${NOTO}-sc`, version: '0.4.3', inner: '400Regular/NotoSansSC_400Regular.ttf' },
];

const range = (a: number, b: number) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i));
/** Every face: ASCII, Latin-1 punctuation, general punctuation, so a label never needs a second font. */
const COMMON = range(0x20, 0x7e) + range(0xa0, 0xbf) + range(0x2000, 0x206f) + '×−';
const BLOCKS: Record<FontScript, () => string> = {
  latin: () => range(0xc0, 0x24f) + range(0x300, 0x36f) + range(0x400, 0x52f) + range(0x1e00, 0x1eff),
  devanagari: () => range(0x900, 0x97f) + range(0xa8e0, 0xa8ff) + range(0x1cd0, 0x1cff) + '\u25cc\u20b9',
  // Presentation forms are reached through the font's own substitutions; they need not be asked for.
  arabic: () => range(0x600, 0x6ff) + range(0x750, 0x77f) + range(0x8a0, 0x8ff),
  han: () => {
    const data = FactStore.load().countries().flatMap((c) => c.nativeNames.map((n) => n.name)).join('');
    const han = [...new Set(data + allWording().join(''))].filter((ch) => /\p{Script=Han}/u.test(ch)).sort();
    return range(0x3000, 0x303f) + range(0xff00, 0xffef) + han.join('');
  },
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sco-fonts-'));
  try {
    mkdirSync(FONTS_DIR, { recursive: true });
    const packed = new Map<string, string>();
    const entries: FontEntry[] = [];
    for (const s of SOURCES) {
      const spec = `${s.pkg}@${s.version}`;
      let dir = packed.get(spec);
      if (!dir) {
        dir = join(work, String(packed.size));
        mkdirSync(dir);
        const [info] = JSON.parse(execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], { encoding: 'utf8' })) as { filename: string }[];
        execFileSync('tar', ['-xzf', join(dir, info!.filename), '-C', dir]);
        writeFileSync(join(FONTS_DIR, `${s.family.replace(/ /g, '')}-OFL.txt`), readFileSync(join(dir, 'package', 'LICENSE_FONT')));
        packed.set(spec, dir);
      }
      const text = COMMON + BLOCKS[s.script]();
      const out = await subsetFont(readFileSync(join(dir, 'package', s.inner)), text, { targetFormat: 'sfnt', noHinting: true } as Parameters<typeof subsetFont>[2]);
      writeFileSync(join(FONTS_DIR, s.file), out);
      const { Blob, Face } = await import('harfbuzzjs');
      const codepoints = [...new Face(new Blob(out)).collectUnicodes()];
      entries.push({
        file: s.file,
        family: s.family,
        weight: s.weight,
        script: s.script,
        from: { package: s.pkg, version: s.version, file: s.inner },
        sha256: createHash('sha256').update(out).digest('hex'),
        codepoints: formatRanges(codepoints),
      });
      process.stdout.write(`${s.file}: ${out.length} bytes, ${codepoints.length} characters\n`);
    }
    const manifest: FontManifest = { note: 'Generated by `npm run fonts` (src/bin/build-fonts.ts); do not edit.', fonts: entries };
    writeFileSync(join(FONTS_DIR, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
