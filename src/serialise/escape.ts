/**
 * Escaping for the reports: text from a document shown literally in Markdown, and text in XML (the SVG charts).
 */

/** Escapes text from a document so that it shows literally in Markdown, also inside a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
