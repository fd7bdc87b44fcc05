import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findCity } from '../db/queries/cities.js'
import type { ImportRequest } from '../schemas/imports.js'
import { runImport } from '../services/imports.js'
import { withDatabase } from './withDatabase.js'

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

await withDatabase('import', async (db) => {
  if (!(await findCity(db, values.city!))) throw new Error(`city ${values.city} does not exist: create it first (POST /v1/cities)`)
  const document = await readFile(values.file!, 'utf8')
  console.error(`importing ${values.file} (${Buffer.byteLength(document)} bytes) into city ${values.city}${values['dry-run'] ? ' as a dry run' : ''} …`)
  const started = performance.now()
  const result = await runImport(db, { apiKeyId: null, requestId: `cli-${process.pid}` }, values.city!, {
    document,
    sourceName: values['source-name'] ?? path.basename(values.file!),
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
})
