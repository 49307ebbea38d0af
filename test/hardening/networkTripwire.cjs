// Preloaded (node -r) by the security test into the CLI and the language server, and inherited
// by their worker threads: every way Node reaches the network is replaced by a tripwire that
// writes "FAITHFUL-NETWORK-ATTEMPT <what>" to stderr and throws. The test then asserts that
// nothing tripped. (Pipes for stdio and worker threads' message ports are not network.)
'use strict';
const trip = (what) => function () {
  process.stderr.write(`FAITHFUL-NETWORK-ATTEMPT ${what}\n`);
  throw new Error(`network access attempted: ${what}`);
};
const net = require('node:net');
net.Socket.prototype.connect = trip('net.Socket.connect');
net.connect = net.createConnection = trip('net.connect');
const tls = require('node:tls');
tls.connect = trip('tls.connect');
const dns = require('node:dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[k] = trip(`dns.${k}`);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns.promises[k] = trip(`dns.promises.${k}`);
for (const m of ['node:http', 'node:https', 'node:http2']) {
  const mod = require(m);
  if (mod.request) mod.request = trip(`${m}.request`);
  if (mod.get) mod.get = trip(`${m}.get`);
  if (mod.connect) mod.connect = trip(`${m}.connect`);
}
require('node:dgram').createSocket = trip('dgram.createSocket');
if (typeof globalThis.fetch === 'function') globalThis.fetch = trip('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trip('WebSocket');
