// Types of the values tools/post-build.mjs fills into the page programs (each BUILD_*
// name below is replaced by a JSON literal; the build fails on one it does not know). The
// page programs are type-checked against these (`tsc -p page`), the service worker apart
// (`tsc -p page/tsconfig.sw.json`), as it runs in another global scope.

/** The names both the page programs and the app rely on (src/names.rs). */
interface Names {
  embedGlobal: string;
  prerenderedId: string;
  loadingClass: string;
  offlineMeta: string;
  serviceWorker: string;
  heightMessage: string;
  trainerPage: string;
  /** The site's own details (who runs the page, offline use), edited by its web manager. */
  siteFile: string;
  /** The global in which the boot script hands the app that file's text. */
  siteGlobal: string;
}

/** The app's rules for opening a page, from `prerender --boot-rules` (src/boot.rs). */
interface Rules {
  names: Names;
  /** Fragment of each screen, as `Route::to_fragment` writes it. */
  startScreen: string;
  screens: Record<string, string>;
  numbered: string;
  itemCount: number;
  overview: string;
  code: string;
  codeScreen: string;
  starts: Record<string, string>;
  namespaceKeys: string[];
  namespaceChars: string;
  namespaceMax: number;
  langs: string[];
  defaultLang: string;
  settingsKey: string;
  namespacePlaceholder: string;
  namespacedSettingsKey: string;
  legacyLangKey: string;
  /** Screens of the participants' page that now live on the trainer's page: the fragment each opens there. */
  trainerScreens: Record<string, string>;
}

/** What the app opens on (one row of `prerender --boot-cases`, without its inputs). */
interface Opening {
  screen: string;
  lang: string;
  namespace: string | null;
}

/** This build's app files, as Trunk named them. */
interface AppFiles {
  /** The wasm-bindgen glue module. */
  glue: string;
  wasm: string;
  /** The wasm's Subresource Integrity hash. */
  integrity: string;
}

/** For page/boot.js: the app's files, and where the site's details are (none in an LMS). */
interface PageApp extends AppFiles {
  site: { file: string; global: string } | null;
}

/** For page/embed.js. */
interface EmbedBuild extends AppFiles {
  stylesheet: string;
  names: Names;
}

/** For page/sw.js. */
interface ServiceWorkerBuild {
  /** Hash of every file of the build: a new build is a new cache. */
  version: string;
  /** The files to precache at install, relative to the worker ("./" is the participants' page). */
  files: string[];
  /** This build's files that join the cache when first fetched (the trainer's page's). */
  later: string[];
  /** Each page with the script it must name to be this build's page, not a stale copy. */
  pages: [string, string][];
  /** The site's own details, fetched from the network first (the web manager edits it); its
   * `"offline": false` makes the worker remove itself and its caches. */
  site: string;
}

declare const BUILD_RULES: Rules;
declare const BUILD_APP: PageApp;
declare const BUILD_EMBED: EmbedBuild;
declare const BUILD_SW: ServiceWorkerBuild;
