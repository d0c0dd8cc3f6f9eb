// A plain static file server, like any static host: files under one folder, served below a
// base path, with no rewrites (an unknown path is a 404), gzip for browsers that accept it,
// and ETags so that a file already fetched is revalidated rather than sent again. Used to
// serve the release build locally and by the end-to-end tests, which serve it from a
// sub-folder.
//
//   node scripts/static-server.mjs --dir dist --port 8080 --base /some/sub/path/
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? "dist");
const port = Number(args.port ?? 8080);
const host = args.host ?? "127.0.0.1";
let base = args.base ?? "/";
if (!base.startsWith("/")) base = `/${base}`;
if (!base.endsWith("/")) base = `${base}/`;

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let relative = decodeURIComponent(urlPath.slice(base.length));
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

// Types worth compressing (images in PNG are compressed already).
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);
const gzipped = new Map();
function gzipOf(path, tag, body) {
  const known = gzipped.get(path);
  if (known?.tag === tag) return known.body;
  const compressed = gzipSync(body, { level: 9 });
  gzipped.set(path, { tag, body: compressed });
  return compressed;
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, `http://${host}`);
    if (url.pathname === base.slice(0, -1)) {
      response.writeHead(301, { Location: base });
      response.end();
      return;
    }
    const path = await fileFor(url.pathname);
    if (!path) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found\n");
      return;
    }
    const info = await stat(path);
    const tag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      ETag: tag,
      Vary: "Accept-Encoding",
    };
    if (request.headers["if-none-match"] === tag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    let body = await readFile(path);
    if (compressible.has(extname(path)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      body = gzipOf(path, tag, body);
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Bad request\n");
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
