// The arc-eager transition system and its dynamic oracle (src/core/syntax/transitions.ts), which
// training follows: zero-cost moves must lead to the gold tree of a projective sentence, a move
// that loses a gold arc must cost something, and finish() must leave one tree.
import { strict as assert } from 'node:assert';
import { newState, type ParseState } from '../../src/core/syntax/features';
import { apply, cost, finish, isValid, LEFT, REDUCE, RIGHT, SHIFT } from '../../src/core/syntax/transitions';

function stateFor(n: number): ParseState {
  const ids = Int32Array.from({ length: n + 1 }, (_, i) => i + 2);
  return newState(ids, ids, ids);
}

/** Follows a zero-cost valid move at every step (the first in `order`); returns the finished state. */
function followOracle(gold: Int32Array, order: readonly number[]): ParseState {
  const st = stateFor(gold.length - 1);
  let steps = 0;
  while (st.b <= st.n) {
    const move = order.find((m) => isValid(st, m) && cost(st, m, gold) === 0);
    assert.ok(move !== undefined, `no zero-cost move at step ${steps}`);
    apply(st, move);
    assert.ok(++steps <= 2 * gold.length, 'the oracle runs in at most 2n moves');
  }
  finish(st);
  return st;
}

describe('arc-eager transitions and the dynamic oracle', () => {
  // "The man who won the race thanked his coach ." (1-based heads, 0 = root).
  const gold = Int32Array.from([0, 2, 7, 4, 2, 6, 4, 0, 9, 7, 7]);
  // "She said , we know , that it rained ." with a non-adjacent root and a comma before a clause.
  const gold2 = Int32Array.from([0, 2, 0, 5, 5, 2, 9, 9, 9, 5, 2]);

  for (const [name, tree] of [['a relative clause', gold], ['an inserted clause', gold2]] as const) {
    for (const order of [[SHIFT, REDUCE, LEFT, RIGHT], [RIGHT, LEFT, REDUCE, SHIFT]]) {
      it(`reaches the gold tree of ${name} by zero-cost moves (preferring ${order[0] === SHIFT ? 'SHIFT' : 'RIGHT-ARC'})`, () => {
        const st = followOracle(tree, order);
        assert.deepEqual([...st.head.subarray(1)], [...tree.subarray(1)]);
      });
    }
  }

  it('gives a move that loses a gold arc a positive cost, and forbids reducing a word without a head', () => {
    const st = stateFor(gold.length - 1);
    apply(st, SHIFT); // stack: root, The; buffer: man ...
    // "The" hangs from "man": a RIGHT-ARC from "The" to "man" loses that arc and man's own.
    assert.ok(cost(st, RIGHT, gold) > 0);
    assert.equal(cost(st, LEFT, gold), 0);
    assert.equal(isValid(st, REDUCE), false);
    // After the wrong move the oracle still finds the best tree left (arc-eager is arc-decomposable):
    // every arc but the two lost ("The" and "man" get wrong heads).
    apply(st, RIGHT);
    let steps = 0;
    while (st.b <= st.n && steps++ < 40) {
      const move = [SHIFT, REDUCE, LEFT, RIGHT].filter((m) => isValid(st, m)).sort((a, b) => cost(st, a, gold) - cost(st, b, gold))[0]!;
      apply(st, move);
    }
    finish(st);
    const wrong = [...st.head.subarray(1)].filter((h, i) => h !== gold[i + 1]).length;
    assert.equal(wrong, 2, `${wrong} arcs wrong after one mistake`);
  });

  it('lets only one word hang from the root, and finish() attaches what is left to it', () => {
    const st = stateFor(3);
    apply(st, RIGHT); // root -> 1
    assert.equal(isValid(st, RIGHT), true); // 1 -> 2 is still possible
    apply(st, REDUCE);
    assert.equal(isValid(st, RIGHT), false); // the root already has its dependent
    apply(st, SHIFT);
    apply(st, SHIFT);
    finish(st);
    assert.deepEqual([...st.head.subarray(1)], [0, 1, 1]);
  });
});
