//! The LMS's SCORM 1.2 run-time API (`window.API`), found the standard way: up the parent
//! frames (a bounded number of steps), then the opener and its parents. A frame of another
//! origin cannot be looked into (the browser throws): the search stops there. Every call
//! goes through `Reflect` and a catching `Function::call`, so an LMS that misbehaves (a
//! missing method, one that throws) reads as a refusal, never as an exception.

use wasm_bindgen::{JsCast, JsValue};

/// Frames searched upwards from a window before giving up (ADL's sample searches 500; no
/// LMS nests anywhere near 10).
const MAX_STEPS: usize = 10;

/// A found API object.
#[derive(Clone, Debug, PartialEq)]
pub struct Api(JsValue);

/// The `API` of this window or one that holds it, if any.
pub fn find() -> Option<Api> {
    let window = web_sys::window()?;
    search(window.clone()).or_else(|| {
        let opener = window.opener().ok().filter(|o| o.is_object())?;
        search(opener.unchecked_into())
    })
}

fn search(mut window: web_sys::Window) -> Option<Api> {
    for _ in 0..MAX_STEPS {
        // Reading a property of another origin's window throws: Err, and the search ends.
        let api = js_sys::Reflect::get(&window, &"API".into()).ok()?;
        if api.is_object() {
            return Some(Api(api));
        }
        let parent = window.parent().ok().flatten()?;
        if parent == window {
            return None;
        }
        window = parent;
    }
    None
}

impl Api {
    /// Calls `name` with `args`; its answer as text (`None` when the method is missing or
    /// throws).
    fn call(&self, name: &str, args: &[&str]) -> Option<String> {
        let method: js_sys::Function = js_sys::Reflect::get(&self.0, &name.into())
            .ok()?
            .dyn_into()
            .ok()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        let answer = method.apply(&self.0, &args).ok()?;
        Some(answer.as_string().unwrap_or_else(|| {
            // Some run-times answer true rather than "true".
            answer.as_bool().map_or_else(String::new, |b| b.to_string())
        }))
    }

    /// A call that answers "true" on success.
    fn succeeds(&self, name: &str, args: &[&str]) -> bool {
        self.call(name, args).is_some_and(|a| a == "true")
    }

    pub fn initialize(&self) -> bool {
        self.succeeds("LMSInitialize", &[""])
    }

    /// The value of a data model element (empty when unset or refused).
    pub fn get(&self, element: &str) -> String {
        self.call("LMSGetValue", &[element]).unwrap_or_default()
    }

    pub fn set(&self, element: &str, value: &str) -> bool {
        self.succeeds("LMSSetValue", &[element, value])
    }

    pub fn commit(&self) -> bool {
        self.succeeds("LMSCommit", &[""])
    }

    pub fn finish(&self) -> bool {
        self.succeeds("LMSFinish", &[""])
    }

    /// `LMSGetLastError`'s answer, as text.
    pub fn last_error(&self) -> String {
        self.call("LMSGetLastError", &[]).unwrap_or_default()
    }
}
