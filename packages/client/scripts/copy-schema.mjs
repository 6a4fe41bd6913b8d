// tsc does not copy hand-placed .d.ts files, and dist/index.d.ts imports the generated schema types.
import { copyFileSync } from 'node:fs'

copyFileSync(new URL('../src/schema.d.ts', import.meta.url), new URL('../dist/schema.d.ts', import.meta.url))
