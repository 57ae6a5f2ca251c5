// The intake form's script (src/form/page.ts) bundled for the browser, as a string: the main
// build (.esbuild.mjs) and the tests (vitest.config.ts) hand it to `clientfit form` as the module
// `virtual:form-page-script`, so the CLI inlines it and never loads esbuild when it runs.
import { build } from 'esbuild';

/** @returns {Promise<string>} */
export async function formPageScript() {
  const result = await build({
    entryPoints: ['src/form/page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Browsers of the last few years (a phone's mail app previews with its system WebView).
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  // `</script` can never end the inline script early (the page inlines it in a <script> element).
  return result.outputFiles[0].text.replaceAll('</script', '<\\/script');
}

/** An esbuild and a Vite plugin resolving `virtual:form-page-script` to the bundled script. */
export const FORM_PAGE_MODULE = 'virtual:form-page-script';
