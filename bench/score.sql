-- The freelancer.yaml scoring written by hand in DuckDB SQL, so that the benchmark compares
-- clientfit with a database engine doing the same work: read the lead CSV, score every row,
-- write every input column plus the four clientfit columns (bench/duckdb.mjs runs it; run.mjs
-- checks that the verdicts agree with clientfit's). Same rules as bench/score.mlr: yes/no
-- words, numbers with an optional %, the choice's values and labels, red flags as substrings,
-- thresholds accept 70 and review 40, must-haves pays_upfront and conflict_style.
-- {{file}} is replaced with the path of the CSV.
-- yes/no words, on a cell already trimmed and lower-cased
CREATE MACRO yn(t) AS CASE
  WHEN t IN ('yes', 'y', 'true', '1', 'да', 'д', 'ναι', 'nai', 'da', 'ja', 'j', 'oui', 'sí', 'si', 'x', '✓', '✔') THEN 'yes'
  WHEN t IN ('no', 'n', 'false', '0', 'нет', 'не', 'н', 'όχι', 'οχι', 'ochi', 'ne', 'nein', 'non') THEN 'no'
  WHEN t IN ('', '?', 'unknown', 'n/a') THEN 'unknown'
  ELSE 'invalid' END;
-- a number with an optional %, on a trimmed cell; NULL when it is not one
CREATE MACRO num(t) AS TRY_CAST(nullif(trim(rtrim(t, '%')), '') AS DOUBLE);
COPY (
  WITH leads AS (
    SELECT * FROM read_csv('{{file}}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = false)
  ),
  -- each scored cell trimmed and lower-cased once
  cells AS (
    SELECT *,
      lower(trim(coalesce(pays_upfront, ''))) AS _t_pays,
      trim(coalesce(deposit_percent, '')) AS _t_deposit,
      lower(trim(coalesce(conflict_style, ''))) AS _conflict,
      lower(trim(coalesce(polite, ''))) AS _t_polite,
      lower(trim(coalesce(respects_time, ''))) AS _t_time,
      trim(coalesce(revisions, '')) AS _t_revisions,
      lower(coalesce(notes, '')) AS _t_notes
    FROM leads
  ),
  answers AS (
    SELECT *,
      yn(_t_pays) AS _pays,
      num(_t_deposit) AS _deposit,
      yn(_t_polite) AS _polite,
      yn(_t_time) AS _time,
      num(_t_revisions) AS _revisions,
      regexp_matches(_t_notes, 'discount|for free|asap|exposure|quick job|unlimited revisions|скидк') AS _flag
    FROM cells
  ),
  points AS (
    SELECT *,
      (CASE _pays WHEN 'yes' THEN 25 ELSE 0 END)
        + (CASE WHEN _pays = 'yes' AND _deposit >= 30 THEN 10 ELSE 0 END)
        + (CASE WHEN _conflict IN ('negotiates', 'proposed a fair compromise') THEN 20 WHEN _conflict IN ('silent', 'went quiet for a while') THEN 10 ELSE 0 END)
        + (CASE _polite WHEN 'yes' THEN 10 ELSE 0 END)
        + (CASE _time WHEN 'yes' THEN 15 ELSE 0 END)
        + (CASE WHEN _revisions <= 2 THEN 10 ELSE 0 END)
        + (CASE WHEN _flag THEN 0 ELSE 5 END) AS _earned,
      85 + (CASE WHEN _pays = 'yes' THEN 10 ELSE 0 END) AS _total,
      (CASE WHEN _pays NOT IN ('yes', 'no') THEN 25 ELSE 0 END)
        + (CASE WHEN _pays = 'yes' AND _deposit IS NULL THEN 10 ELSE 0 END)
        + (CASE WHEN _conflict NOT IN ('negotiates', 'proposed a fair compromise', 'silent', 'went quiet for a while', 'scandal', 'made a scene or threatened') THEN 20 ELSE 0 END)
        + (CASE WHEN _polite NOT IN ('yes', 'no') THEN 10 ELSE 0 END)
        + (CASE WHEN _time NOT IN ('yes', 'no') THEN 15 ELSE 0 END)
        + (CASE WHEN _revisions IS NULL THEN 10 ELSE 0 END) AS _open,
      _pays = 'no' OR _conflict IN ('scandal', 'made a scene or threatened') AS _must_failed,
      _pays NOT IN ('yes', 'no') OR _conflict NOT IN ('negotiates', 'proposed a fair compromise', 'silent', 'went quiet for a while', 'scandal', 'made a scene or threatened') AS _must_open,
      concat_ws(';',
        CASE WHEN _pays = 'no' THEN 'pays_upfront' END,
        CASE WHEN _pays = 'yes' AND _deposit < 30 THEN 'deposit_percent' END,
        CASE WHEN _conflict IN ('scandal', 'made a scene or threatened') THEN 'conflict_style' END,
        CASE WHEN _polite = 'no' THEN 'polite' END,
        CASE WHEN _time = 'no' THEN 'respects_time' END,
        CASE WHEN _revisions > 2 THEN 'revisions' END,
        CASE WHEN _flag THEN 'notes' END) AS clientfit_failed_,
      concat_ws(';',
        CASE WHEN _pays NOT IN ('yes', 'no') THEN 'pays_upfront' END,
        CASE WHEN _pays = 'yes' AND _deposit IS NULL THEN 'deposit_percent' END,
        CASE WHEN _conflict NOT IN ('negotiates', 'proposed a fair compromise', 'silent', 'went quiet for a while', 'scandal', 'made a scene or threatened') THEN 'conflict_style' END,
        CASE WHEN _polite NOT IN ('yes', 'no') THEN 'polite' END,
        CASE WHEN _time NOT IN ('yes', 'no') THEN 'respects_time' END,
        CASE WHEN _revisions IS NULL THEN 'revisions' END) AS clientfit_unknown_
    FROM answers
  ),
  scored AS (
    SELECT *,
      CAST(floor(100 * _earned / _total + 0.5) AS INTEGER) AS _score,
      CAST(floor(100 * (_earned + _open) / _total + 0.5) AS INTEGER) AS _potential
    FROM points
  )
  SELECT COLUMNS(c -> c NOT LIKE '\_%' ESCAPE '\' AND c NOT LIKE 'clientfit%'),
    _score AS clientfit_score,
    CASE WHEN _must_failed THEN 'reject'
         WHEN _score >= 70 AND NOT _must_open THEN 'accept'
         WHEN _score >= 40 OR _potential >= 70 THEN 'review'
         ELSE 'reject' END AS clientfit_verdict,
    clientfit_failed_ AS clientfit_failed,
    clientfit_unknown_ AS clientfit_unknown
  FROM scored
) TO '/dev/stdout' ({{format}});
