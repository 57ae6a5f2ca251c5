/**
 * Text from data on its way to a terminal. A CSV cell, a header, a name, an answer, a journal
 * line or a criteria file can hold escape sequences that move the cursor, retitle the window,
 * write the clipboard (OSC 52) or clear the screen. Every human-facing renderer and message
 * passes data through here; JSON and CSV output keep the exact text.
 */

// C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-byte CSI on some terminals).
// Bidirectional overrides and isolates too (U+202A-202E, U+2066-2069): they reorder what follows
// them on the line ("Trojan source"), so a cell could make another one read backwards.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const SINGLE_LINE_BREAKS = /[\t\n\r\u2028\u2029]+/gu;
const REPLACEMENT = '\ufffd';
// An SGR sequence (kept) or any single control character but tab and line feed.
const STYLED_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * One value inside a line (a name, a cell, an answer): line breaks and tabs become a space,
 * other control characters a visible '�', so it can never move the cursor or end the line.
 */
export function printable(text: string): string {
  return text.replace(SINGLE_LINE_BREAKS, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, REPLACEMENT);
}

/**
 * A whole message that may span lines (an error with its details, a drafted message): line
 * feeds and tabs stay, a CR LF becomes a line feed, every other control character a '�'.
 */
export function printableLines(text: string): string {
  return text.replace(/\r\n/gu, '\n').replace(CONTROL, REPLACEMENT);
}

/**
 * Text we composed with colour codes from chalk around data that was already made printable:
 * keeps Select Graphic Rendition sequences (`ESC [ … m`) and neutralises any other control.
 * For the last line of defence where styled text is written.
 */
export function printableStyled(text: string, options: { singleLine?: boolean } = {}): string {
  const lines = text.replace(/\r\n/gu, '\n');
  const flat = options.singleLine ? lines.replace(SINGLE_LINE_BREAKS, ' ') : lines;
  return flat.replace(STYLED_CONTROL, (match) => (match.length > 1 ? match : REPLACEMENT));
}
