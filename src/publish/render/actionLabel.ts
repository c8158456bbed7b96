/** How readers number a proposal's actions: from 1, as governance UIs do; -1 stands for the proposal as a whole. */
export function actionLabel(index: number): string {
  return index < 0 ? 'The proposal' : `Action ${index + 1}`
}
