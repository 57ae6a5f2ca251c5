/** Completion: the shells, the hidden command's name and its options, for index.ts and run.ts. */

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];
/** The hidden command the scripts call back into on every Tab. */
export const COMPLETE_COMMAND = '__complete';

export interface CompleteOptions {
  readonly shell: Shell;
  /** bash: the command line up to the cursor (bash splits words at = and :, so we split it ourselves) */
  readonly line?: string;
}
