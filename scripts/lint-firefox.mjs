#!/usr/bin/env node
// `web-ext lint` on the Firefox build, as addons.mozilla.org lints an upload (listed, not self-hosted).
// Fails on any error, and on any warning that is not a known one from inside a library: those are listed
// below, each with the text that identifies the library's code around the flagged spot, and explained in
// docs/store-packages.md ("web-ext lint"). A warning from our own code fails the run.
//
//   node scripts/lint-firefox.mjs [dir]     (default: ${WXT_OUT_DIR:-.output}/firefox-mv3)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3'));

/** Warnings that come from inside a library: the code, and text found around the flagged column. */
const FROM_LIBRARIES = [
  {
    library: 'Preact',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: [/dangerouslySetInnerHTML/, /__html/],
    why: "Preact's renderer applies the dangerouslySetInnerHTML prop; our components never pass it (checked here)",
  },
  {
    library: 'DOMPurify',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    near: [/createDocument\(/, /"template"|'template'/],
    why: 'DOMPurify parses the markup it is about to sanitise into an inert document, its fallback to DOMParser',
  },
];
const WINDOW = 600;

const bin = join(root, 'node_modules/.bin/web-ext');
const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report for ${dir}:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}

function libraryOf(message) {
  if (!message.file || !message.line) return undefined;
  const lines = readFileSync(join(dir, message.file), 'utf8').split('\n');
  const line = lines[message.line - 1] ?? '';
  const at = message.column ?? 0;
  const around = line.slice(Math.max(0, at - WINDOW), at + WINDOW);
  return FROM_LIBRARIES.find((known) => known.code === message.code && known.near.every((re) => re.test(around)));
}

const unexplained = [...report.errors];
const explained = [];
for (const warning of report.warnings) {
  const known = libraryOf(warning);
  if (known) explained.push({ warning, known });
  else unexplained.push(warning);
}

// The Preact warning is inert only while no source of ours hands markup to dangerouslySetInnerHTML.
const ours = ['components', 'entrypoints', 'utils'].flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\./.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name)),
);
const usesRawHtml = ours.filter((file) => readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'));

const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const { warning, known } of explained)
  console.log(`  known, from ${known.library}: ${warning.code} in ${warning.file} — ${known.why}`);
for (const notice of report.notices)
  console.log(`  notice: ${notice.code} in ${notice.file ?? '-'}: ${notice.message}`);
for (const file of usesRawHtml) console.log(`  ${file} uses dangerouslySetInnerHTML: render elements instead`);
for (const m of unexplained)
  console.log(
    `  ${m._type ?? 'problem'}: ${m.code} in ${m.file ?? '-'}:${m.line ?? ''}:${m.column ?? ''} — ${m.message}`,
  );
if (unexplained.length > 0 || usesRawHtml.length > 0) {
  console.error('web-ext lint: fix the problems above (they come from our own code or the manifest)');
  process.exit(1);
}
