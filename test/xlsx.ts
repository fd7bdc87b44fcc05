// Reading an exported workbook back is only ever done by tests, so it lives here, not in the service.
import ExcelJS from 'exceljs'

/** The rows of a workbook the report export wrote (src/features/reports/reports.export.ts toXlsx), as text (序号, a number cell, too), and the title above them. */
export async function readXlsxRows(data: Buffer): Promise<{ title: string, columns: string[], rows: string[][] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as ArrayBuffer)
  // As a reader sees it: without the joiners that keep numbers whole on a line, a title's lines as one.
  const seen = (text: string) => text.replace(/[\u200d\u2060]/g, '')
  const title = seen(String(workbook.getWorksheet('汇总')?.getCell('A1').value ?? '')).replace(/\n/g, '')
  const sheet = workbook.getWorksheet('进展情况')
  const all: string[][] = []
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = []
    for (let i = 1; i <= sheet.columnCount; i++) cells.push(seen(row.getCell(i).text ?? ''))
    all.push(cells)
  })
  return { title, columns: all[0] ?? [], rows: all.slice(1) }
}
