// Lints Cypher files with Neo4j's own front end (@neo4j-cypher/language-support), once per language
// version: node lint.mjs VERSION FILE... prints one JSON line per file:
// {"file", "version", "diagnostics": [{"severity": "error"|"warning", "line", "message"}]}.
// The linter runs without a database: every $parameter the file uses is declared to it (the code
// binds them; the query tests check that), and diagnostics that only say the empty schema lacks a
// label, type, property or procedure are left out.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const [version, ...files] = process.argv.slice(2);
const schemaOnly = /is not present in the database|not present in the database|does not exist in the database|is not a known|Procedure .* not found|Function .* not found/i;
const prefix = `CYPHER ${version} `;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map(m => [m[1], null]));
  const { diagnostics } = lintCypherQuery(prefix + text, { parameters }, {});
  const found = (diagnostics ?? [])
    .filter(d => d.severity === 1 || d.severity === 2)
    .filter(d => !schemaOnly.test(d.message))
    .map(d => ({ severity: d.severity === 1 ? 'error' : 'warning', line: (d.range?.start?.line ?? 0) + 1, message: d.message.replace(/\s+/g, ' ') }));
  console.log(JSON.stringify({ file, version, diagnostics: found }));
}
