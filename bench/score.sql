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
-- reads as ambiguous (4.500) or refuses (1e3), currency signs and thousands groups; runs of
-- spaces inside a choice label; Unicode normalisation; and an unreadable value (a yes/no cell
-- saying "maybe") is listed among the unknown in criteria order, where clientfit lists such
-- values after the unknown ones.
--
-- Written for speed, each change measured (README, Performance):
-- - each cell is read once into a small code (1 yes, 0 no, NULL open; a choice's points),
--   then added up; no IN lists: DuckDB turns an IN list of more than a few constants into a
--   hash join, which costs more and loses the input order of the rows;
-- - yes/no words as a CASE (faster than list_contains or IN);
-- - red flags as one case-insensitive regular expression on the cell as it is (no lower());
-- - empty lists as NULL, which DuckDB writes as an empty cell (an empty string would be "");
-- - read_csv with 8 MiB buffers (the default 32 MiB costs more CPU and memory).
-- {{file}} is replaced with the path of the CSV, {{format}} with the COPY options.
CREATE MACRO yn(v) AS CASE rtrim(lower(trim(v)), '.!')
  WHEN 'yes' THEN 1 WHEN 'y' THEN 1 WHEN 'true' THEN 1 WHEN '1' THEN 1 WHEN 'да' THEN 1 WHEN 'д' THEN 1
  WHEN 'ναι' THEN 1 WHEN 'nai' THEN 1 WHEN 'da' THEN 1 WHEN 'ja' THEN 1 WHEN 'j' THEN 1 WHEN 'oui' THEN 1
  WHEN 'sí' THEN 1 WHEN 'si' THEN 1 WHEN 'x' THEN 1 WHEN '✓' THEN 1 WHEN '✔' THEN 1
  WHEN 'no' THEN 0 WHEN 'n' THEN 0 WHEN 'false' THEN 0 WHEN '0' THEN 0 WHEN 'нет' THEN 0 WHEN 'не' THEN 0
  WHEN 'н' THEN 0 WHEN 'όχι' THEN 0 WHEN 'οχι' THEN 0 WHEN 'ochi' THEN 0 WHEN 'ne' THEN 0 WHEN 'nein' THEN 0
  WHEN 'non' THEN 0
  END;
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
          CASE lower(trim(conflict_style))
            WHEN 'negotiates' THEN 20 WHEN 'proposed a fair compromise' THEN 20
            WHEN 'silent' THEN 10 WHEN 'went quiet for a while' THEN 10
            WHEN 'scandal' THEN 0 WHEN 'made a scene or threatened' THEN 0 END AS _c,
          yn(polite) AS _po,
          yn(respects_time) AS _ti,
          TRY_CAST(revisions AS DOUBLE) AS _r,
          regexp_matches(notes, '(?i)discount|for free|asap|exposure|quick job|unlimited revisions|скидк') AS _f,
          CASE WHEN length(trim(notes)) <= 16 THEN list_contains(
            ['?', '??', 'unknown', 'n/a', 'na', 'tbd', 'don''t know', 'dont know', 'not sure', 'unsure', '-', '—',
             'не знаю', 'неизвестно', 'не уверен', 'не уверена', 'не знам', 'δεν ξέρω', 'ne znam', 'weiß nicht',
             'je ne sais pas', 'no sé'], lower(regexp_replace(trim(notes), '\s+', ' ', 'g')))
            ELSE false END AS _nu
        FROM read_csv('{{file}}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
          strict_mode = false, buffer_size = 8388608)
      )
    )
  )
) TO '/dev/stdout' ({{format}});
