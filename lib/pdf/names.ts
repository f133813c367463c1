/**
 * Words in a PDF link's text or file name that name a budget or final-account disclosure: the content
 * script offers to check such a link in the viewer. Its own module, so that the content script takes
 * this and nothing of the PDF reader.
 */
const DISCLOSURE_NAME = /预算|决算|三公经费|财政拨款|收支总表/;

/** Whether a link's text or a file's name says it is a 预算/决算 disclosure. */
export function namesDisclosure(text: string): boolean {
  return DISCLOSURE_NAME.test(text);
}
