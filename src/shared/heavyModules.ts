/**
 * Libraries loaded when first needed, not at start: exceljs alone is ~0.5 s of a start (and
 * mammoth 0.16 s), and only an export, a return sheet or a file import uses them.
 */
type ExcelJS = typeof import('exceljs')
let excel: Promise<ExcelJS> | undefined

/** exceljs, loaded once (a CommonJS module: its exports are the ES module's default). */
export const loadExcelJS = (): Promise<ExcelJS> =>
  excel ??= import('exceljs').then((module) => (module as unknown as { default?: ExcelJS }).default ?? module)

type Mammoth = typeof import('mammoth')
let mammoth: Promise<Mammoth> | undefined

/** mammoth (Word documents read), loaded once when a .docx is first imported. */
export const loadMammoth = (): Promise<Mammoth> =>
  mammoth ??= import('mammoth').then((module) => (module as unknown as { default?: Mammoth }).default ?? module)
