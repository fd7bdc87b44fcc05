import Type, { type Static } from 'typebox'
import { COLUMN_ROLES, ENTRY_FIELDS, FILE_FORMATS, LAYOUTS } from '../../shared/values.js'
import { CityCode, DateString, Id, PageOf, PageQuery, ref, Text, Timestamp, Year } from '../../shared/common.schemas.js'
import { PeriodKind } from '../periods/periods.schemas.js'
import { EntryState } from '../entries/entries.schemas.js'

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

/**
 * The most rows an import takes (a city's list runs to a few hundred tasks: 池州 147, 淮南 262).
 * What an import holds until it commits grows with its rows: 100,641 rows grew the server by
 * 786 MB; at this many, and 5 MB of text, it grows by 40–110 MB (test/import-memory.test.ts).
 */
export const MAX_IMPORT_ROWS = 1000

export const ImportLayout = Type.Enum([...LAYOUTS], {
  $id: 'ImportLayout',
  description: 'pipe: every cell on its own line ending in " |"; tab: one row per line, tab-separated; ' +
    'paragraph: text copied from a web page, every cell its own paragraph; csv and markdown: as the report export writes them; ' +
    'spaced: one row per line, cells separated by a space (two around an empty cell); glued: one row per line, the cells written ' +
    'together (a page copied as text). In the spaced and glued layouts where a cell ends is read from what the cells say, and each ' +
    'row so read is a warning (cells_by_content). ' +
    'An import of an uploaded xlsx or docx reports csv: its table arrives as rows of cells, as a CSV does',
})

/** A lead unit's return sheet is imported as that unit's entries only; see the import operation's description. */
const LeadUnitOption = Type.Optional(Type.Integer({
  minimum: 1, maximum: Number.MAX_SAFE_INTEGER,
  description: 'File the rows as this lead unit\'s entries only (drafts, the 工作评价 as its proposedStatus) in the period named ' +
    'by periodId; tasks, units and the period are not changed. A unit\'s return sheet (GET …/periods/{periodId}/return-sheet) ' +
    'says so by itself; sent with one, it must name the sheet\'s unit (422 otherwise).',
}))

export const COLUMN_ROLE_NAMES = [...COLUMN_ROLES, 'other'] as const

export const ColumnRole = Type.Enum([...COLUMN_ROLE_NAMES], {
  $id: 'ColumnRole',
  description: 'What a column of the report\'s table holds, and where the import puts it. seq: the 序号; title: the task\'s text; ' +
    'leadUnits: the units that lead it (牵头); supportUnits: units that support it (协同, 配合), linked to the task with role support; ' +
    'status: the 工作评价 (a status word, 是/否 for 是否达序, or a completion percentage); progress, nextSteps, remarks: the entry\'s ' +
    'fields. problems, deadline, target, leader, previousProgress (an earlier period\'s progress) and other (a column of no known ' +
    'role) are kept in the entry\'s remarks, each line as「header：text」; the target is also read for the task\'s targets.',
})

export const ImportColumn = Type.Object({
  title: Type.String({ description: 'The column\'s header, as the document writes it (a heading split over two lines joined)' }),
  role: ref(ColumnRole),
  word: Type.Union([Type.String(), Type.Null()], { description: 'The header word that decided the role; null when none did or the request set it' }),
  overridden: Type.Boolean({ description: 'The request set the role (columnRoles)' }),
}, { $id: 'ImportColumn' })

export const MAX_COLUMN_ROLES = 16

export const ColumnRoles = Type.Record(Type.String({ minLength: 1, maxLength: 40 }), ref(ColumnRole), {
  maxProperties: MAX_COLUMN_ROLES,
  description: 'Roles for the table\'s columns, by header as the dry run lists it in columns, winning over what the header words say; ' +
    'a header the table does not have is refused (422 column_unknown).',
  examples: [{ 包保部门: 'leadUnits', 情况汇报: 'progress' }],
})

export const ImportRequest = Type.Object({
  document: Type.String({ minLength: 1, description: 'The report as text, up to 5 MB (UTF-8)' }),
  sourceName: Text(300, { description: 'Where the text came from: a file name or URL', examples: ['chizhou-2025-jan-may.txt'] }),
  year: Type.Optional(Year),
  period: Type.Optional(Type.Object({
    label: Text(50, { examples: ['1-5月份'] }),
    kind: ref(PeriodKind),
    startsOn: DateString,
    endsOn: DateString,
  }, { additionalProperties: false })),
  periodId: Type.Optional(Id),
  leadUnitId: LeadUnitOption,
  layout: Type.Optional(ref(ImportLayout)),
  columnRoles: Type.Optional(ColumnRoles),
  dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Report what the import would do, and write nothing' })),
  overwrite: Type.Optional(Type.Boolean({
    default: false,
    description: 'Let the document\'s text replace entries a person changed through the API since the document was last ' +
      'imported. Without it such entries are left as they are and listed in `conflicts`.',
  })),
}, {
  additionalProperties: false,
  description: 'What the request says wins over what the document\'s title says (year, period).',
  examples: [{
    sourceName: 'chizhou-2025-jan-may.txt',
    dryRun: true,
    document: '关于1-5月份市政府重点工作责任清单进展情况的报告\n序号 |\n重点工作任务 |\n牵头责任单位 |\n工作评价 |\n1-5月份进展情况 |\n近期工作安排 |\n' +
      '1 |\n地区生产总值增长6.5%以上。 |\n市发展改革委 |\n未达预期 |\n一季度,增长6.4%,增速居全省第6位。 |\n' +
      '加强研判分析,及时发现苗头性问题,采取针对性措施。 |\n',
    year: 2025,
    period: { label: '1-5月份', kind: 'month_cumulative', startsOn: '2025-01-01', endsOn: '2025-05-31' },
  }],
})
export type ImportRequest = Static<typeof ImportRequest>

/** What an import request says besides its document: the same for text and for an uploaded file. */
export type ImportOptions = Omit<ImportRequest, 'document' | 'layout'>

export const ImportFormat = Type.Enum(['text', ...FILE_FORMATS], {
  $id: 'ImportFormat',
  description: 'text: the document was sent as text (see layout); xlsx: an Excel workbook, read from its first visible sheet ' +
    'with a table; docx: a Word document, read from its first table with a 序号 header',
})
export type ImportFormat = Static<typeof ImportFormat>

/** A file's bytes: a Buffer once parsed (app.ts validates this node as one), binary in the OpenAPI document. */
const Binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description })

// No defaults: a query string the validator filled in could not be told from one the caller sent.
const uploadOptions = {
  year: Type.Optional(Year),
  periodId: Type.Optional(Id),
  leadUnitId: LeadUnitOption,
  dryRun: Type.Optional(Type.Boolean({ description: 'Report what the import would do, and write nothing (false when left out)' })),
  overwrite: Type.Optional(Type.Boolean({ description: 'As overwrite in ImportRequest (false when left out)' })),
  columnRoles: Type.Optional(Type.String({ maxLength: 2000, description: 'As columnRoles in ImportRequest, written as a JSON object ' +
    '({"包保部门":"leadUnits"})', examples: ['{"包保部门":"leadUnits"}'] })),
}

/** The form a browser or `curl -F` sends: the file and the options as fields. */
export const ImportUpload = Type.Object({
  file: Binary('An xlsx workbook or a docx document, up to 5 MB: the first sheet or table with a 序号 header is read'),
  sourceName: Type.Optional(Text(300, { description: 'Where the file came from; the uploaded file\'s name when left out' })),
  ...uploadOptions,
}, {
  additionalProperties: false,
  // The file's bytes stand in as its name: what `curl -F file=@池州1-5月.xlsx` sends.
  examples: [{ file: '池州1-5月.xlsx', dryRun: true }],
})
export type ImportUpload = Static<typeof ImportUpload>

/** The bytes of an xlsx or docx as the whole body; what they are is read from them, not from Content-Type. */
export const ImportFileBody = Binary('An xlsx workbook or a docx document, up to 5 MB; the options go in the query string')

/** The options of an import whose body is the file itself; a JSON or multipart body carries them instead. */
export const ImportFileQuery = Type.Object({
  sourceName: Type.Optional(Text(300, { description: 'Where the file came from; required when the body is the file itself' })),
  ...uploadOptions,
})
export type ImportFileQuery = Static<typeof ImportFileQuery>

const Counts = Type.Object({
  created: Type.Integer({ minimum: 0 }),
  updated: Type.Integer({ minimum: 0 }),
  unchanged: Type.Integer({ minimum: 0 }),
})

export const ImportWarning = Type.Object({
  rowNumber: Type.Union([Type.Integer(), Type.Null()], { description: 'The row in the document\'s table, from 1' }),
  line: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The line in the document, from 1; in an xlsx the sheet\'s row, in a docx the paragraph or table row counted from the top',
  }),
  code: Type.String({ examples: ['row_truncated'] }),
  message: Type.String(),
}, { $id: 'ImportWarning' })

export const ImportConflict = Type.Object({
  seq: Type.Integer({ description: 'The row\'s 序号' }),
  taskId: Id,
  entryId: Id,
  fields: Type.Array(Type.Enum([...ENTRY_FIELDS]), {
    description: 'The fields where the stored entry and the document differ',
  }),
  reason: Type.Enum(['changed_since_import', 'filed_by_person'], {
    description: 'changed_since_import: changed through the API after an import last wrote it; ' +
      'filed_by_person: no import ever wrote it',
  }),
  entryState: Type.Optional(ref(EntryState)),
}, {
  $id: 'ImportConflict',
  description: 'An entry the import left as it is: a person changed it since the document was last imported, and ' +
    'it differs from the document. Import again with overwrite: true to let the document win. A return sheet\'s conflicts ' +
    'also give the entry\'s state (entryState): a submitted or accepted entry is the office\'s and is never replaced by a ' +
    'unit\'s sheet, overwrite or not; a draft or returned one is a conflict when it changed after the sheet was written out, ' +
    'and overwrite: true lets the sheet win.',
})

export type ImportConflict = Static<typeof ImportConflict>

export const ImportResult = Type.Object({
  id: Id,
  cityCode: CityCode,
  sourceName: Type.String(),
  checksum: Type.String({ description: 'SHA-256 of the document, hex' }),
  format: ref(ImportFormat),
  layout: ref(ImportLayout),
  columns: Type.Optional(Type.Array(ref(ImportColumn), {
    description: 'The table\'s columns in order, each with the role it was read in and the header word that decided it: what to check ' +
      'on a dry run, and to correct with columnRoles. Imports stored before columns were listed have none.',
  })),
  dryRun: Type.Boolean(),
  createdAt: Timestamp,
  year: Year,
  period: Type.Object({
    id: Type.Union([Id, Type.Null()], { description: 'null on a dry run that would create the period' }),
    label: Type.String(),
    kind: ref(PeriodKind),
    startsOn: DateString,
    endsOn: DateString,
  }),
  rows: Type.Integer({ minimum: 0, description: 'Rows read from the document' }),
  counts: Type.Object({
    period: Counts,
    leadUnits: Counts,
    tasks: Counts,
    entries: Type.Object({
      ...Counts.properties,
      conflicts: Type.Integer({ minimum: 0, description: 'Entries left as a person changed them: the length of conflicts' }),
    }),
  }, {
    description: 'Tasks are matched by seq and follow the document: a title or lead units a person changed are replaced. ' +
      'Entries a person changed since the last import are protected: see conflicts.',
  }),
  newLeadUnits: Type.Array(Type.String(), { description: 'Names that matched no unit and became new units: merge duplicates' }),
  warnings: Type.Array(ref(ImportWarning)),
  conflicts: Type.Array(ref(ImportConflict), {
    description: 'Entries left as a person changed them (the dry run lists the same); empty with overwrite: true',
  }),
  returnSheet: Type.Optional(Type.Object({
    leadUnitId: Id,
    leadUnitName: Type.String(),
  }, {
    description: 'Present when the import was of a lead unit\'s return sheet (or sent leadUnitId): its rows were filed as that ' +
      'unit\'s entries in the period, and nothing else was changed. The 工作评价 column is the unit\'s proposedStatus; a conflict\'s ' +
      'status field means it.',
  })),
}, { $id: 'ImportResult' })
export type ImportResult = Static<typeof ImportResult>

export const ImportParams = Type.Object({ cityCode: CityCode, importId: Id })
export const ImportList = PageOf(ref(ImportResult), 'ImportList')
export const ImportListQuery = Type.Object({ ...PageQuery })

export const importSchemas = [ImportFormat, ImportLayout, ColumnRole, ImportColumn, ImportWarning, ImportConflict, ImportResult, ImportList]

/** What an import did (or, on a dry run, would do): the stored result less its record fields. */
export type ImportOutcome = Omit<ImportResult, 'id' | 'cityCode' | 'sourceName' | 'checksum' | 'dryRun' | 'createdAt'>
