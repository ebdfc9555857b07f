// Fails when a file of the repository refers to a path outside it (issue #17, "the repo carries itself"):
// a relative path that climbs above the repository root from the file that names it, or a name of the
// project's old shared folder. The specification lives in spec/; spec/'s own files keep their original
// notes about where they came from, so they are not checked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const skipped = [/^spec\//, /^pnpm-lock\.yaml$/, /\.(png|jpg|gif|ico|woff2?)$/];
// Written in pieces so that this file does not match itself.
const oldHome = ['shared', ''].join('/');
const machineFolder = ['', 'work', ''].join('/'); // where the project's folders sit on the build machine
const forbidden = [`../${oldHome}`, `${oldHome}policies`, `${oldHome}seed`, `${oldHome}design`, machineFolder];

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter((file) => file && !skipped.some((pattern) => pattern.test(file)));

const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    continue; // listed by git but deleted in the work tree
  }
  text.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    for (const name of forbidden) if (line.includes(name)) problems.push(`${where}: names ${name}`);
    for (const match of line.matchAll(/(?:\.\.\/)+/g)) {
      const target = relative(root, resolve(root, dirname(file), match[0]));
      if (target.startsWith('..')) problems.push(`${where}: ${match[0]} climbs out of the repository`);
    }
  });
}

if (problems.length > 0) {
  console.error(`${problems.length} reference(s) to paths outside the repository (the spec is in spec/):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`${files.length} files refer to nothing outside the repository.`);
