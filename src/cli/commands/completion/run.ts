/**
 * `clientfit completion bash|zsh|fish` prints a script; the script calls back into
 * `clientfit __complete` on every Tab, so criterion ids, templates and prospects come from
 * the files in use at that moment. Written by hand: three small scripts and one walker over
 * the commander program are less than a completion library, and add nothing to start-up.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadCriteria } from '../../../core/load.js';
import { groupThreads } from '../../../core/journal-threads.js';
import { ExitCode } from '../../../errors.js';

import { checkCriteriaFileWith, resolveCriteria } from '../../criteria-file.js';
import type { Voice } from '../../../i18n/index.js';
import { write, type IO } from '../../io.js';
import { journalPath, readJournal } from '../../journal.js';
import { TEMPLATES_DIR } from '../../paths.js';
import { complete, formatCompletion, scanLine, type Candidate, type Quote, type CriterionInfo, type Sources } from './complete.js';
import { COMPLETE_COMMAND, type CompleteOptions, type Shell } from './types.js';

// Every candidate arrives quoted for the shell, one per line (complete.ts formatCompletion): the
// scripts read the lines as they are, never through word splitting or globbing.
const BASH = `# clientfit completion for bash. Load it from ~/.bashrc:
#   eval "$(clientfit completion bash)"
_clientfit_complete() {
    local line="\${COMP_LINE:0:\${COMP_POINT:-\${#COMP_LINE}}}"
    local -a out
    mapfile -t out < <(clientfit ${COMPLETE_COMMAND} --shell bash "--line=\${line}" 2>/dev/null)
    local count=\${#out[@]}
    (( count > 0 )) || return 0
    local directive="\${out[count-1]#:}"
    unset "out[count-1]"
    if (( directive & 2 )); then
        mapfile -t COMPREPLY < <(compgen -f -- "\${COMP_WORDS[COMP_CWORD]}")
        compopt -o filenames 2>/dev/null
        return 0
    fi
    COMPREPLY=("\${out[@]}")
    if (( directive & 1 )); then compopt -o nospace 2>/dev/null; fi
    return 0
}
complete -F _clientfit_complete clientfit
`;

const ZSH = `#compdef clientfit
# clientfit completion for zsh. Load it from ~/.zshrc, after compinit:
#   eval "$(clientfit completion zsh)"
_clientfit() {
    local -a lines
    local directive
    lines=("\${(@f)$(clientfit ${COMPLETE_COMMAND} --shell zsh -- "\${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
    directive=\${lines[-1]#:}
    lines=("\${(@)lines[1,-2]}")
    if (( directive & 2 )); then
        _files
        return
    fi
    # Each line is the word as clientfit quoted it, a tab, and what the list shows for it.
    # -Q: inserted as it is (already quoted); -U: clientfit has already matched it to the word.
    local -a values shown suffix
    values=("\${(@)lines%%$'\\t'*}")
    shown=("\${(@)lines#*$'\\t'}")
    (( directive & 1 )) && suffix=(-S '')
    compadd -Q -U -l -d shown "\${(@)suffix}" -- "\${(@)values}"
}
if (( $+functions[compdef] )); then
    compdef _clientfit clientfit
fi
`;

const FISH = `# clientfit completion for fish. Install it with:
#   clientfit completion fish > ~/.config/fish/completions/clientfit.fish
function __clientfit_complete
    set -l words (commandline -opc)
    set -e words[1]
    # quoted: an empty current word is still a word (the one being completed)
    set -l current (commandline -ct)
    set -l out (clientfit ${COMPLETE_COMMAND} --shell fish -- $words "$current" 2>/dev/null)
    test (count $out) -gt 0; or return
    set -l directive (string replace -r '^:' '' -- $out[-1])
    set -e out[-1]
    if contains -- $directive 2 3
        __fish_complete_path "$current"
        return
    end
    # each value arrives escaped (a name may hold a newline); fish quotes it again when inserting
    for line in $out
        set -l parts (string split -m 1 \\t -- $line)
        printf '%s' (string unescape -- $parts[1] | string collect)
        test (count $parts) -gt 1; and printf '\\t%s' $parts[2]
        printf '\\0'
    end
end
complete -c clientfit -f -a '(__clientfit_complete | string split0)'
`;

export const SCRIPTS: Record<Shell, string> = { bash: BASH, zsh: ZSH, fish: FISH };

export async function runCompletionScript(io: IO, shell: Shell): Promise<number> {
  await write(io.stdout, SCRIPTS[shell]);
  return ExitCode.ok;
}

const yesNoValues = (voice: Voice): readonly Candidate[] => [{ value: 'yes' }, { value: 'no' }, { value: '?', description: voice.words.completion.dontKnowYet }];

/** The real sources: files read quietly; anything unreadable offers nothing. */
function fileSources(io: IO): Sources {
  return {
    criteria(file) {
      try {
        const checked = checkCriteriaFileWith(io, resolveCriteria(io, file), loadCriteria);
        if (!checked.ok) return [];
        return checked.criteria.criteria.map(
          (criterion): CriterionInfo => ({
            id: criterion.id,
            question: criterion.question,
            values:
              criterion.type === 'yes-no'
                ? yesNoValues(io.voice)
                : criterion.type === 'choice'
                  ? [...criterion.options.map((option) => ({ value: option.value, description: option.label })), { value: '?', description: io.voice.words.completion.dontKnowYet }]
                  : [],
          }),
        );
      } catch {
        return [];
      }
    },
    templates() {
      try {
        return readdirSync(fileURLToPath(TEMPLATES_DIR))
          .filter((file) => file.endsWith('.yaml'))
          .map((file) => ({ value: file.slice(0, -'.yaml'.length) }))
          .sort((a, b) => a.value.localeCompare(b.value));
      } catch {
        return [];
      }
    },
    prospects(journal) {
      try {
        const read = readJournal(io, journalPath(io, journal), { report: false });
        return groupThreads(read.decisions)
          .reverse()
          .map((thread) => thread.latest)
          .map((decision) => ({
            value: decision.name ?? decision.id,
            description: io.voice.words.completion.decision({ verdict: io.voice.words.batch.verdicts[decision.result.verdict], score: String(decision.result.score) }),
          }));
      } catch {
        return [];
      }
    },
  };
}

export async function runComplete(io: IO, program: Command, words: readonly string[], options: CompleteOptions, sources: Sources = fileSources(io)): Promise<number> {
  const shell: Shell = options.shell === 'zsh' || options.shell === 'fish' ? options.shell : 'bash';
  // bash hands over the line: drop the command's own name.
  let list: string[];
  let quote: Quote | undefined;
  if (options.line !== undefined) {
    const scanned = scanLine(options.line);
    list = scanned.words.slice(1);
    quote = scanned.quote;
  } else {
    list = words.length === 0 ? [''] : [...words];
    // zsh and fish hand over the word being completed as typed when its quote is still open ('ООО).
    const last = list[list.length - 1]!;
    const scanned = /^['"]/u.test(last) ? scanLine(last) : undefined;
    if (scanned?.quote !== undefined && scanned.words.length === 1) {
      list[list.length - 1] = scanned.words[0]!;
      quote = scanned.quote;
    }
  }
  const completion = complete(io.voice, program, list, sources);
  await write(io.stdout, formatCompletion(completion, shell, list[list.length - 1] ?? '', quote));
  return ExitCode.ok;
}
