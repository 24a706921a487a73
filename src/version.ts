/** The report contract's version (../CONTRACT.md): bumped when a field is renamed or dropped. */
export const REPORT_VERSION = '0.1';
