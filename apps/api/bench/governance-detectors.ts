// Precision and recall of the information-governance detectors on 1,000 generated, labelled
// snippets of lesson-like text (true positives and bait of every kind, from a fixed seed), and how
// long the detectors take per snippet:
//   pnpm bench:governance
// BENCH_SNIPPETS sets the number of snippets, BENCH_SEED the seed.
import { performance } from 'node:perf_hooks'
import { findingKindLabels, findingKinds } from '@learnonce/contracts'
import { detect } from '../src/modules/governance/detectors.js'
import { labelledSnippets, score } from '../src/modules/governance/labelled-snippets.js'

const count = Number(process.env.BENCH_SNIPPETS ?? 1000)
const seed = Number(process.env.BENCH_SEED ?? 19)
const snippets = labelledSnippets(count, seed)
const results = score(snippets)

const rounds = 20
const started = performance.now()
for (let round = 0; round < rounds; round++) for (const snippet of snippets) detect(snippet.text)
const microseconds = ((performance.now() - started) * 1000) / (rounds * snippets.length)

const figure = (value: number) => value.toFixed(3)
console.log(`${snippets.length} snippets (seed ${seed}); detection takes ${microseconds.toFixed(1)} µs a snippet\n`)
console.log('| kind | found | missed | over-flagged | precision | recall |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const kind of findingKinds) {
  const result = results[kind]
  console.log(
    `| ${findingKindLabels[kind]} | ${result.truePositives} | ${result.falseNegatives} | ${result.falsePositives} | ${figure(result.precision)} | ${figure(result.recall)} |`,
  )
}
