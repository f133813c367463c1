/** Set by wxt.config.ts from SUANPAN_TEST=1: true only in the build the browser tests load. */
declare const __SUANPAN_TEST__: boolean;
