/** How batch's summary names the way its input was read, in the run's language. */
import { delimiterName } from '../../csv/detect.js';
import type { AllWords } from '../../i18n/index.js';
import type { Leads } from '../../leads/open.js';

/** How the CSV was read, for summaries: `";" (detected), utf-8 with BOM, decimal comma`. */
export function describeDialect(t: AllWords['common']['dialect'], leads: Leads): string {
  const { header } = leads;
  if (leads.sheet !== undefined) return [t.sheet({ sheet: leads.sheet }), ...(leads.decimalComma ? [t.decimalComma] : [])].join(', ');
  const how = { option: t.fromOption, 'sep-line': t.fromSepLine, detected: t.detected, default: t.default }[header.delimiterSource];
  const parts = [t.delimiter({ name: delimiterName(header.delimiter), how }), (header.bom ? t.encodingBom : t.encoding)({ encoding: header.encoding })];
  if (leads.decimalComma) parts.push(t.decimalComma);
  return parts.join(', ');
}
