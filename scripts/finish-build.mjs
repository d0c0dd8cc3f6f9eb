// Trunk's post-build step (see Trunk.toml). In the staged build it:
// 1. adds a strict Content-Security-Policy to index.html, with the hashes of its inline scripts
//    (the one that starts the app, and the shell's, which picks what it shows before the first
//    paint), so no 'unsafe-inline' is needed;
// 2. writes sw.js, the service worker, with the exact list of files of this build and a
//    version computed from their contents (hashed file names change on every build): the
//    first download, precached at install, and everything else (the chunks loaded on demand
//    and the icons), which the app asks it to fetch once it is interactive and idle.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk's post_build hook");

const indexPath = join(dir, "index.html");
let index = await readFile(indexPath, "utf8");
const inline = [...index.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length < 2) throw new Error("index.html lacks its inline scripts (the loader and the shell's)");
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
index = index.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
if (!index.includes(meta)) throw new Error("could not place the CSP meta tag");
await writeFile(indexPath, index);

async function files(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)])),
  );
  return nested.flat();
}
const all = (await files(dir))
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((name) => name !== "sw.js")
  .sort();
const version = createHash("sha256");
for (const name of all) version.update(name).update(await readFile(join(dir, name)));
// Chunks (split_*.wasm, chunk_*.wasm) and icons are not part of the first download.
const later = (name) => /^(split_|chunk_)/.test(name) || /\.png$/.test(name);
const first = ["./", ...all.filter((name) => name !== "index.html" && !later(name)).map((name) => `./${name}`)];
const rest = all.filter(later).map((name) => `./${name}`);
const template = await readFile(new URL("./sw.template.js", import.meta.url), "utf8");
const worker = template
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__FILES__", JSON.stringify(first, null, 2))
  .replace("__LATER__", JSON.stringify(rest, null, 2));
await writeFile(join(dir, "sw.js"), worker);
console.log(`finish-build: CSP with ${hashes.length} script hash(es); sw.js precaches ${first.length} files, warms ${rest.length} later`);
