// FAITHFUL_TIMINGS: the phase timings line a `faithful` process writes on stderr (src/cli/timings.ts).

import * as assert from 'node:assert/strict';
import { formatTimings, parseTimings, timingsWanted, TIMINGS_PREFIX } from '../../src/cli/timings';

describe('cli phase timings', () => {
  it('are wanted when FAITHFUL_TIMINGS is set to anything but "" or "0"', () => {
    assert.equal(timingsWanted({}), false);
    assert.equal(timingsWanted({ FAITHFUL_TIMINGS: '' }), false);
    assert.equal(timingsWanted({ FAITHFUL_TIMINGS: '0' }), false);
    assert.equal(timingsWanted({ FAITHFUL_TIMINGS: '1' }), true);
    assert.equal(timingsWanted({ FAITHFUL_TIMINGS: 'yes' }), true);
  });

  it('read back what was written, phase names with spaces included, in order', () => {
    const line = formatTimings([['launcher', 57.04], ['entry', 59.1], ['engine loaded', 102.94], ['done', 279.3], ['exit', 279.61]]);
    assert.equal(line, `${TIMINGS_PREFIX}launcher 57.0, entry 59.1, engine loaded 102.9, done 279.3, exit 279.6\n`);
    const phases = parseTimings(`faithful: a warning first\n${line}`);
    assert.deepEqual([...phases!.entries()], [['launcher', 57], ['entry', 59.1], ['engine loaded', 102.9], ['done', 279.3], ['exit', 279.6]]);
  });

  it('are absent from output without the line, and a damaged line reads as none', () => {
    assert.equal(parseTimings(''), null);
    assert.equal(parseTimings('faithful: no such file\n'), null);
    assert.equal(parseTimings(`${TIMINGS_PREFIX}entry soon\n`), null);
  });
});
