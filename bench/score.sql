-- The freelancer.yaml scoring written by hand in DuckDB SQL, so that the benchmark compares
-- clientfit with a database engine doing the same work: read the lead CSV, score every row,
-- write every input column plus the four clientfit columns (bench/duckdb.mjs runs it; run.mjs
-- checks that the verdicts agree with clientfit's). Same rules as bench/score.mlr: yes/no
-- words, numbers with an optional %, the choice's values and labels, red flags as substrings,
-- thresholds accept 70 and review 40, must-haves pays_upfront and conflict_style.
-- {{file}} is replaced with the path of the CSV.
CREATE MACRO yn(s) AS CASE
  WHEN lower(trim(coalesce(s, ''))) IN ('yes', 'y', 'true', '1', 'да', 'д', 'ναι', 'nai', 'da', 'ja', 'j', 'oui', 'sí', 'si', 'x', '✓', '✔') THEN 'yes'
  WHEN lower(trim(coalesce(s, ''))) IN ('no', 'n', 'false', '0', 'нет', 'не', 'н', 'όχι', 'οχι', 'ochi', 'ne', 'nein', 'non') THEN 'no'
  WHEN lower(trim(coalesce(s, ''))) IN ('', '?', 'unknown', 'n/a') THEN 'unknown'
  ELSE 'invalid' END;
CREATE MACRO num(s) AS TRY_CAST(nullif(trim(rtrim(trim(coalesce(s, '')), '%')), '') AS DOUBLE);
CREATE MACRO blank(s) AS lower(trim(coalesce(s, ''))) IN ('', '?', 'unknown', 'n/a');
COPY (
  WITH leads AS (
    SELECT * FROM read_csv('{{file}}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = false)
  ),
  answers AS (
    SELECT *,
      yn(pays_upfront) AS _pays,
      num(deposit_percent) AS _deposit, blank(deposit_percent) AS _deposit_open,
      lower(trim(coalesce(conflict_style, ''))) AS _conflict,
      yn(polite) AS _polite,
      yn(respects_time) AS _time,
      num(revisions) AS _revisions, blank(revisions) AS _revisions_open,
      regexp_matches(lower(coalesce(notes, '')), 'discount|for free|asap|exposure|quick job|unlimited revisions|скидк') AS _flag
    FROM leads
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
