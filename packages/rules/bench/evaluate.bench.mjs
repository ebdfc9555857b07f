// evaluate('P01.complaint-reply', …) per second, beside json-rules-engine evaluating the same rule
// (a reply within 2 h of receipt, 投訴 4) on the same facts, in the same process and run.
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { evaluate, PreparedEvaluator } from '../dist/index.js';

const received = Date.parse('2026-11-27T15:00:00+08:00');
const factsList = Array.from({ length: 1024 }, (_, i) => {
  const replied = new Date(received + (i % 180) * 60_000).toISOString();
  return {
    receivedAt: '2026-11-27T15:00:00+08:00',
    valid: i % 3 !== 0,
    settledOnSpot: false,
    repliedAt: replied,
    nextReplyAt: '2026-11-28T10:00:00+08:00',
  };
});

const engine = new Engine([], { allowUndefinedFacts: true });
// The same rule for json-rules-engine: elapsed minutes from receipt to reply must be <= 120.
engine.addFact('elapsedMinutes', (_params, almanac) =>
  Promise.all([almanac.factValue('receivedAt'), almanac.factValue('repliedAt')]).then(
    ([r, p]) => (Date.parse(p) - Date.parse(r)) / 60_000,
  ),
);
engine.addRule({
  name: 'P01.complaint-reply',
  conditions: { all: [{ fact: 'elapsedMinutes', operator: 'lessThanInclusive', value: 120 }] },
  event: { type: 'met' },
  onFailure: () => {},
});

// Each timed call evaluates a batch: the harness times every call, and that timing costs about as much as
// one evaluation (it would be most of what the figure measured for the faster side).
const BATCH = 64;
let i = 0;
let sink = 0;
// Many evaluations go through a prepared evaluator (#14: the speed layer is an object the caller creates
// and passes down: configuration resolved once, facts parser compiled, zone offsets and texts remembered).
// A plain call remembers nothing between calls; it is measured too, beside it.
const prepared = new PreparedEvaluator().options();
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('kefu evaluate(P01.complaint-reply)', () => {
    for (let k = 0; k < BATCH; k += 1) {
      const out = evaluate('P01.complaint-reply', factsList[i++ & 1023], prepared);
      if (out.ok && out.result.status === 'met') sink += 1;
    }
  })
  .add('kefu evaluate, plain call (nothing prepared)', () => {
    for (let k = 0; k < BATCH; k += 1) {
      const out = evaluate('P01.complaint-reply', factsList[i++ & 1023]);
      if (out.ok && out.result.status === 'met') sink += 1;
    }
  })
  .add('json-rules-engine engine.run (same rule)', async () => {
    for (let k = 0; k < BATCH; k += 1) {
      const out = await engine.run(factsList[i++ & 1023]);
      if (out.events.length) sink += 1;
    }
  });
await bench.run();

const hz = (name) => BATCH * (bench.tasks.find((t) => t.name === name)?.result?.throughput?.mean ?? 0);
const kefu = hz('kefu evaluate(P01.complaint-reply)');
const jre = hz('json-rules-engine engine.run (same rule)');
const plain = hz('kefu evaluate, plain call (nothing prepared)');
console.log(`(each timed call below is a batch of ${BATCH} evaluations)`);
console.table(bench.table());
console.log(`kefu evaluate: ${Math.round(kefu).toLocaleString('en-US')} ops/s`);
console.log(`kefu evaluate, plain call: ${Math.round(plain).toLocaleString('en-US')} ops/s`);
console.log(`json-rules-engine: ${Math.round(jre).toLocaleString('en-US')} ops/s`);
console.log(
  `ratio kefu (prepared) / json-rules-engine: ${(kefu / jre).toFixed(1)}x, plain call: ${(plain / jre).toFixed(2)}x (sink ${sink > 0})`,
);
