//! Server stubs: implement [`Api`], then serve [`router`].

use std::sync::Arc;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

#[allow(unused_imports)]
use super::models::*;

/// The operations of many routes 1.0.0, as the server implements them.
///
/// This API declares its operations in one trait per tag, which [`ApiOperations`] gathers: one trait would be longer than a generated file may be. `Api` holds what they share.
///
/// Each method receives parameters that have already been parsed and validated, the caller's
/// identity when the operation requires authentication, and the request's head (method,
/// URI, headers, extensions); the router answers malformed requests itself (through
/// [`Api::reject`]).
///
/// Operation methods take `self: Arc<Self>` and own what they are given, so their futures
/// borrow nothing: rustc's check of a trait whose methods' futures borrow grows with the
/// square of their number, and this trait has one method per operation.
pub trait Api: Send + Sync + 'static {
    /// Shapes the response to a request turned away before reaching the implementation
    /// (bad credentials, parameters or body; an unsupported media type; a body over the
    /// limit; an unknown path or method). The default answers with the rejection's status
    /// and a JSON body `{"detail": ..., "location": ..., "name": ...}`.
    fn reject(&self, rejection: Rejection) -> Response {
        rejection.into_response()
    }
}

/// The operations tagged `alpha`, as the server implements them (see [`Api`]).
pub trait AlphaApi: Api {
    /// `GET /items001/{id}`
    fn item001(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item001Response> + Send;

    /// `GET /items002/{id}`
    fn item002(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item002Response> + Send;

    /// `GET /items003/{id}`
    fn item003(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item003Response> + Send;

    /// `GET /items004/{id}`
    fn item004(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item004Response> + Send;

    /// `GET /items005/{id}`
    fn item005(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item005Response> + Send;

    /// `GET /items006/{id}`
    fn item006(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item006Response> + Send;

    /// `GET /items007/{id}`
    fn item007(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item007Response> + Send;

    /// `GET /items008/{id}`
    fn item008(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item008Response> + Send;

    /// `GET /items009/{id}`
    fn item009(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item009Response> + Send;

    /// `GET /items010/{id}`
    fn item010(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item010Response> + Send;

    /// `GET /items011/{id}`
    fn item011(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item011Response> + Send;

    /// `GET /items012/{id}`
    fn item012(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item012Response> + Send;

    /// `GET /items013/{id}`
    fn item013(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item013Response> + Send;

    /// `GET /items014/{id}`
    fn item014(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item014Response> + Send;

    /// `GET /items015/{id}`
    fn item015(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item015Response> + Send;

    /// `GET /items016/{id}`
    fn item016(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item016Response> + Send;

    /// `GET /items017/{id}`
    fn item017(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item017Response> + Send;

    /// `GET /items018/{id}`
    fn item018(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item018Response> + Send;

    /// `GET /items019/{id}`
    fn item019(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item019Response> + Send;

    /// `GET /items020/{id}`
    fn item020(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item020Response> + Send;

    /// `GET /items021/{id}`
    fn item021(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item021Response> + Send;

    /// `GET /items022/{id}`
    fn item022(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item022Response> + Send;

    /// `GET /items023/{id}`
    fn item023(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item023Response> + Send;

    /// `GET /items024/{id}`
    fn item024(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item024Response> + Send;

    /// `GET /items025/{id}`
    fn item025(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item025Response> + Send;

    /// `GET /items026/{id}`
    fn item026(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item026Response> + Send;

    /// `GET /items027/{id}`
    fn item027(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item027Response> + Send;

    /// `GET /items028/{id}`
    fn item028(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item028Response> + Send;

    /// `GET /items029/{id}`
    fn item029(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item029Response> + Send;

    /// `GET /items030/{id}`
    fn item030(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item030Response> + Send;

    /// `GET /items031/{id}`
    fn item031(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item031Response> + Send;

    /// `GET /items032/{id}`
    fn item032(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item032Response> + Send;

    /// `GET /items033/{id}`
    fn item033(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item033Response> + Send;

    /// `GET /items034/{id}`
    fn item034(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item034Response> + Send;

    /// `GET /items035/{id}`
    fn item035(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item035Response> + Send;

    /// `GET /items036/{id}`
    fn item036(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item036Response> + Send;

    /// `GET /items037/{id}`
    fn item037(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item037Response> + Send;

    /// `GET /items038/{id}`
    fn item038(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item038Response> + Send;

    /// `GET /items039/{id}`
    fn item039(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item039Response> + Send;

    /// `GET /items040/{id}`
    fn item040(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item040Response> + Send;

    /// `GET /items041/{id}`
    fn item041(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item041Response> + Send;

    /// `GET /items042/{id}`
    fn item042(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item042Response> + Send;

    /// `GET /items043/{id}`
    fn item043(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item043Response> + Send;

    /// `GET /items044/{id}`
    fn item044(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item044Response> + Send;

    /// `GET /items045/{id}`
    fn item045(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item045Response> + Send;

    /// `GET /items046/{id}`
    fn item046(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item046Response> + Send;

    /// `GET /items047/{id}`
    fn item047(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item047Response> + Send;

    /// `GET /items048/{id}`
    fn item048(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item048Response> + Send;

    /// `GET /items049/{id}`
    fn item049(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item049Response> + Send;

    /// `GET /items050/{id}`
    fn item050(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item050Response> + Send;

    /// `GET /items051/{id}`
    fn item051(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item051Response> + Send;

    /// `GET /items052/{id}`
    fn item052(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item052Response> + Send;

    /// `GET /items053/{id}`
    fn item053(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item053Response> + Send;

    /// `GET /items054/{id}`
    fn item054(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item054Response> + Send;

    /// `GET /items055/{id}`
    fn item055(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item055Response> + Send;

    /// `GET /items056/{id}`
    fn item056(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item056Response> + Send;

    /// `GET /items057/{id}`
    fn item057(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item057Response> + Send;

    /// `GET /items058/{id}`
    fn item058(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item058Response> + Send;

    /// `GET /items059/{id}`
    fn item059(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item059Response> + Send;

    /// `GET /items060/{id}`
    fn item060(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item060Response> + Send;

    /// `GET /items061/{id}`
    fn item061(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item061Response> + Send;

    /// `GET /items062/{id}`
    fn item062(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item062Response> + Send;

    /// `GET /items063/{id}`
    fn item063(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item063Response> + Send;

    /// `GET /items064/{id}`
    fn item064(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item064Response> + Send;

    /// `GET /items065/{id}`
    fn item065(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item065Response> + Send;

    /// `GET /items066/{id}`
    fn item066(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item066Response> + Send;

    /// `GET /items067/{id}`
    fn item067(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item067Response> + Send;

    /// `GET /items068/{id}`
    fn item068(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item068Response> + Send;

    /// `GET /items069/{id}`
    fn item069(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item069Response> + Send;

    /// `GET /items070/{id}`
    fn item070(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item070Response> + Send;

    /// `GET /items071/{id}`
    fn item071(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item071Response> + Send;

    /// `GET /items072/{id}`
    fn item072(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item072Response> + Send;

    /// `GET /items073/{id}`
    fn item073(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item073Response> + Send;

    /// `GET /items074/{id}`
    fn item074(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item074Response> + Send;

    /// `GET /items075/{id}`
    fn item075(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item075Response> + Send;

    /// `GET /items076/{id}`
    fn item076(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item076Response> + Send;

    /// `GET /items077/{id}`
    fn item077(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item077Response> + Send;

    /// `GET /items078/{id}`
    fn item078(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item078Response> + Send;

    /// `GET /items079/{id}`
    fn item079(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item079Response> + Send;

    /// `GET /items080/{id}`
    fn item080(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item080Response> + Send;

    /// `GET /items081/{id}`
    fn item081(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item081Response> + Send;

    /// `GET /items082/{id}`
    fn item082(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item082Response> + Send;

    /// `GET /items083/{id}`
    fn item083(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item083Response> + Send;

    /// `GET /items084/{id}`
    fn item084(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item084Response> + Send;

    /// `GET /items085/{id}`
    fn item085(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item085Response> + Send;

    /// `GET /items086/{id}`
    fn item086(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item086Response> + Send;

    /// `GET /items087/{id}`
    fn item087(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item087Response> + Send;

    /// `GET /items088/{id}`
    fn item088(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item088Response> + Send;

    /// `GET /items089/{id}`
    fn item089(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item089Response> + Send;

    /// `GET /items090/{id}`
    fn item090(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item090Response> + Send;

    /// `GET /items091/{id}`
    fn item091(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item091Response> + Send;

    /// `GET /items092/{id}`
    fn item092(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item092Response> + Send;

    /// `GET /items093/{id}`
    fn item093(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item093Response> + Send;

    /// `GET /items094/{id}`
    fn item094(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item094Response> + Send;

    /// `GET /items095/{id}`
    fn item095(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item095Response> + Send;

    /// `GET /items096/{id}`
    fn item096(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item096Response> + Send;

    /// `GET /items097/{id}`
    fn item097(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item097Response> + Send;

    /// `GET /items098/{id}`
    fn item098(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item098Response> + Send;

    /// `GET /items099/{id}`
    fn item099(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item099Response> + Send;

    /// `GET /items100/{id}`
    fn item100(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item100Response> + Send;
}

// The rest of this file, in parts of about 2000 lines (editors and rustc handle those better).
include!("server/part_002.rs");
include!("server/part_003.rs");
include!("server/part_004.rs");
include!("server/part_005.rs");
include!("server/part_006.rs");
include!("server/part_007.rs");
include!("server/part_008.rs");
include!("server/part_009.rs");
include!("server/part_010.rs");
include!("server/part_011.rs");
include!("server/part_012.rs");
include!("server/part_013.rs");
