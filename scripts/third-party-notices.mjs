// Writes dist/THIRD_PARTY_NOTICES.md for a package from what its build actually inlined (#17 licence, #13
// licence notices in the built bundles): every npm package that put code into dist/ (esbuild's metafile,
// written by tsup's `metafile: true`), with its version, licence and the full text of its licence file.
// Dependencies left external are installed by npm with their own licence files and are not listed.
// Written into dist/ (published with it, cached by turbo with it), never committed: it is the build's own
// account of what it took.
//
//   node scripts/third-party-notices.mjs, run from a package folder after tsup (each package's build script)
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const packageDir = process.cwd();
const distDir = join(packageDir, 'dist');
const output = join(distDir, 'THIRD_PARTY_NOTICES.md');
const self = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** The folder of the npm package a bundled file belongs to (the nearest package.json with a name). */
function packageRootOf(file) {
  let dir = dirname(realpathSync(resolve(packageDir, file)));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`no package.json above ${file}`);
}

function licenceText(dir, manifest) {
  const names = readdirSync(dir);
  const file = names.find((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name));
  // Notices the package passes on from what it bundles itself (opencc-js: OpenCC's Apache-2.0 dictionaries).
  const extra = names.filter((name) => /^(notice|third[-_]party[-_]licen[cs]es)([.-]|$)/i.test(name));
  const licencesDir = names.find((name) => /^licen[cs]es$/i.test(name));
  if (licencesDir) extra.push(...readdirSync(join(dir, licencesDir)).map((name) => join(licencesDir, name)));
  if (file) return [file, ...extra].map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n---\n\n');
  // A few packages ship no licence file: say what their manifest declares, and who wrote them.
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  if (!manifest.license) throw new Error(`${dir}: neither a licence file nor a licence field`);
  return `The package ships no licence file; its package.json declares the ${manifest.license} licence${author ? `, author ${author}` : ''}.`;
}

const metafiles = existsSync(distDir) ? readdirSync(distDir).filter((f) => /^metafile-.*\.json$/.test(f)) : [];
if (metafiles.length === 0) throw new Error(`${distDir}: no esbuild metafile (build with tsup's metafile: true)`);

const inlined = new Map();
for (const metafile of metafiles) {
  const { outputs } = JSON.parse(readFileSync(join(distDir, metafile), 'utf8'));
  for (const out of Object.values(outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      // A plugin's input carries its namespace and query (the API's `raw-text:…/swagger-ui.css?raw`): strip both.
      const file = input.replace(/^[a-z][a-z-]*:/, '').replace(/\?[^/]*$/, '');
      if (bytesInOutput === 0 || !file.includes('node_modules/')) continue;
      const dir = packageRootOf(file);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      // Kefu's own packages (bundled into the CLI) carry the licence of this repository.
      if (manifest.name.startsWith('@kefu/')) continue;
      inlined.set(`${manifest.name}@${manifest.version}`, { manifest, dir });
    }
  }
}

const names = [...inlined.keys()].sort();
const intro =
  names.length === 0
    ? 'Its build inlines no third-party code. Its dependencies are installed by npm, each with its own licence.'
    : `Its build inlines the following ${names.length} third-party packages; their licences follow. Dependencies it does not inline are installed by npm, each with its own licence.`;
const sections = names.map((key) => {
  const { manifest, dir } = inlined.get(key);
  const { name } = manifest;
  return `## ${name} ${manifest.version} (${manifest.license})\n\n\`\`\`\`text\n${licenceText(dir, manifest)}\n\`\`\`\``;
});
const text = `# Third-party notices for ${self.name}\n\n${intro}\n\n${sections.join('\n\n')}\n`.replace(
  /\n{3,}$/,
  '\n',
);

writeFileSync(output, text);
