import Type, { type Static } from 'typebox'
import { Id } from '../../shared/common.schemas.js'

/** Whose sheet: one row per task the unit leads on the period's list. */
export const ReturnSheetQuery = Type.Object({ leadUnitId: Id })
export type ReturnSheetQuery = Static<typeof ReturnSheetQuery>
