//! A readable dump of the lowered IR, for snapshot tests and for debugging a spec's lowering
//! (`oagen ir --spec FILE`): every decision lowering made, one line per fact.

use std::fmt::Write;

use super::*;

impl Ir {
    /// The IR as indented text. Stable: the same spec gives the same text.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "api {:?} {:?}", self.api.title, self.api.version);
        let _ = writeln!(out, "needs {:?}", self.needs);
        for def in &self.types {
            self.dump_type(&mut out, def);
        }
        if let Some(split) = &self.server_traits {
            let names: Vec<&str> = split.traits.iter().map(|declared| declared.name.as_str()).collect();
            let _ = writeln!(out, "server traits {}: {}", split.all, names.join(", "));
        }
        for op in &self.operations {
            self.dump_operation(&mut out, op);
        }
        for warning in &self.warnings {
            let _ = writeln!(out, "warning {:?} #{}: {}", warning.kind, warning.pointer, warning.message);
        }
        out
    }

    /// A type use as Rust-like text: `Vec<Pet>`, `Option<String>`.
    pub fn describe(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Primitive(p) => format!("{p:?}"),
            TypeRef::Named(id) => self.types.name(*id).to_owned(),
            TypeRef::Vec(inner) => format!("Vec<{}>", self.describe(inner)),
            TypeRef::Map(inner) => format!("Map<{}>", self.describe(inner)),
            TypeRef::Any => "Any".into(),
            TypeRef::External(path) => format!("external {path}"),
            TypeRef::Boxed(inner) => format!("Box<{}>", self.describe(inner)),
            TypeRef::Nullable(inner) => format!("Option<{}>", self.describe(inner)),
        }
    }

    fn dump_type(&self, out: &mut String, def: &TypeDef) {
        let derives: Vec<&str> = def.derives.iter().map(Derive::as_str).collect();
        let travel = if def.param_text { " param-text" } else { "" };
        let kind = match &def.kind {
            TypeKind::Struct(_) => "struct",
            TypeKind::StringEnum(e) if e.open => "open enum",
            TypeKind::StringEnum(_) => "enum",
            TypeKind::Constrained(_) => "constrained",
            TypeKind::Collection(_) => "collection",
            TypeKind::Union(_) => "union",
            TypeKind::Alias(_) => "alias",
        };
        let _ = writeln!(out, "type #{} {} ({kind}) derives [{}]{travel}", def.id.0, def.name, derives.join(", "));
        if let Some(features) = &self.tag_features {
            let needed: Vec<&str> = features.of_type(def.id).iter().filter_map(|f| features.names.get(*f)).map(String::as_str).collect();
            if !needed.is_empty() {
                let _ = writeln!(out, "  features [{}]", needed.join(", "));
            }
        }
        match &def.kind {
            TypeKind::Struct(s) => {
                for f in &s.fields {
                    let mut flags = Vec::new();
                    flags.push(if f.required { "required" } else { "optional" });
                    if f.nullable {
                        flags.push("nullable");
                    }
                    if f.read_only {
                        flags.push("read-only");
                    }
                    if f.write_only {
                        flags.push("write-only");
                    }
                    let _ = writeln!(out, "  field {} {:?}: {} [{}]", f.name, f.wire_name, self.describe(&f.ty), flags.join(", "));
                }
                if let Some(extra) = &s.additional {
                    let _ = writeln!(out, "  additional: {}", self.describe(extra));
                }
            }
            TypeKind::StringEnum(e) => {
                for v in &e.variants {
                    let _ = writeln!(out, "  variant {} = {:?}", v.name, v.value);
                }
            }
            TypeKind::Constrained(c) => {
                let _ = writeln!(out, "  {:?} {:?} rules {:?}", c.base, c.origin, c.rules);
            }
            TypeKind::Collection(c) => {
                let _ = writeln!(
                    out,
                    "  {:?} of {} {:?} min {:?} max {:?} unique {}",
                    c.kind,
                    self.describe(&c.item),
                    c.origin,
                    c.min,
                    c.max,
                    c.unique
                );
            }
            TypeKind::Union(u) => {
                if let Some(property) = &u.discriminator {
                    let _ = writeln!(out, "  discriminator {property:?}");
                }
                for v in &u.variants {
                    let _ = writeln!(out, "  variant {}({}) tags {:?}", v.name, self.describe(&v.ty), v.tags);
                }
            }
            TypeKind::Alias(ty) => {
                let _ = writeln!(out, "  = {}", self.describe(ty));
            }
        }
    }

    fn dump_operation(&self, out: &mut String, op: &Operation) {
        let _ = writeln!(out, "operation {} ({}) {} {}", op.name, op.id, op.method.as_str(), op.path);
        if let Some(route) = &op.route {
            let _ = writeln!(out, "  route {} captures {:?}", route.template, route.captures);
        }
        if !op.tags.is_empty() {
            let _ = writeln!(out, "  tags {:?}", op.tags);
        }
        let declared_in = self.server_traits.as_ref().zip(op.server_trait).and_then(|(split, index)| split.traits.get(index));
        if let Some(declared) = declared_in {
            let _ = writeln!(out, "  server trait {}", declared.name);
        }
        let feature = self.tag_features.as_ref().zip(op.feature).and_then(|(features, index)| features.names.get(index));
        if let Some(feature) = feature {
            let _ = writeln!(out, "  feature {feature}");
        }
        let places = [("path", &op.path_params), ("query", &op.query_params), ("header", &op.header_params), ("cookie", &op.cookie_params)];
        for (place, params) in places {
            for p in params {
                let required = if p.required { "required" } else { "optional" };
                let style = if p.style == ParamStyle::Form { String::new() } else { format!(", {:?}", p.style) };
                let shape = match &p.shape {
                    QueryShape::Object(object) => {
                        let keys: Vec<String> = object.fields.iter().map(|f| format!("{} {:?} {:?}", f.key, f.presence, f.shape)).collect();
                        format!("Object {{ {} }}", keys.join(", "))
                    }
                    other => format!("{other:?}"),
                };
                let _ = writeln!(out, "  {place} {} {:?}: {} [{required}, {shape}{style}]", p.name, p.wire_name, self.describe(&p.ty));
            }
        }
        if let Some(params) = &op.params {
            let derives: Vec<&str> = params.derives.iter().map(Derive::as_str).collect();
            let _ = writeln!(out, "  params struct {} derives [{}]", params.name, derives.join(", "));
        }
        if let Some(choice) = &op.accept_choice {
            let _ = writeln!(out, "  the client's {} asks for {}", choice.method, choice.media_types.join(", "));
        }
        if let Some(body) = &op.body {
            let required = if body.required { "required" } else { "optional" };
            let _ = writeln!(out, "  body {} {:?} [{required}]", self.describe(&body.ty), body.media);
            let accepted: Vec<&str> = body.accepted.iter().map(|a| a.media_type.as_str()).collect();
            let _ = writeln!(out, "    accepts {}", accepted.join(", "));
            if let Some(method) = &op.content_type_method {
                let offered: Vec<&str> = body.offered().iter().map(|a| a.media_type.as_str()).collect();
                let _ = writeln!(out, "    the client's {method} sends {}", offered.join(", "));
            }
            for part in body.multipart.iter().flat_map(|m| &m.parts) {
                let _ = writeln!(out, "    part {} {:?} {:?} {:?}", part.field, part.wire_name, part.presence, part.kind);
            }
        }
        for r in &op.responses {
            let body = r.body.as_ref().map(|ty| self.describe(ty)).unwrap_or_else(|| "-".into());
            let _ = writeln!(out, "  response {:?} {} {body} {:?}", r.status, r.variant, r.media);
        }
        let success = match &op.success {
            Success::Nothing => "()".to_owned(),
            Success::One(ty) => self.describe(ty),
            Success::Several { type_name } => type_name.clone(),
        };
        let _ = writeln!(out, "  success {success}; error {}; response {}; accept {:?}", op.error_type, op.response_type, op.accept);
        if !op.auth.is_empty() {
            let _ = writeln!(out, "  auth {:?} required {} failure {}", op.auth, op.auth_required, op.auth_failure_status);
        }
        if let Some(p) = &op.pagination {
            let _ = writeln!(out, "  pagination {} items {}: {} {:?}", p.method, p.items_field, self.describe(&p.item), p.style);
        }
    }
}
