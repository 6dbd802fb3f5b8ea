//! The theme's templates: compiled once (errors point at the template's file and line), then
//! finalized with the site's image plan, which the `image()` template function reads.

use crate::assets::AssetPlan;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::theme::Theme;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use tera::{Kwargs, State, Tera, TeraResult, Value};

/// Templates every theme must have.
pub const TEMPLATES: &[&str] = &[
    "home.html",
    "404.html",
    "page.html",
    "accessibility.html",
    "town.html",
    "list.html",
    "job.html",
    "study.html",
    "company.html",
    "story.html",
    "event.html",
];

/// The compiled templates, not yet able to show pictures: [`Templates::finalize`] gives them
/// the image plan.
#[derive(Clone)]
pub struct Templates {
    tera: Tera,
    files: BTreeMap<String, PathBuf>,
}

/// Templates with the site's image plan: what the renderer renders with.
pub struct Finalized {
    pub(super) tera: Tera,
    pub(super) files: BTreeMap<String, PathBuf>,
    pub(super) assets: Arc<AssetPlan>,
}

/// `{{ image(src=page.hero.src, alt=page.hero.alt, sizes="100vw", eager=true) }}`: the
/// `<picture>` of a planned image, or nothing when the source was not planned.
fn image_function(
    plan: Arc<AssetPlan>,
) -> impl Fn(Kwargs, &State) -> TeraResult<Value> + Send + Sync + 'static {
    move |kwargs: Kwargs, _: &State| {
        let src: &str = kwargs.must_get("src")?;
        let alt: &str = kwargs.get("alt")?.unwrap_or("");
        let sizes: &str = kwargs.get("sizes")?.unwrap_or("");
        let eager: bool = kwargs.get("eager")?.unwrap_or(false);
        let html = plan
            .picture(std::path::Path::new(src), alt, sizes, eager)
            .unwrap_or_default();
        Ok(Value::safe_string(&html))
    }
}

impl Templates {
    pub fn compile(theme: &Theme) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Declared for the templates' validation; `finalize` gives it the real plan.
        tera.register_function("image", image_function(Arc::default()));
        let files: BTreeMap<String, PathBuf> = theme
            .templates
            .iter()
            .map(|t| (t.name.clone(), t.file.clone()))
            .collect();
        let mut ds = Diagnostics::new();
        if let Err(e) = tera.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|t| (t.name.as_str(), t.text.as_str())),
        ) {
            ds.push(template_error(&e, &files));
            return Err(ds);
        }
        for required in TEMPLATES {
            if !tera.contains_template(required) {
                ds.push(
                    Diagnostic::error(
                        PathBuf::from("templates").join(required),
                        crate::t!("template-missing", name = *required),
                    )
                    .help(crate::t!("template-missing-help")),
                );
            }
        }
        if ds.has_errors() {
            Err(ds)
        } else {
            Ok(Templates { tera, files })
        }
    }

    /// Whether the theme has a template (`search.html` is optional).
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// The templates with the planned images of the site being rendered.
    pub fn finalize(&self, plan: Arc<AssetPlan>) -> Finalized {
        let mut tera = self.tera.clone();
        tera.register_function("image", image_function(Arc::clone(&plan)));
        Finalized {
            tera,
            files: self.files.clone(),
            assets: plan,
        }
    }
}

pub(super) fn template_error(e: &tera::Error, files: &BTreeMap<String, PathBuf>) -> Diagnostic {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut outer = Vec::new();
    while let Some(err) = current {
        if let Some(te) = err.downcast_ref::<tera::Error>() {
            match te.kind() {
                tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                    let file = files
                        .get(r.filename())
                        .cloned()
                        .unwrap_or_else(|| PathBuf::from(r.filename()));
                    let span = r.span();
                    let len = if span.start_line == span.end_line {
                        span.end_col.saturating_sub(span.start_col)
                    } else {
                        1
                    };
                    return Diagnostic::error(
                        file,
                        crate::t!("template-error", detail = r.message().to_string()),
                    )
                    .at(Pos::new(span.start_line, span.start_col + 1))
                    .span_len(len)
                    .help(crate::t!("template-error-help"));
                }
                _ => outer.push(te.kind().to_string()),
            }
        } else {
            outer.push(err.to_string());
        }
        current = err.source();
    }
    Diagnostic::error(
        PathBuf::from("templates"),
        crate::t!("template-error", detail = outer.join(": ")),
    )
    .help(crate::t!("template-error-help"))
}
