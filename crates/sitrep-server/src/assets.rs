//! The web page, from the bundle embedded at build time (see build.rs). A path is looked
//! up as a key in that table, never joined to a directory: `..`, encoded slashes or
//! absolute paths simply find nothing.

use crate::api::ApiError;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The page's Content-Security-Policy: everything from this server, nothing else.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
    frame-ancestors 'none'; form-action 'self'";

/// The embedded file at `path` ("index.html", "vendor/leaflet/leaflet.js").
pub fn get(path: &str) -> Option<(&'static [u8], &'static str)> {
    ASSETS
        .binary_search_by(|(p, _, _)| (*p).cmp(path))
        .ok()
        .map(|i| (ASSETS[i].1, ASSETS[i].2))
}

/// Every embedded path.
#[cfg(test)]
pub fn paths() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().map(|(p, _, _)| *p)
}

pub async fn serve(method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "the page is read-only")
            .into_response();
    }
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match get(path) {
        Some((bytes, mime)) => {
            let cache = if path.starts_with("vendor/") {
                "public, max-age=86400"
            } else {
                "no-cache"
            };
            let mut res = (
                [(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, cache)],
                bytes,
            )
                .into_response();
            if mime.starts_with("text/html") {
                res.headers_mut().insert(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(CSP),
                );
            }
            res
        }
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "not found\n",
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_holds_the_page_and_its_vendored_files() {
        for p in [
            "index.html",
            "app.js",
            "app.css",
            "vendor/leaflet/leaflet.js",
            "vendor/leaflet/leaflet.css",
            "vendor/leaflet/LICENSE",
            "vendor/boundaries/sahel.geojson",
        ] {
            assert!(get(p).is_some(), "{p} is not embedded");
        }
        assert!(get("fetch.sh").is_none());
        assert!(paths().all(|p| !p.starts_with("tools/")));
        let total: usize = ASSETS.iter().map(|(_, b, _)| b.len()).sum();
        assert!(total < 3_000_000, "the web bundle is {total} bytes");
        assert!(ASSETS.windows(2).all(|w| w[0].0 < w[1].0), "sorted");
    }
}
