import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { attachment } from '../../http/disposition.js'
import { problems } from '../../shared/common.schemas.js'
import { PeriodParams } from '../periods/periods.schemas.js'
import { ReturnSheetQuery } from './return-sheets.schemas.js'
import { returnSheet } from './return-sheets.workbook.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A lead unit's return sheet (填报表): written out here, filled in by the unit, imported back by the office (POST …/imports). */
const returnSheets: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db

  app.get('/periods/:periodId/return-sheet', {
    config: { access: 'ownUnit' },
    schema: {
      tags: ['progress'], operationId: 'getReturnSheet', summary: 'A lead unit\'s return sheet for a period, to fill in and import back',
      description: 'An xlsx with one row per task the unit leads on the period\'s list, by 序号: 序号, 重点工作任务, 牵头责任单位, ' +
        '工作评价 (a dropdown: 已完成 / 按序时推进 / 未达预期, or the city\'s own status words, the unit\'s proposal), 进展情况, 近期工作安排, 备注, filled in with the ' +
        'entries as stored so the unit revises them. It prints as the report\'s table does (A4 landscape, one page wide, the ' +
        'header row on every page), under a title naming the city, the period and the unit. The workbook carries its identity ' +
        '(city, period, unit, each entry\'s version) on a very hidden sheet: POST …/imports with the filled-in file files its rows ' +
        'as that unit\'s drafts. The city office and that unit\'s own key may download it; 422 no_tasks when the unit leads no ' +
        'task of the period\'s year.',
      params: PeriodParams, querystring: ReturnSheetQuery,
      response: {
        200: { description: 'The return sheet', content: { [XLSX]: { schema: Type.String({ format: 'binary' }) } } },
        ...problems(401, 403, 404, 422, 429),
      },
    },
  }, async (request, reply) => {
    const { cityCode, periodId } = request.params
    const sheet = await returnSheet(db, cityCode, periodId, request.query.leadUnitId)
    const ascii = `duban-${cityCode}-${sheet.period.year}-period-${periodId}-unit-${sheet.leadUnit.id}.xlsx`
    reply.header('content-disposition', attachment(ascii, `${sheet.title}（${sheet.leadUnit.name}）.xlsx`))
    // The typed reply knows the JSON bodies; a workbook is bytes.
    return reply.type(XLSX).send(sheet.body as unknown as string)
  })
}

export default returnSheets
