// The minified worker build carries no types of its own (as scripts/cli/pdfjs.d.ts says of the legacy one).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
