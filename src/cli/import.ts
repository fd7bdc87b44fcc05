import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/connect.js'
import { migrateToLatest } from '../db/migrate.js'
import { findCity } from '../db/queries/cities.js'
import { Problem } from '../http/problem.js'
import type { ImportRequest } from '../schemas/imports.js'
import { runImport } from '../services/imports.js'

const usage = 'usage: npm run import -- --city 341700 --file report.txt [--dry-run] [--layout pipe|tab|paragraph|csv|markdown] [--year 2025] [--source-name NAME]'

const { values } = parseArgs({
  options: {
    city: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    layout: { type: 'string' },
    year: { type: 'string' },
    'source-name': { type: 'string' },
  },
})
if (!values.city || !values.file) {
  console.error(usage)
  process.exit(2)
}
const layout = values.layout
if (layout !== undefined && !['pipe', 'tab', 'paragraph', 'csv', 'markdown'].includes(layout)) {
  console.error(`--layout must be pipe, tab, paragraph, csv or markdown\n${usage}`)
  process.exit(2)
}

const config = loadConfig()
const database = openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR })
let exitCode = 0
try {
  await migrateToLatest(database.db)
  if (!(await findCity(database.db, values.city))) throw new Error(`city ${values.city} does not exist: create it first (POST /v1/cities)`)
  const document = await readFile(values.file, 'utf8')
  console.error(`importing ${values.file} (${Buffer.byteLength(document)} bytes) into city ${values.city}${values['dry-run'] ? ' as a dry run' : ''} …`)
  const started = performance.now()
  const result = await runImport(database.db, { apiKeyId: null, requestId: `cli-${process.pid}` }, values.city, {
    document,
    sourceName: values['source-name'] ?? path.basename(values.file),
    dryRun: values['dry-run'],
    ...(layout ? { layout: layout as ImportRequest['layout'] & string } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
  })
  const { counts } = result
  console.error(`${result.dryRun ? 'would import' : 'imported'} ${result.rows} rows (${result.layout} layout) for ${result.year} ${result.period.label} ` +
    `in ${Math.round(performance.now() - started)} ms: tasks +${counts.tasks.created} ~${counts.tasks.updated} =${counts.tasks.unchanged}, ` +
    `entries +${counts.entries.created} ~${counts.entries.updated} =${counts.entries.unchanged}, ` +
    `${result.newLeadUnits.length} new lead units, ${result.warnings.length} warnings`)
  console.log(JSON.stringify(result, null, 2))
} catch (error) {
  console.error(`import failed: ${error instanceof Problem ? `${error.code}: ${error.detail}` : error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
} finally {
  await database.db.destroy()
}
process.exit(exitCode)
