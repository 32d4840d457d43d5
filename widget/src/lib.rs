//! The listening form people fill in on their phones.
//!
//! One source, two builds: with feature `ssr` the server renders each page to HTML (the first
//! question is answerable before any script arrives); with feature `hydrate` the wasm takes over
//! that HTML and moves between questions without page loads.

pub mod app;
pub mod page;
mod pages;
pub mod strings;
pub mod wire;

#[cfg(feature = "hydrate")]
mod browser;
#[cfg(feature = "ssr")]
pub mod shell;

pub use app::Survey;
pub use page::{PageData, PageError, Step};
pub use strings::{Msg, QuestionStrings, Strings};

/// Entry point called by the page's module script once the wasm is loaded.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use leptos::prelude::*;
    // Panic messages need Rust's formatting machinery: worth its bytes only while developing.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    if let Some(data) = browser::page_data() {
        leptos::mount::hydrate_body(move || view! { <Survey data/> });
        // Tests and the benchmark wait for this: from here on the wasm drives the journey.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-chorus-hydrated", "");
        }
    }
}
