import type { Check } from '../check.ts'
import { badDebtRisk } from './badDebtRisk.ts'
import { configurationGuards } from './configurationGuards.ts'
import { contagion } from './contagion.ts'
import { liquidationDynamics } from './liquidationDynamics.ts'
import { oracleChange } from './oracleChange.ts'
import { payloadSimulation } from './payloadSimulation.ts'
import { stewardStep } from './stewardStep.ts'
import { toxicLiquidationSpiral } from './toxicLiquidationSpiral.ts'
import { unappliedChanges } from './unappliedChanges.ts'
import { uncappedBorrowing } from './uncappedBorrowing.ts'
import { undecodedActions } from './undecodedActions.ts'

/** The checks a verdict runs, in the order their findings are listed. Adding a check: a file and a line here. */
export const checks: Check[] = [undecodedActions, payloadSimulation, unappliedChanges, configurationGuards, toxicLiquidationSpiral, badDebtRisk, liquidationDynamics, stewardStep, uncappedBorrowing, oracleChange, contagion]
