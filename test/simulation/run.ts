/**
 * A whole simulated year from the command line, on a scratch database of its own (an
 * in-memory embedded one, or a new database on the server DATABASE_URL names, dropped after):
 *
 *   tsx test/simulation/run.ts [--seed N] [--days N] [--tasks N] [--quiet] [--keep-going]
 *
 * Prints a line a day and a final line (--quiet: the final line only). Exit code 0 when every
 * invariant held, 1 at the first broken one (--keep-going: after the year, each check having
 * stopped at its own first), 2 when the scenario itself could not go on.
 */
import { parseArgs } from 'node:util'
import { openDatabase } from '../../src/db/connect.js'
import { openScratchDatabase } from '../../src/db/scratch.js'
import { readSeed } from '../helper.js'
import { simulateYear } from './simulation.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    days: { type: 'string' },
    tasks: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
  },
})
const number = (name: string, text: string | undefined) => {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} wants a whole number, not ${text}`)
    process.exit(2)
  }
  return value
}

const scratch = await openScratchDatabase(process.env.DATABASE_URL)
// On a server the second instance has a pool of its own, as a second process would.
const second = scratch.url ? openDatabase({ url: scratch.url }) : undefined
const started = Date.now()
let code = 2
try {
  const outcome = await simulateYear({
    seed: number('seed', values.seed)!, days: number('days', values.days), tasks: number('tasks', values.tasks),
    database: scratch.database, secondDatabase: second, report: readSeed('chizhou-2025-jan-may.txt'),
    stopAtFirst: !values['keep-going'], log: values.quiet ? undefined : (line) => console.log(line),
  })
  if (!values.quiet) {
    for (const note of outcome.notes) console.log(`note: ${note}`)
    for (const failure of outcome.failures) console.log(`✗ ${failure.day} invariant ${failure.invariant} (${failure.name}): ${failure.message}`)
  }
  console.log(`${outcome.line} · ${((Date.now() - started) / 1000).toFixed(1)} s on ${scratch.url ? 'PostgreSQL' : 'PGlite'}`)
  code = outcome.failures.length === 0 ? 0 : 1
} catch (error) {
  console.error(`the simulation could not go on: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
} finally {
  await second?.db.destroy()
  await scratch.drop()
}
process.exit(code)
