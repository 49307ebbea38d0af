// The environment VS Code's extension starts the language server in: the extension host's own,
// less NODE_EXTRA_CA_CERTS. Node reads and parses that file of certificates as it starts, before
// any script runs, whether or not the process ever opens a TLS connection: 40-50 ms of every
// start on the machine the bench runs on (`npm run bench` shows Node alone with and without it).
// The server opens no network connection at all (a unit test checks that its bundles load no
// TLS module) and starts no process that would, so the certificates are never used there.
// vscode-languageclient merges these entries over the extension host's environment, and Node
// leaves out a variable whose value is undefined.

/** Variables the server is started without. */
export const SERVER_ENV_DROPPED = ['NODE_EXTRA_CA_CERTS'] as const;

/** Entries to merge over the extension host's environment (undefined: leave the variable out). */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of SERVER_ENV_DROPPED) if (env[name] !== undefined) out[name] = undefined;
  return out;
}
