import * as assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

function usageError(argv: string[], pattern: RegExp): void {
  assert.throws(
    () => parseArgs(argv),
    (err: unknown) => err instanceof CliError && err.exitCode === 2 && pattern.test(err.message) && !err.message.includes('\n'),
  );
}

describe('cli args', () => {
  it('parses a comparison with defaults', () => {
    assert.deepEqual(parseArgs(['a.txt', 'b.txt']), {
      kind: 'compare',
      sourcePath: 'a.txt',
      rewritePath: 'b.txt',
      format: 'text',
      failOn: 'error',
      timeoutSeconds: undefined,
    });
  });

  it('accepts options before, between and after files, with or without =', () => {
    assert.deepEqual(parseArgs(['--format', 'json', 'a', '--fail-on=warning', 'b']), {
      kind: 'compare',
      sourcePath: 'a',
      rewritePath: 'b',
      format: 'json',
      failOn: 'warning',
      timeoutSeconds: undefined,
    });
    const sarif = parseArgs(['a', 'b', '--format=sarif', '--fail-on', 'never']);
    assert.equal(sarif.kind === 'compare' && sarif.format, 'sarif');
    assert.equal(sarif.kind === 'compare' && sarif.failOn, 'never');
  });

  it('reads --timeout SECONDS for a comparison and for check, whole or decimal', () => {
    const cmd = parseArgs(['a', 'b', '--timeout', '90']);
    assert.equal(cmd.kind === 'compare' && cmd.timeoutSeconds, 90);
    const check = parseArgs(['check', '--timeout=2.5']);
    assert.equal(check.kind === 'check' && check.timeoutSeconds, 2.5);
  });

  it('refuses a --timeout that is not a positive number of seconds up to a day, or given to batch', () => {
    for (const bad of ['0', '-1', 'abc', '1e3', '90s', '', '86401', 'Infinity']) {
      usageError(['a', 'b', `--timeout=${bad}`], /invalid value .* for '--timeout': expected a number of seconds/);
    }
    usageError(['batch', 'p.jsonl', '--timeout', '5'], /option '--timeout' cannot be used with 'batch'/);
  });

  it('treats everything after -- as files', () => {
    const cmd = parseArgs(['--', '--weird.txt', '-x']);
    assert.equal(cmd.kind === 'compare' && cmd.sourcePath, '--weird.txt');
    assert.equal(cmd.kind === 'compare' && cmd.rewritePath, '-x');
  });

  it('--help and --version win over anything else', () => {
    assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['-h']), { kind: 'help' });
    assert.deepEqual(parseArgs(['a', 'b', 'c', '--format', 'json', '--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    assert.deepEqual(parseArgs(['-V', 'a']), { kind: 'version' });
  });

  it('parses batch with defaults and options', () => {
    assert.deepEqual(parseArgs(['batch', 'pairs.jsonl']), { kind: 'batch', inputPath: 'pairs.jsonl', format: 'jsonl', jobs: undefined });
    assert.deepEqual(parseArgs(['batch', '-', '--jobs', '3', '--format', 'jsonl']), { kind: 'batch', inputPath: '-', format: 'jsonl', jobs: 3 });
  });

  it('rejects wrong file counts', () => {
    usageError([], /missing SOURCE and REWRITE/);
    usageError(['a'], /missing REWRITE/);
    usageError(['a', 'b', 'c'], /expected 2 files, got 3/);
    usageError(['batch'], /batch: missing PAIRS\.jsonl/);
    usageError(['batch', 'a', 'b'], /batch: expected 1 file/);
  });

  it('rejects unknown options and bad values', () => {
    usageError(['a', 'b', '--bogus'], /unknown option '--bogus'/);
    usageError(['a', 'b', '-x'], /unknown option '-x'/);
    usageError(['a', 'b', '--format', 'xml'], /invalid value 'xml' for '--format': expected text, json, sarif/);
    usageError(['a', 'b', '--fail-on', 'fatal'], /invalid value 'fatal' for '--fail-on'/);
    usageError(['a', 'b', '--format'], /option '--format' needs a value/);
    usageError(['a', 'b', '--format', 'json', '--format', 'text'], /given more than once/);
    usageError(['batch', 'p', '--format', 'json'], /expected jsonl/);
    for (const jobs of ['0', '-1', 'two', '1.5', '']) usageError(['batch', 'p', `--jobs=${jobs}`], /invalid value .* for '--jobs'/);
  });

  it('rejects options that belong to the other command', () => {
    usageError(['a', 'b', '--jobs', '2'], /'--jobs' cannot be used without 'batch'/);
    usageError(['batch', 'p', '--fail-on', 'error'], /'--fail-on' cannot be used with 'batch'/);
  });
});
