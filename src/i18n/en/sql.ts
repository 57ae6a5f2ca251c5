/** English: the source of the `sql` section (see ../catalog.ts): sql's refusals and notices. */
export const sql = {
  problems: {
    csvNeedsDuckdb: "--from reads a CSV file, which only DuckDB does inside one statement; load the file into a table (psql: \\copy leads FROM 'leads.csv' CSV HEADER) and pass --table",
    csvEncoding: 'DuckDB reads CSV files as UTF-8, and this one is {encoding}: convert it first (iconv -f {encoding} -t utf-8), or score it with clientfit batch',
    csvPath: "DuckDB's read_csv cannot read the path {path} exactly (it takes a backslash for a folder separator): rename or copy the file, or score it with clientfit batch",
    sigmaContext:
      '{id}: the red flag "{flag}" has a σ or ς whose lower case depends on the letters around the match (JavaScript lowers Σ to ς at the end of a word); no exact SQL search exists: start or end the flag with a whole word, or score with clientfit batch',
    tooManySpellings: '{id}: "{text}" has too many σ/ς to list every upper-case spelling; score with clientfit batch',
    notLowerCase: '"{text}" does not stay the same when lower-cased again; score with clientfit batch',
    coreChanged: "the answer reader's {what} is not one the SQL compiler knows: this is a bug in clientfit, please report it",
  },
  ambiguousColumn: '{source}: the column "{header}" appears {count} times, and "{id}" reads it: which one is meant is unclear',
  columns: 'Columns: {columns}',
  mapHint: {
    one: 'Map a column with --map {id}="{column}", or pass --allow-missing to score it as unknown.',
    other: 'Map a column with --map {id}="{column}", or pass --allow-missing to score them as unknown.',
  },
  columnPlaceholder: 'Column',
  quotedSpaces: "{source}:{line}: a row of only spaces, some of them quoted: batch scores it, DuckDB's read_csv cannot tell it from a blank line; score the file with clientfit batch",
  mixedEndings: "{source}: the file mixes line endings ({counts}), which DuckDB's read_csv reads differently; convert it to one line ending or score it with clientfit batch",
  noRows: 'give the rows to score: --from FILE.csv (DuckDB) or --table NAME',
  noRowsExamples: 'Examples: clientfit sql --from leads.csv | duckdb',
  noRowsExamples2: '          clientfit sql --dialect postgres --table crm.leads --view scored_leads | psql',
  badName: '{flag} "{name}" is not a table name: each dot-separated part must be a plain name (letters, digits, _ or $, not starting with a digit) or a name in double quotes',
  badNameHint: `Quote a part that holds spaces or other characters: {flag} '"Sales Team".leads' (a quote inside is written "")`,
  fromStdin: '--from names a file the statement reads by its path, not standard input: save the rows to a file first',
  mapMalformed: '--map "{value}" is not of the form id=Column',
  columnsMalformed: '--columns "{value}" is not one line of comma-separated names: quote a name holding a comma or a quote as a CSV file does ("Budget, EUR"; a quote inside doubled)',
  cannotCompile: 'cannot compile {file} to {dialect} SQL exactly: {problem}',
  also: '  also: {problem}',
} as const;
