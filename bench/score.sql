-- The freelancer.yaml scoring written by hand in DuckDB SQL, so that the benchmark compares
-- clientfit with a database engine doing the same work: read the lead CSV, score every row,
-- write every input column plus the four clientfit columns, in input order (bench/duckdb.mjs
-- runs it; run.mjs checks that the verdicts agree with clientfit's). On the benchmark files the
-- CSV output is byte-identical to `clientfit batch`'s.
--
-- The rules (src/core/answers.ts and score.ts): yes/no words trimmed, lower-cased and without
-- a trailing . or !; numbers with an optional % (DuckDB's cast allows the spaces around them);
-- the choice by value or label; red flags as case-insensitive substrings of the notes, and
-- short notes that are an "unknown" word ("?", "n/a", "не знаю") count as unknown;
-- deposit_percent applies only when pays_upfront is yes; must-haves pays_upfront and
-- conflict_style; thresholds accept 70 and review 40 on the score rounded half up.
-- Where it is not clientfit (no such values in the benchmark files): numbers that clientfit
-- reads as ambiguous (4.500) or refuses (1e3), currency signs and thousands groups; tabs and
-- other white space than the space around a yes/no or choice cell (trim() takes only spaces);
-- runs of spaces inside a choice label; Unicode normalisation; and an unreadable value (a yes/no cell
-- saying "maybe") is listed among the unknown in criteria order, where clientfit lists such
-- values after the unknown ones.
--
-- Written for speed; CPU s (user + system) on the 1M-row file, 1 thread, medians of 3 to 5 runs on a
-- loaded machine (the runs of one line were taken together; lines are not comparable):
-- - each cell is read once into a small code (1 yes, 0 no, NULL open; a choice's points),
--   then added up; no IN lists: DuckDB turns an IN list of more than a few constants into a
--   hash join, which costs more and loses the input order of the rows;
-- - yes/no words: list_contains() 3.35, a CASE 3.10, a MAP 3.07; then looking the cell up as it
--   is and trimming and lower-casing only when that misses (MAP lookups in coalesce(); the
--   choice too) 3.58 -> 3.04: lower() and trim() on every cell took a fifth of the time;
-- - red flags: regexp_matches(lower(notes), ...) 3.53, contains() x 7 3.45, LIKE x 7 3.27, one
--   case-insensitive expression on the cell as it is 3.20 (no red-flag test at all: 3.10);
--   the unknown words for the notes as one anchored expression (no trim() of every note);
-- - read_csv with 8 MiB buffers 2.79 against 3.22 with the default (1 to 8 MiB alike, 16 MiB
--   3.22); explicit VARCHAR columns with auto_detect = false 3.42 (no gain);
-- - empty lists as NULL, which DuckDB writes as an empty cell (an empty string would be "").
-- {{file}} is replaced with the path of the CSV, {{format}} with the COPY options.
CREATE MACRO yes_no_words() AS MAP {
  'yes': 1, 'y': 1, 'true': 1, '1': 1, 'да': 1, 'д': 1, 'ναι': 1, 'nai': 1, 'da': 1,
  'ja': 1, 'j': 1, 'oui': 1, 'sí': 1, 'si': 1, 'x': 1, '✓': 1, '✔': 1,
  'no': 0, 'n': 0, 'false': 0, '0': 0, 'нет': 0, 'не': 0, 'н': 0, 'όχι': 0, 'οχι': 0,
  'ochi': 0, 'ne': 0, 'nein': 0, 'non': 0
};
-- 1 yes, 0 no, NULL open: the cell as it is, else trimmed, lower-cased, without a trailing . or !
-- (coalesce() evaluates its second argument only for the rows the first left NULL)
CREATE MACRO yn(v) AS coalesce(yes_no_words()[v], yes_no_words()[rtrim(lower(trim(v)), '.!')]);
CREATE MACRO conflict_points() AS MAP {
  'negotiates': 20, 'proposed a fair compromise': 20, 'silent': 10, 'went quiet for a while': 10,
  'scandal': 0, 'made a scene or threatened': 0
};
COPY (
  SELECT * EXCLUDE (_p, _d, _c, _po, _ti, _r, _f, _nu, _earned, _total, _open, _score),
    _score AS clientfit_score,
    CASE WHEN _p = 0 OR _c = 0 THEN 'reject'
         WHEN _score >= 70 AND _p IS NOT NULL AND _c IS NOT NULL THEN 'accept'
         WHEN _score >= 40 OR CAST(floor(100 * (_earned + _open) / _total + 0.5) AS INTEGER) >= 70 THEN 'review'
         ELSE 'reject' END AS clientfit_verdict,
    nullif(concat_ws(';',
        CASE WHEN _p = 0 THEN 'pays_upfront' END,
        CASE WHEN _p = 1 AND _d < 30 THEN 'deposit_percent' END,
        CASE WHEN _c = 0 THEN 'conflict_style' END,
        CASE WHEN _po = 0 THEN 'polite' END,
        CASE WHEN _ti = 0 THEN 'respects_time' END,
        CASE WHEN _r > 2 THEN 'revisions' END,
        CASE WHEN _f AND NOT _nu THEN 'notes' END), '') AS clientfit_failed,
    nullif(concat_ws(';',
        CASE WHEN _p IS NULL THEN 'pays_upfront' END,
        CASE WHEN _p = 1 AND _d IS NULL THEN 'deposit_percent' END,
        CASE WHEN _c IS NULL THEN 'conflict_style' END,
        CASE WHEN _po IS NULL THEN 'polite' END,
        CASE WHEN _ti IS NULL THEN 'respects_time' END,
        CASE WHEN _r IS NULL THEN 'revisions' END,
        CASE WHEN _nu THEN 'notes' END), '') AS clientfit_unknown
  FROM (
    SELECT *, CAST(floor(100 * _earned / _total + 0.5) AS INTEGER) AS _score
    FROM (
      SELECT *,
        CASE _p WHEN 1 THEN 25 + CASE WHEN _d >= 30 THEN 10 ELSE 0 END ELSE 0 END + coalesce(_c, 0)
          + CASE _po WHEN 1 THEN 10 ELSE 0 END + CASE _ti WHEN 1 THEN 15 ELSE 0 END
          + CASE WHEN _r <= 2 THEN 10 ELSE 0 END + CASE WHEN _f OR _nu THEN 0 ELSE 5 END AS _earned,
        CASE _p WHEN 1 THEN 95 ELSE 85 END AS _total,
        CASE WHEN _p IS NULL THEN 25 ELSE 0 END + CASE WHEN _p = 1 AND _d IS NULL THEN 10 ELSE 0 END
          + CASE WHEN _c IS NULL THEN 20 ELSE 0 END + CASE WHEN _po IS NULL THEN 10 ELSE 0 END
          + CASE WHEN _ti IS NULL THEN 15 ELSE 0 END + CASE WHEN _r IS NULL THEN 10 ELSE 0 END
          + CASE WHEN _nu THEN 5 ELSE 0 END AS _open
      FROM (
        SELECT *,
          yn(pays_upfront) AS _p,
          TRY_CAST(rtrim(trim(deposit_percent), '%') AS DOUBLE) AS _d,
          coalesce(conflict_points()[conflict_style], conflict_points()[lower(trim(conflict_style))]) AS _c,
          yn(polite) AS _po,
          yn(respects_time) AS _ti,
          TRY_CAST(revisions AS DOUBLE) AS _r,
          regexp_matches(notes, '(?i)discount|for free|exposure|asap|urgent|quick job|unlimited revisions|pay later|outside upwork|cheaper|test task') AS _f,
          coalesce(regexp_full_match(notes, '(?i)[\s\v\p{Z}\x{FEFF}]*(?:\?\??|unknown|n/a|na|tbd|don''t[\s\v\p{Z}]+know|dont[\s\v\p{Z}]+know|not[\s\v\p{Z}]+sure|'
            'unsure|-|—|не[\s\v\p{Z}]+знаю|неизвестно|не[\s\v\p{Z}]+уверена?|не[\s\v\p{Z}]+знам|δεν[\s\v\p{Z}]+ξέρω|ne[\s\v\p{Z}]+znam|weiß[\s\v\p{Z}]+nicht|je[\s\v\p{Z}]+ne[\s\v\p{Z}]+sais[\s\v\p{Z}]+pas|no[\s\v\p{Z}]+sé)[\s\v\p{Z}\x{FEFF}]*'), false) AS _nu
        FROM read_csv('{{file}}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
          strict_mode = false, buffer_size = 8388608)
      )
    )
  )
) TO '/dev/stdout' ({{format}});
