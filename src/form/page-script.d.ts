/** The page script (src/form/page.ts) bundled for the browser: a build-time string (.esbuild.mjs; vitest.config.ts for the tests). */
declare module 'virtual:form-page-script' {
  const script: string;
  export default script;
}
