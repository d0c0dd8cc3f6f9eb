// Builds the release version of Candor into dist/ (or --dist DIR), cut into chunks that
// load on demand. Trunk 0.21 cannot split a wasm module, so this does what `trunk build`
// would, with the split in the middle:
//
//   cargo build (feature "split", relocations kept) → wasm-split-cli → wasm-bindgen →
//   wasm-opt -Oz on every module → content-hashed names → index.html, CSS, icons and the
//   files Trunk would copy → scripts/finish-build.mjs (CSP and service worker), as Trunk's
//   post-build hook does for `trunk serve`.
//
//   node scripts/build-release.mjs [--dist DIR]     (CANDOR_BUILD_LABEL labels the build)
//
// Needs cargo with the wasm32 target, wasm-split-cli, wasm-bindgen and wasm-opt on PATH
// (scripts/setup.sh installs them).
import { execFile, execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const distArg = args.includes("--dist") ? args[args.indexOf("--dist") + 1] : "dist";
const dist = resolve(root, distArg);
const work = join(root, "target", "split-build", basename(dist));
const stage = join(work, "stage");
const APP = "candor";
// The wasm features rustc enables for wasm32-unknown-unknown; wasm-opt must accept them.
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
];

function run(command, commandArgs, options = {}) {
  execFileSync(command, commandArgs, { stdio: "inherit", cwd: root, ...options });
}
const execFileAsync = promisify(execFile);
const hashOf = (...buffers) => {
  const hash = createHash("sha256");
  for (const buffer of buffers) hash.update(buffer);
  return hash.digest("hex").slice(0, 16);
};

// 1. Compile with the split points on, keeping the relocations the splitter needs.
run("cargo", ["build", "--release", "--locked", "--target", "wasm32-unknown-unknown", "--features", "split", "--bin", APP], {
  env: { ...process.env, RUSTFLAGS: "--cfg erase_components -C link-arg=--emit-relocs" },
});
const built = join(root, "target", "wasm32-unknown-unknown", "release", `${APP}.wasm`);

// 2. Split, 3. bind, 4. optimise.
await rm(work, { recursive: true, force: true });
const split = join(work, "split");
const bound = join(work, "bound");
await mkdir(stage, { recursive: true });
run("wasm-split-cli", ["--out-name", APP, built, split]);
run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", bound, "--out-name", APP, join(split, `${APP}.wasm`)]);
const modules = [[join(bound, `${APP}_bg.wasm`), `${APP}_bg.wasm`]];
for (const name of (await readdir(split)).sort()) {
  if (name.endsWith(".wasm") && name !== `${APP}.wasm`) modules.push([join(split, name), name]);
}
// One wasm-opt per core at a time.
const queue = [...modules];
await Promise.all(
  Array.from({ length: availableParallelism() }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, name] = next;
      await execFileAsync("wasm-opt", ["-Oz", "--strip-producers", "--strip-target-features", ...WASM_FEATURES, path, "-o", join(work, name)]);
    }
  }),
);

// 5. Content-hashed names: each chunk by its own content; the main module, its JS and the
// chunk loader (which import each other) by the hash of all three after the chunks' names
// are in them. Old and new builds never share a name unless the file is the same.
let loader = await readFile(join(split, "__wasm_split.js"), "utf8");
let glue = await readFile(join(bound, `${APP}.js`), "utf8");
for (const [, name] of modules.slice(1)) {
  const body = await readFile(join(work, name));
  const hashed = `${basename(name, ".wasm")}-${hashOf(body)}.wasm`;
  await writeFile(join(stage, hashed), body);
  loader = loader.replaceAll(`"./${name}"`, `"./${hashed}"`);
}
// Which files each split point fetches (its own module and the chunks it shares with
// others), read from the loader before it is minified: the size budget adds them up.
const chunkFiles = Object.fromEntries(
  [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
);
const splits = Object.fromEntries(
  [...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g)].map((m) => [
    m[1],
    [m[2], ...m[3].split(",").map((dep) => dep.trim()).filter(Boolean).map((dep) => chunkFiles[dep])],
  ]),
);
if (!splits.engine || Object.values(splits).flat().some((file) => !file)) throw new Error("could not read the chunk loader's split points");
const mainWasm = await readFile(join(work, `${APP}_bg.wasm`));
const buildHash = hashOf(mainWasm, glue, loader);
const names = {
  js: `${APP}-${buildHash}.js`,
  wasm: `${APP}-${buildHash}_bg.wasm`,
  loader: `__wasm_split-${buildHash}.js`,
};
// Only the import statements: the wasm module's own import names stay as they are.
glue = glue.replaceAll('from "./__wasm_split.js"', `from "./${names.loader}"`).replaceAll(`'${APP}_bg.wasm'`, `'${names.wasm}'`);
loader = loader.replaceAll('from "./candor.js"', `from "./${names.js}"`);
if (!glue.includes(names.loader) || !loader.includes(names.js)) throw new Error("could not rename the loader's imports");
const minifyJs = async (code) => (await minify(code, { module: true, ecma: 2020 })).code;
await writeFile(join(stage, names.wasm), mainWasm);
await writeFile(join(stage, names.js), await minifyJs(glue));
await writeFile(join(stage, names.loader), await minifyJs(loader));

// 6. The page and the other files, as Trunk would write them.
let index = await readFile(join(root, "index.html"), "utf8");
async function hashedCopy(source, transform = (body) => body) {
  const body = transform(await readFile(join(root, source)));
  const extension = extname(source);
  const name = `${basename(source, extension)}-${hashOf(body)}${extension}`;
  await writeFile(join(stage, name), body);
  return name;
}
// Comments and spaces out; strings and selectors are left as they are.
const minifyCss = (body) =>
  body
    .toString("utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
const tag = (attributes) => new RegExp(`\\s*<link data-trunk rel="${attributes}"[^>]*/>`);
const css = index.match(/<link data-trunk rel="css" href="([^"]+)" \/>/);
const icon = index.match(/<link data-trunk rel="icon" href="([^"]+)" \/>/);
if (!css || !icon || !tag("rust").test(index)) throw new Error("index.html lacks the Trunk links this build replaces");
index = index.replace(css[0], `<link rel="stylesheet" href="./${await hashedCopy(css[1], minifyCss)}" />`);
// The icon is small: written into the page, it spares the first visit a request.
const iconSvg = (await readFile(join(root, icon[1]), "utf8")).trim();
index = index.replace(icon[0], `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(iconSvg)}" type="image/svg+xml" />`);
for (const copied of [...index.matchAll(/\s*<link data-trunk rel="copy-file" href="([^"]+)" \/>/g)]) {
  const target = join(stage, basename(copied[1]));
  if (copied[1].endsWith(".js")) await writeFile(target, await minifyJs(await readFile(join(root, copied[1]), "utf8")));
  else await copyFile(join(root, copied[1]), target);
  index = index.replace(copied[0], "");
}
// The app's download starts once the shell has painted (the browser's first-paint entry, then
// a frame and a task; where paints are not reported, two frames): asked for in the head, it
// would share the link with the stylesheet and hold back the first paint, and the largest
// paint would wait for it. The JS glue and the wasm are fetched together. The manifest and
// the service worker's registration come later still (nothing on the first screen needs them).
const loaderScript = [
  "let asked = false;",
  "const start = () => { if (asked) return; asked = true; requestAnimationFrame(() => setTimeout(async () => {",
  // The web app manifest too: the first paint does not need it.
  "document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: './manifest.webmanifest' }));",
  `const wasm = fetch('./${names.wasm}'); const { default: init } = await import('./${names.js}'); await init({ module_or_path: wasm });`,
  // The service worker's registration once the app runs: nothing before needs it.
  "const register = () => import('./sw-register.js'); if (window.candorStarted) register(); else addEventListener('candor-started', register, { once: true });",
  "})); };",
  "if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) new PerformanceObserver((list, observer) => { observer.disconnect(); start(); }).observe({ type: 'paint', buffered: true });",
  "else requestAnimationFrame(() => requestAnimationFrame(start));",
].join(" ");
index = index.replace(tag("rust"), `\n    <script type="module">${loaderScript}</script>`);
const swTag = '<script type="module" src="./sw-register.js"></script>';
if (!index.includes(swTag)) throw new Error("index.html lacks the service worker's registration");
index = index.replace(swTag, "");
const manifestTag = '<link rel="manifest" href="./manifest.webmanifest" />';
if (!index.includes(manifestTag)) throw new Error("index.html lacks the web app manifest");
index = index.replace(manifestTag, "");
if (index.includes("data-trunk")) throw new Error("index.html has a Trunk link this build does not know");
// Comments out and runs of white space made one (the page has no <pre> or <textarea>).
index = index.replace(/<!--[\s\S]*?-->/g, "").replace(/\s+/g, " ");
await writeFile(join(stage, "index.html"), index);
const first = ["index.html", names.js, names.wasm, names.loader, ...[...index.matchAll(/href="\.\/([^"]+\.css)"/g)].map((m) => m[1]), "sw-register.js"];
await writeFile(join(work, "chunks.json"), JSON.stringify({ first, splits }, null, 2));

// 7. Content-Security-Policy and service worker, then the finished build takes dist's place.
run("node", [join(root, "scripts", "finish-build.mjs")], { env: { ...process.env, TRUNK_STAGING_DIR: stage } });
await rm(dist, { recursive: true, force: true });
await mkdir(dirname(dist), { recursive: true });
await rename(stage, dist);
console.log(`build-release: ${modules.length} wasm modules in ${distArg}`);
