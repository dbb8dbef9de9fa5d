//! The names the page's own programs (`page/*.js`, finished by `tools/post-build.mjs`)
//! and the app both rely on, in one place, so that neither side can rename one alone. The
//! build hands them to the page programs through `prerender --boot-rules` (see
//! [`crate::boot`]); the app's Rust uses these constants. Pure data: imports nothing.

/// The global that `embed.js` sets before it starts the wasm: the app then mounts only into
/// `[data-cloud-check]` elements of the host page (`{stylesheet}` says where its styles are).
pub const EMBED_GLOBAL: &str = "cloudCheckEmbed";

/// Id of the prerendered start screen that release builds carry in `index.html`, shown
/// until the app has drawn its own.
pub const PRERENDERED_ID: &str = "cloud-check-prerendered";

/// Class the boot script puts on `<html>` when the prerendered start screen is not what the
/// app will show first (style.css then shows a loading line instead).
pub const LOADING_CLASS: &str = "cloud-check-loading";

/// `<meta name=…>` that tells the app this build has a service worker to register.
pub const OFFLINE_META: &str = "cloud-check-offline";

/// The service worker's file, beside the pages.
pub const SERVICE_WORKER: &str = "sw.js";

/// The one field of the message a framed page sends its host: `{"cloudCheckHeight": 1234}`.
pub const HEIGHT_MESSAGE: &str = "cloudCheckHeight";

/// The trainer's page, beside the participants' `index.html`: course set-up and the class
/// overview (the participants' `#/class` and `start=class` lead there).
pub const TRAINER_PAGE: &str = "trainer.html";

/// The SCORM 1.2 package in a release build's folder (`SCORM_FILE` in scripts/lib.sh), which
/// the trainer's page offers for download.
pub const SCORM_PACKAGE: &str = "cloud-check-scorm12.zip";

/// The hosting site's own details beside the pages (who runs them, links, offline use; see
/// `crate::domain::site`), edited by the web manager and never part of a build's hashes.
pub const SITE_FILE: &str = "site.json";

/// The global in which the boot script hands the app the text of [`SITE_FILE`] (fetched
/// beside the wasm, so the details are there on the first screen the app draws).
pub const SITE_GLOBAL: &str = "cloudCheckSite";
