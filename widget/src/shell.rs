//! The HTML document around the widget, rendered on the server only.

use leptos::prelude::*;

use crate::app::{Survey, title};
use crate::page::PageData;

/// Where the page's CSS and the widget's built files are served from.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub css: String,
    /// wasm-bindgen's JS glue and the wasm; `None` when the widget has not been built, in
    /// which case the page still works as plain HTML.
    pub script: Option<(String, String)>,
}

/// The whole page. The page's data goes in a text script so the wasm hydrates from exactly
/// what the server rendered, without another request.
pub fn shell(data: PageData, assets: Assets) -> impl IntoView {
    let encoded = crate::wire::encode(&data);
    let page_title = title(&data.form, &data.strings, data.step, data.error);
    let lang = data.strings.lang.clone();
    let dir = if data.strings.rtl { "rtl" } else { "ltr" };
    let nonce = leptos::nonce::use_nonce()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let boot = assets.script.clone().map(|(js, wasm)| {
        format!(
            "import init,{{hydrate}} from '{js}';init({{module_or_path:'{wasm}'}}).then(hydrate)"
        )
    });
    // The partner's colour (checked for contrast when the form was loaded), darker for hover
    // and for the button's edge.
    let accent = data
        .form
        .accent
        .as_deref()
        .and_then(chorus_core::look::Colour::parse)
        .map(|c| {
            format!(
                ":root{{--chorus-accent:{};--chorus-accent-dark:{};--chorus-accent-shadow:{}}}",
                c.hex(),
                c.darker().hex(),
                c.darker().darker().hex()
            )
        });
    let style_nonce = nonce.clone();
    let preload = assets.script.map(|(js, wasm)| {
        view! {
            <link rel="modulepreload" href=js/>
            <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin=""/>
        }
    });
    view! {
        <!DOCTYPE html>
        <html lang=lang dir=dir>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <title>{page_title}</title>
                <link rel="icon" href="data:,"/>
                <link rel="stylesheet" href=assets.css/>
                {accent.map(|css| view! { <style nonce=style_nonce inner_html=css></style> })}
                {preload}
                <script type="text/plain" id="chorus-page" inner_html=encoded></script>
                {boot.map(|b| view! { <script type="module" nonce=nonce inner_html=b></script> })}
            </head>
            <body>
                <Survey data/>
            </body>
        </html>
    }
}
