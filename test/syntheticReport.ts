/**
 * A synthetic report in the tab layout the parser reads (one row per line, cells separated by
 * tabs, the year and period in the title), of as many rows and as many bytes as a test needs:
 * the largest document the import accepts, or one past its row limit. The text is made here
 * (task and progress phrases of its own, figures from a counter), not taken from a published
 * report; the units are named as city departments are. The same options give the same text.
 */

export interface SyntheticReportOptions {
  /** Rows in the table (序号 1…rows). */
  rows: number
  /** Pad each row's progress cell so the document's UTF-8 is this long, or a few bytes shorter. */
  bytes?: number
  /** A whole title line above the table (default: 2025年重点工作任务1-5月份进展情况). */
  title?: string
  /** Rows of four short cells (序号, task, unit, progress), about 40 bytes each: the most rows a megabyte holds. */
  minimal?: boolean
}

const UNITS = ['市发展改革委', '市财政局', '市商务局', '市教育局', '市交通运输局', '市住房城乡建设局', '市生态环境局', '市农业农村局', '市数据资源局']
const WORKS = ['产业园区', '城市更新', '乡村道路', '污水管网', '职业教育', '养老服务', '数字政务', '物流枢纽', '文旅街区', '电网改造']
const STATUSES = ['序时推进', '序时推进', '序时推进', '未达预期', '已完成']
const PAD = '持续跟踪调度，协调解决项目推进中的困难问题。'

function row(seq: number, padding: string, minimal: boolean): string {
  if (minimal) return `${seq}\t任务${seq}\t${UNITS[seq % UNITS.length]!}\t进展${seq}${padding}`
  const work = WORKS[seq % WORKS.length]!
  const unit = UNITS[seq % UNITS.length]!
  // Every seventh task is led by two units, as many real rows are.
  const units = seq % 7 === 0 ? `${unit}、${UNITS[(seq + 3) % UNITS.length]!}` : unit
  const target = (seq % 9) + 2
  const done = (seq * 37) % 100
  return [
    String(seq),
    `推进第${seq}号${work}项目建设，年度投资增长${target}%以上。`,
    units,
    STATUSES[seq % STATUSES.length]!,
    `截至5月底，完成投资${done}.${seq % 10}亿元，增长${target - 1}.${seq % 10}%。${padding}`,
    `加快第${seq}号${work}项目建设进度。`,
  ].join('\t')
}

/** The report, its lines joined by \n. */
export function syntheticReport({ rows, bytes, title = '2025年重点工作任务1-5月份进展情况', minimal = false }: SyntheticReportOptions): string {
  const columns = minimal ? ['序号', '重点工作任务', '牵头责任单位', '1-5月份进展情况'] : ['序号', '重点工作任务', '牵头责任单位', '工作评价', '1-5月份进展情况', '近期工作安排']
  const head = [title, '', columns.join('\t')]
  const lines = [...head]
  for (let seq = 1; seq <= rows; seq++) lines.push(row(seq, '', minimal))
  const bare = lines.join('\n')
  if (bytes === undefined) return bare
  const spare = bytes - Buffer.byteLength(bare)
  if (spare < 0) throw new Error(`${rows} rows take ${Buffer.byteLength(bare)} bytes, more than ${bytes}`)
  // The same padding on every row: whole characters of PAD (3 bytes each in UTF-8).
  const perRow = Math.floor(spare / rows / 3)
  const padding = PAD.repeat(Math.ceil(perRow / PAD.length)).slice(0, perRow)
  const padded = [...head]
  for (let seq = 1; seq <= rows; seq++) padded.push(row(seq, padding, minimal))
  return padded.join('\n')
}
