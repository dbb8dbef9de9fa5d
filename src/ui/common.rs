//! What every screen of the participants' page shares: the page facts ([`Env`]) and the
//! start screen's field id; the rest comes from the pages' shared kit ([`crate::kit`]).
//! Screens import these from here, never from one another.

use std::rc::Rc;

use crate::domain::site::Site;
pub use crate::kit::common::*;

/// Id of the start screen's field for the service's name.
pub const SERVICE_NAME_ID: &str = "service-name";

/// Facts about the page that the pure layers cannot know.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// Today, `YYYY-MM-DD`.
    pub today: String,
    /// The tool's address, cited on the printed report.
    pub tool_url: String,
    /// The storage namespace a host page gave this embed (`?ns=`), if any.
    pub namespace: Option<String>,
    /// The course a trainer's link or snippet named (`?ns=`, `data-namespace`): its
    /// participants send their result code to the trainer (not an LMS's activity, which is
    /// told the result itself, nor an embed's namespace taken from its element's id).
    pub course: Option<String>,
    /// Without title bar and footer (`?compact=1`).
    pub compact: bool,
    /// Mounted into an element of a host page: the address bar and `<html>` are the host's.
    pub in_element: bool,
    /// The tool's folder when the page's own address is not in it (an element of a host
    /// page: the folder embed.js came from), ending in `/`; empty on the tool's own pages,
    /// where links to its other pages are relative.
    pub app_base: String,
    /// Opened by a course's LMS as a SCORM package: it is told the score, completion and
    /// the answers (see `crate::lms`), and the page is the LMS's.
    pub lms: bool,
    /// The hosting site's details (`site.json`), on the tool's own pages.
    pub site: Option<Rc<Site>>,
    /// Shown inside a frame (an iframe, or an LMS's): a page around it could place its
    /// own content over a button, so "delete all" asks for a typed word there.
    pub framed: bool,
}

impl Env {
    /// The trainer's page, from wherever the app is shown.
    pub fn trainer_page(&self) -> String {
        format!("{}{}", self.app_base, crate::names::TRAINER_PAGE)
    }
}
