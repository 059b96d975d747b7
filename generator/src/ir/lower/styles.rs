//! Parameter styles: which layout of the spec's `style` and `explode` a parameter gets, and a
//! warning naming the parameter for every combination oagen does not follow.

use openapiv3::{Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle};

use super::Lowering;
use crate::error::WarningKind;
use crate::ir::*;

/// What a parameter's type is, as far as its layout goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Scalar,
    List,
    Struct,
    /// A map or a union: no per-property layout.
    OtherObject,
}

impl Lowering<'_> {
    /// The layout a parameter gets; combinations oagen does not follow are reported, naming the
    /// parameter, and fall back to the plain text form (JSON text for objects).
    pub(super) fn param_style(&mut self, param: &Parameter, ty: &TypeRef, at: &str, id: &str) -> ParamStyle {
        let data = param.parameter_data_ref();
        if matches!(data.format, ParameterSchemaOrContent::Content(_)) {
            return ParamStyle::Json;
        }
        let form = self.form_of(ty);
        let name = &data.name;
        let (place, wanted, explode_default) = match param {
            Parameter::Query { style, .. } => ("query", query_style_name(style), matches!(style, QueryStyle::Form)),
            Parameter::Cookie { .. } => ("cookie", "form", true),
            Parameter::Path { style, .. } => ("path", path_style_name(style), false),
            Parameter::Header { .. } => ("header", "simple", false),
        };
        let explode = data.explode.unwrap_or(explode_default);
        let style = match (param, form) {
            (_, Form::Scalar) => {
                if matches!(param, Parameter::Query { style: QueryStyle::DeepObject, .. }) {
                    self.warn(WarningKind::Approximated, at, format!("{id}: {place} parameter `{name}` is not an object; it is sent as `{name}=value`, not in the `deepObject` style"));
                }
                ParamStyle::Form
            }
            (Parameter::Path { style: PathStyle::Simple, .. } | Parameter::Header { .. }, Form::List) => ParamStyle::Form,
            (Parameter::Query { style: QueryStyle::Form, .. } | Parameter::Cookie { .. }, Form::List) => {
                if explode { ParamStyle::Form } else { ParamStyle::FormUnexploded }
            }
            (Parameter::Query { style: QueryStyle::SpaceDelimited, .. }, Form::List) if !explode => ParamStyle::SpaceDelimited,
            (Parameter::Query { style: QueryStyle::PipeDelimited, .. }, Form::List) if !explode => ParamStyle::PipeDelimited,
            // Exploded, the delimited styles repeat the parameter, as `form` does.
            (Parameter::Query { style: QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited, .. }, Form::List) => ParamStyle::Form,
            (Parameter::Query { style: QueryStyle::Form, .. } | Parameter::Cookie { .. }, Form::Struct) if explode => ParamStyle::Form,
            // `name,x,age,3`: only plain values can be told apart in one comma-separated list.
            (Parameter::Query { style: QueryStyle::Form, .. } | Parameter::Cookie { .. }, Form::Struct) if self.plain_properties(ty) => {
                ParamStyle::FormUnexploded
            }
            (Parameter::Query { style: QueryStyle::DeepObject, .. }, Form::Struct) => ParamStyle::DeepObject,
            (_, Form::List) => {
                let message = format!("{id}: {place} parameter `{name}` is a list; it is sent comma-separated (`{name}=a,b`), not in the `{wanted}` style");
                self.warn(WarningKind::Approximated, at, message);
                ParamStyle::FormUnexploded
            }
            (Parameter::Query { style: QueryStyle::Form, .. } | Parameter::Cookie { .. }, Form::Struct) => {
                let message = format!(
                    "{id}: {place} parameter `{name}` is sent as JSON text, not in the `form` style, not exploded: some of its properties are lists or objects"
                );
                self.warn(WarningKind::Approximated, at, message);
                ParamStyle::Json
            }
            (_, Form::Struct | Form::OtherObject) => {
                let layout = match (wanted, explode) {
                    ("form", true) => "`form` style, exploded",
                    ("form", false) => "`form` style, not exploded",
                    _ => wanted,
                };
                let layout = if wanted == "form" { layout.to_owned() } else { format!("`{layout}` style") };
                let message = format!("{id}: {place} parameter `{name}` is sent as JSON text, not in the {layout}");
                self.warn(WarningKind::Approximated, at, message);
                ParamStyle::Json
            }
        };
        if matches!(param, Parameter::Path { style: PathStyle::Label | PathStyle::Matrix, .. }) && form == Form::Scalar {
            self.warn(WarningKind::Approximated, at, format!("{id}: path parameter `{name}` is sent in the `simple` style, not the `{wanted}` style"));
        }
        if matches!(style, ParamStyle::Form | ParamStyle::FormUnexploded | ParamStyle::DeepObject) && form == Form::Struct {
            self.check_object_properties(ty, at, id, place, name);
        }
        style
    }

    /// Properties of an object parameter that do not travel as plain text are reported.
    fn check_object_properties(&mut self, ty: &TypeRef, at: &str, id: &str, place: &str, name: &str) {
        let Some(TypeKind::Struct(s)) = self.kind_of(self.unalias_lowered(ty)) else { return };
        let additional = s.additional.is_some();
        let nested: Vec<String> = s
            .fields
            .iter()
            .filter(|f| matches!(self.form_of(&f.ty), Form::Struct | Form::OtherObject))
            .map(|f| f.wire_name.clone())
            .collect();
        for property in nested {
            let message = format!("{id}: property `{property}` of {place} parameter `{name}` is an object; it is sent as JSON text");
            self.warn(WarningKind::Approximated, at, message);
        }
        if additional {
            let message = format!("{id}: {place} parameter `{name}` allows other properties; only the listed ones are sent and read");
            self.warn(WarningKind::Approximated, at, message);
        }
    }

    /// Whether every property of the struct `ty` is a plain value.
    fn plain_properties(&self, ty: &TypeRef) -> bool {
        match self.kind_of(self.unalias_lowered(ty)) {
            Some(TypeKind::Struct(s)) => s.fields.iter().all(|f| self.form_of(&f.ty) == Form::Scalar),
            _ => false,
        }
    }

    fn form_of(&self, ty: &TypeRef) -> Form {
        self.form_within(ty, true)
    }

    /// `into_unions`: a union of plain values counts as one (not looked into twice, so a union
    /// that holds itself ends the walk).
    fn form_within(&self, ty: &TypeRef, into_unions: bool) -> Form {
        let ty = match ty {
            TypeRef::Nullable(inner) | TypeRef::Boxed(inner) => inner,
            other => other,
        };
        match self.unalias_lowered(ty) {
            TypeRef::Vec(_) => Form::List,
            TypeRef::Map(_) => Form::OtherObject,
            named @ TypeRef::Named(_) => match self.kind_of(named) {
                Some(TypeKind::Struct(_)) => Form::Struct,
                // A union of plain values travels as the one value it holds.
                Some(TypeKind::Union(u)) if into_unions && u.variants.iter().all(|v| self.form_within(&v.ty, false) == Form::Scalar) => {
                    Form::Scalar
                }
                Some(TypeKind::Union(_)) => Form::OtherObject,
                Some(TypeKind::Collection(c)) if c.kind == CollectionKind::Map => Form::OtherObject,
                Some(TypeKind::Collection(_)) => Form::List,
                _ => Form::Scalar,
            },
            _ => Form::Scalar,
        }
    }

    /// Object parameters laid out property by property (`form`, exploded) put their properties
    /// beside the other query (or cookie) parameters; when a name is taken twice, the object travels as JSON
    /// text instead, with a warning.
    pub(super) fn check_exploded_names(&mut self, params: &mut [(Param, String)], id: &str, place: &str) {
        let mut seen: Vec<String> = Vec::new();
        let mut exploded = Vec::new();
        for (index, (param, _)) in params.iter().enumerate() {
            let properties = match (param.style, self.kind_of(self.unalias_lowered(&param.ty))) {
                (ParamStyle::Form, Some(TypeKind::Struct(s))) => s.fields.iter().map(|f| f.wire_name.clone()).collect(),
                _ => vec![param.wire_name.clone()],
            };
            if properties.len() > 1 || properties.first() != Some(&param.wire_name) {
                exploded.push((index, properties.clone()));
            }
            seen.extend(properties);
        }
        for (index, properties) in exploded {
            let clash = properties.iter().find(|p| seen.iter().filter(|s| s == p).count() > 1).cloned();
            if let Some(clash) = clash {
                let (param, at) = &mut params[index];
                param.style = ParamStyle::Json;
                let message = format!(
                    "{id}: {place} parameter `{}` is sent as JSON text: its property `{clash}` has the name of another {place} parameter",
                    param.wire_name
                );
                self.warn(WarningKind::Approximated, &at.clone(), message);
            }
        }
    }
}

fn query_style_name(style: &QueryStyle) -> &'static str {
    match style {
        QueryStyle::Form => "form",
        QueryStyle::SpaceDelimited => "spaceDelimited",
        QueryStyle::PipeDelimited => "pipeDelimited",
        QueryStyle::DeepObject => "deepObject",
    }
}

fn path_style_name(style: &PathStyle) -> &'static str {
    match style {
        PathStyle::Simple => "simple",
        PathStyle::Label => "label",
        PathStyle::Matrix => "matrix",
    }
}
