#!/usr/bin/env node
// A small static file server for Retain's dist/ folder (node built-ins only).
//   node scripts/serve.mjs --root dist --port 8080 [--host 127.0.0.1]
// Port 0 picks a free port. The e2e runner imports startServer() from here.
// Why not `python3 -m http.server`: it serves .wasm with a guessed type on some systems, and
// WebAssembly.instantiateStreaming refuses anything but application/wasm.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function mime_type_of(file_path) {
  return MIME_TYPES[path.extname(file_path).toLowerCase()] || 'application/octet-stream';
}

function send_text(res, status, text, extra_headers = {}) {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...extra_headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

// Maps a request URL to a file under root, or null when the URL tries to leave root.
function resolve_under_root(root, request_url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request_url, 'http://localhost').pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  const file_path = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
  if (file_path !== root && !file_path.startsWith(root + path.sep)) return null;
  return file_path;
}

function handle_request(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send_text(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  // Refuse any URL whose raw path has a ".." segment, encoded or not, before normalisation hides it.
  const raw_path = (req.url || '/').split('?')[0];
  let decoded_raw;
  try {
    decoded_raw = decodeURIComponent(raw_path);
  } catch {
    send_text(res, 400, 'Bad Request');
    return;
  }
  if (decoded_raw.split(/[\\/]/).includes('..')) {
    send_text(res, 403, 'Forbidden');
    return;
  }
  let file_path = resolve_under_root(root, req.url || '/');
  if (!file_path) {
    send_text(res, 403, 'Forbidden');
    return;
  }
  fs.stat(file_path, (err, stats) => {
    if (!err && stats.isDirectory()) {
      file_path = path.join(file_path, 'index.html');
      fs.stat(file_path, (err2, stats2) => send_file(req, res, file_path, err2, stats2));
      return;
    }
    send_file(req, res, file_path, err, stats);
  });
}

function send_file(req, res, file_path, err, stats) {
  if (err || !stats.isFile()) {
    send_text(res, 404, 'Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': mime_type_of(file_path),
    'Content-Length': stats.size,
    'Cache-Control': 'no-cache',
    'Last-Modified': stats.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file_path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

// Starts serving `root`. Resolves to { url, port, close() } once listening; rejects on listen errors
// (err.code === 'EADDRINUSE' when the port is taken).
export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  const resolved_root = fs.realpathSync(path.resolve(root));
  if (!fs.statSync(resolved_root).isDirectory()) {
    throw new Error(`${root} is not a folder`);
  }
  const server = http.createServer((req, res) => handle_request(resolved_root, req, res));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const real_port = server.address().port;
      const url_host = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${url_host}:${real_port}/`,
        port: real_port,
        server,
        close() {
          return new Promise((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy(); // keep-alive sockets would hold close() open
          });
        },
      });
    });
  });
}

function parse_args(argv) {
  const options = { root: 'dist', port: 8080, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') options.root = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be a whole number from 0 to 65535');
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parse_args(process.argv.slice(2));
  } catch (e) {
    console.error(`serve.mjs: ${e.message}`);
    console.error('usage: node scripts/serve.mjs --root dist --port 8080 [--host 127.0.0.1]');
    process.exit(2);
  }
  if (options.help) {
    console.log('usage: node scripts/serve.mjs --root dist --port 8080 [--host 127.0.0.1]');
    return;
  }
  if (!fs.existsSync(options.root) || !fs.statSync(options.root).isDirectory()) {
    console.error(`serve.mjs: ${options.root} is not a folder (build it first: scripts/build.sh web)`);
    process.exit(1);
  }
  try {
    const { url, close } = await startServer(options);
    console.log(`Retain is served at ${url}`);
    const stop = () => close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(`serve.mjs: port ${options.port} on ${options.host} is already in use; ` +
        'stop the other server or pick another port (PORT=8081 scripts/serve.sh, or --port 0 for any free port)');
    } else if (e.code === 'EACCES') {
      console.error(`serve.mjs: not allowed to listen on ${options.host}:${options.port} (${e.message})`);
    } else {
      console.error(`serve.mjs: cannot listen on ${options.host}:${options.port}: ${e.message}`);
    }
    process.exit(1);
  }
}

function is_main_module() {
  try {
    return Boolean(process.argv[1]) && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (is_main_module()) main();
