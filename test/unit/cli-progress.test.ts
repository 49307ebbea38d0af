import * as assert from 'node:assert/strict';
import { Progress } from '../../src/cli/progress';
import { Collector } from './cli-helpers';

describe('cli progress', () => {
  it('draws nothing when disabled', () => {
    const err = new Collector();
    const p = new Progress(err, false);
    p.update(5, 1);
    p.finish();
    assert.equal(err.text, '');
  });

  it('redraws at most every 100 ms and erases itself at the end', () => {
    const err = new Collector();
    let now = 1000;
    const p = new Progress(err, true, () => now);
    p.update(1, 0);
    p.update(2, 0); // same instant: skipped
    now += 100;
    p.update(3, 1);
    p.finish();
    assert.equal(err.text, '\r\x1b[Kfaithful: 1 pair checked' + '\r\x1b[Kfaithful: 3 pairs checked, 1 failed' + '\r\x1b[K');
  });
});
