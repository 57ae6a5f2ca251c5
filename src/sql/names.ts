/**
 * Table and view names as people type them (`leads`, `crm.leads`, `"Sales Team".leads`), read
 * into their dot-separated parts so that each dialect quotes every part itself: a name is never
 * written into the SQL as it was typed. Anything that is not such a name is refused (undefined).
 */

/** One part of a name: plain (`crm`, folded as the engine folds unquoted names) or written in double quotes (kept as is). */
export interface NamePart {
  readonly text: string;
  readonly quoted: boolean;
}

/** A parsed name: catalog, schema and table at most. */
export type SqlName = readonly NamePart[];

const PLAIN_PART = /[A-Za-z_][A-Za-z0-9_$]*/y;
const MAX_PARTS = 3;

export function parseName(text: string): SqlName | undefined {
  const parts: NamePart[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let value = '';
      at++;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) return undefined;
        value += text.slice(at, close);
        if (text[close + 1] === '"') {
          value += '"';
          at = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      // No engine takes an empty name or a NUL in one.
      if (value === '' || value.includes('\u0000')) return undefined;
      parts.push({ text: value, quoted: true });
    } else {
      PLAIN_PART.lastIndex = at;
      const plain = PLAIN_PART.exec(text);
      if (plain === null) return undefined;
      parts.push({ text: plain[0], quoted: false });
      at += plain[0].length;
    }
    if (parts.length > MAX_PARTS) return undefined;
    if (at === text.length) return parts;
    if (text[at] !== '.') return undefined;
    at++;
  }
}
