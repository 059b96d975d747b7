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

    /// `GET /items001/{id}`
    ///
    fn item001(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item001Response> + Send;

    /// `GET /items002/{id}`
    ///
    fn item002(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item002Response> + Send;

    /// `GET /items003/{id}`
    ///
    fn item003(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item003Response> + Send;

    /// `GET /items004/{id}`
    ///
    fn item004(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item004Response> + Send;

    /// `GET /items005/{id}`
    ///
    fn item005(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item005Response> + Send;

    /// `GET /items006/{id}`
    ///
    fn item006(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item006Response> + Send;

    /// `GET /items007/{id}`
    ///
    fn item007(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item007Response> + Send;

    /// `GET /items008/{id}`
    ///
    fn item008(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item008Response> + Send;

    /// `GET /items009/{id}`
    ///
    fn item009(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item009Response> + Send;

    /// `GET /items010/{id}`
    ///
    fn item010(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item010Response> + Send;

    /// `GET /items011/{id}`
    ///
    fn item011(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item011Response> + Send;

    /// `GET /items012/{id}`
    ///
    fn item012(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item012Response> + Send;

    /// `GET /items013/{id}`
    ///
    fn item013(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item013Response> + Send;

    /// `GET /items014/{id}`
    ///
    fn item014(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item014Response> + Send;

    /// `GET /items015/{id}`
    ///
    fn item015(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item015Response> + Send;

    /// `GET /items016/{id}`
    ///
    fn item016(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item016Response> + Send;

    /// `GET /items017/{id}`
    ///
    fn item017(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item017Response> + Send;

    /// `GET /items018/{id}`
    ///
    fn item018(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item018Response> + Send;

    /// `GET /items019/{id}`
    ///
    fn item019(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item019Response> + Send;

    /// `GET /items020/{id}`
    ///
    fn item020(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item020Response> + Send;

    /// `GET /items021/{id}`
    ///
    fn item021(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item021Response> + Send;

    /// `GET /items022/{id}`
    ///
    fn item022(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item022Response> + Send;

    /// `GET /items023/{id}`
    ///
    fn item023(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item023Response> + Send;

    /// `GET /items024/{id}`
    ///
    fn item024(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item024Response> + Send;

    /// `GET /items025/{id}`
    ///
    fn item025(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item025Response> + Send;

    /// `GET /items026/{id}`
    ///
    fn item026(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item026Response> + Send;

    /// `GET /items027/{id}`
    ///
    fn item027(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item027Response> + Send;

    /// `GET /items028/{id}`
    ///
    fn item028(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item028Response> + Send;

    /// `GET /items029/{id}`
    ///
    fn item029(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item029Response> + Send;

    /// `GET /items030/{id}`
    ///
    fn item030(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item030Response> + Send;

    /// `GET /items031/{id}`
    ///
    fn item031(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item031Response> + Send;

    /// `GET /items032/{id}`
    ///
    fn item032(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item032Response> + Send;

    /// `GET /items033/{id}`
    ///
    fn item033(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item033Response> + Send;

    /// `GET /items034/{id}`
    ///
    fn item034(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item034Response> + Send;

    /// `GET /items035/{id}`
    ///
    fn item035(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item035Response> + Send;

    /// `GET /items036/{id}`
    ///
    fn item036(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item036Response> + Send;

    /// `GET /items037/{id}`
    ///
    fn item037(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item037Response> + Send;

    /// `GET /items038/{id}`
    ///
    fn item038(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item038Response> + Send;

    /// `GET /items039/{id}`
    ///
    fn item039(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item039Response> + Send;

    /// `GET /items040/{id}`
    ///
    fn item040(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item040Response> + Send;

    /// `GET /items041/{id}`
    ///
    fn item041(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item041Response> + Send;

    /// `GET /items042/{id}`
    ///
    fn item042(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item042Response> + Send;

    /// `GET /items043/{id}`
    ///
    fn item043(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item043Response> + Send;

    /// `GET /items044/{id}`
    ///
    fn item044(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item044Response> + Send;

    /// `GET /items045/{id}`
    ///
    fn item045(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item045Response> + Send;

    /// `GET /items046/{id}`
    ///
    fn item046(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item046Response> + Send;

    /// `GET /items047/{id}`
    ///
    fn item047(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item047Response> + Send;

    /// `GET /items048/{id}`
    ///
    fn item048(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item048Response> + Send;

    /// `GET /items049/{id}`
    ///
    fn item049(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item049Response> + Send;

    /// `GET /items050/{id}`
    ///
    fn item050(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item050Response> + Send;

    /// `GET /items051/{id}`
    ///
    fn item051(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item051Response> + Send;

    /// `GET /items052/{id}`
    ///
    fn item052(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item052Response> + Send;

    /// `GET /items053/{id}`
    ///
    fn item053(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item053Response> + Send;

    /// `GET /items054/{id}`
    ///
    fn item054(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item054Response> + Send;

    /// `GET /items055/{id}`
    ///
    fn item055(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item055Response> + Send;

    /// `GET /items056/{id}`
    ///
    fn item056(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item056Response> + Send;

    /// `GET /items057/{id}`
    ///
    fn item057(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item057Response> + Send;

    /// `GET /items058/{id}`
    ///
    fn item058(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item058Response> + Send;

    /// `GET /items059/{id}`
    ///
    fn item059(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item059Response> + Send;

    /// `GET /items060/{id}`
    ///
    fn item060(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item060Response> + Send;

    /// `GET /items061/{id}`
    ///
    fn item061(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item061Response> + Send;

    /// `GET /items062/{id}`
    ///
    fn item062(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item062Response> + Send;

    /// `GET /items063/{id}`
    ///
    fn item063(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item063Response> + Send;

    /// `GET /items064/{id}`
    ///
    fn item064(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item064Response> + Send;

    /// `GET /items065/{id}`
    ///
    fn item065(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item065Response> + Send;

    /// `GET /items066/{id}`
    ///
    fn item066(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item066Response> + Send;

    /// `GET /items067/{id}`
    ///
    fn item067(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item067Response> + Send;

    /// `GET /items068/{id}`
    ///
    fn item068(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item068Response> + Send;

    /// `GET /items069/{id}`
    ///
    fn item069(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item069Response> + Send;

    /// `GET /items070/{id}`
    ///
    fn item070(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item070Response> + Send;

    /// `GET /items071/{id}`
    ///
    fn item071(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item071Response> + Send;

    /// `GET /items072/{id}`
    ///
    fn item072(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item072Response> + Send;

    /// `GET /items073/{id}`
    ///
    fn item073(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item073Response> + Send;

    /// `GET /items074/{id}`
    ///
    fn item074(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item074Response> + Send;

    /// `GET /items075/{id}`
    ///
    fn item075(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item075Response> + Send;

    /// `GET /items076/{id}`
    ///
    fn item076(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item076Response> + Send;

    /// `GET /items077/{id}`
    ///
    fn item077(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item077Response> + Send;

    /// `GET /items078/{id}`
    ///
    fn item078(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item078Response> + Send;

    /// `GET /items079/{id}`
    ///
    fn item079(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item079Response> + Send;

    /// `GET /items080/{id}`
    ///
    fn item080(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item080Response> + Send;

    /// `GET /items081/{id}`
    ///
    fn item081(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item081Response> + Send;

    /// `GET /items082/{id}`
    ///
    fn item082(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item082Response> + Send;

    /// `GET /items083/{id}`
    ///
    fn item083(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item083Response> + Send;

    /// `GET /items084/{id}`
    ///
    fn item084(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item084Response> + Send;

    /// `GET /items085/{id}`
    ///
    fn item085(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item085Response> + Send;

    /// `GET /items086/{id}`
    ///
    fn item086(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item086Response> + Send;

    /// `GET /items087/{id}`
    ///
    fn item087(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item087Response> + Send;

    /// `GET /items088/{id}`
    ///
    fn item088(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item088Response> + Send;

    /// `GET /items089/{id}`
    ///
    fn item089(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item089Response> + Send;

    /// `GET /items090/{id}`
    ///
    fn item090(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item090Response> + Send;

    /// `GET /items091/{id}`
    ///
    fn item091(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item091Response> + Send;

    /// `GET /items092/{id}`
    ///
    fn item092(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item092Response> + Send;

    /// `GET /items093/{id}`
    ///
    fn item093(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item093Response> + Send;

    /// `GET /items094/{id}`
    ///
    fn item094(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item094Response> + Send;

    /// `GET /items095/{id}`
    ///
    fn item095(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item095Response> + Send;

    /// `GET /items096/{id}`
    ///
    fn item096(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item096Response> + Send;

    /// `GET /items097/{id}`
    ///
    fn item097(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item097Response> + Send;

    /// `GET /items098/{id}`
    ///
    fn item098(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item098Response> + Send;

    /// `GET /items099/{id}`
    ///
    fn item099(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item099Response> + Send;

    /// `GET /items100/{id}`
    ///
    fn item100(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item100Response> + Send;

    /// `GET /items101/{id}`
    ///
    fn item101(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item101Response> + Send;

    /// `GET /items102/{id}`
    ///
    fn item102(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item102Response> + Send;

    /// `GET /items103/{id}`
    ///
    fn item103(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item103Response> + Send;

    /// `GET /items104/{id}`
    ///
    fn item104(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item104Response> + Send;

    /// `GET /items105/{id}`
    ///
    fn item105(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item105Response> + Send;

    /// `GET /items106/{id}`
    ///
    fn item106(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item106Response> + Send;

    /// `GET /items107/{id}`
    ///
    fn item107(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item107Response> + Send;

    /// `GET /items108/{id}`
    ///
    fn item108(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item108Response> + Send;

    /// `GET /items109/{id}`
    ///
    fn item109(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item109Response> + Send;

    /// `GET /items110/{id}`
    ///
    fn item110(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item110Response> + Send;

    /// `GET /items111/{id}`
    ///
    fn item111(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item111Response> + Send;

    /// `GET /items112/{id}`
    ///
    fn item112(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item112Response> + Send;

    /// `GET /items113/{id}`
    ///
    fn item113(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item113Response> + Send;

    /// `GET /items114/{id}`
    ///
    fn item114(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item114Response> + Send;

    /// `GET /items115/{id}`
    ///
    fn item115(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item115Response> + Send;

    /// `GET /items116/{id}`
    ///
    fn item116(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item116Response> + Send;

    /// `GET /items117/{id}`
    ///
    fn item117(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item117Response> + Send;

    /// `GET /items118/{id}`
    ///
    fn item118(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item118Response> + Send;

    /// `GET /items119/{id}`
    ///
    fn item119(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item119Response> + Send;

    /// `GET /items120/{id}`
    ///
    fn item120(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item120Response> + Send;

    /// `GET /items121/{id}`
    ///
    fn item121(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item121Response> + Send;

    /// `GET /items122/{id}`
    ///
    fn item122(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item122Response> + Send;

    /// `GET /items123/{id}`
    ///
    fn item123(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item123Response> + Send;

    /// `GET /items124/{id}`
    ///
    fn item124(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item124Response> + Send;

    /// `GET /items125/{id}`
    ///
    fn item125(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item125Response> + Send;

    /// `GET /items126/{id}`
    ///
    fn item126(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item126Response> + Send;

    /// `GET /items127/{id}`
    ///
    fn item127(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item127Response> + Send;

    /// `GET /items128/{id}`
    ///
    fn item128(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item128Response> + Send;

    /// `GET /items129/{id}`
    ///
    fn item129(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item129Response> + Send;

    /// `GET /items130/{id}`
    ///
    fn item130(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item130Response> + Send;

    /// `GET /items131/{id}`
    ///
    fn item131(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item131Response> + Send;

    /// `GET /items132/{id}`
    ///
    fn item132(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item132Response> + Send;

    /// `GET /items133/{id}`
    ///
    fn item133(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item133Response> + Send;

    /// `GET /items134/{id}`
    ///
    fn item134(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item134Response> + Send;

    /// `GET /items135/{id}`
    ///
    fn item135(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item135Response> + Send;

    /// `GET /items136/{id}`
    ///
    fn item136(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item136Response> + Send;

    /// `GET /items137/{id}`
    ///
    fn item137(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item137Response> + Send;

    /// `GET /items138/{id}`
    ///
    fn item138(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item138Response> + Send;

    /// `GET /items139/{id}`
    ///
    fn item139(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item139Response> + Send;

    /// `GET /items140/{id}`
    ///
    fn item140(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item140Response> + Send;

    /// `GET /items141/{id}`
    ///
    fn item141(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item141Response> + Send;

    /// `GET /items142/{id}`
    ///
    fn item142(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item142Response> + Send;

    /// `GET /items143/{id}`
    ///
    fn item143(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item143Response> + Send;

    /// `GET /items144/{id}`
    ///
    fn item144(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item144Response> + Send;

    /// `GET /items145/{id}`
    ///
    fn item145(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item145Response> + Send;

    /// `GET /items146/{id}`
    ///
    fn item146(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item146Response> + Send;

    /// `GET /items147/{id}`
    ///
    fn item147(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item147Response> + Send;

    /// `GET /items148/{id}`
    ///
    fn item148(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item148Response> + Send;

    /// `GET /items149/{id}`
    ///
    fn item149(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item149Response> + Send;

    /// `GET /items150/{id}`
    ///
    fn item150(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item150Response> + Send;

    /// `GET /items151/{id}`
    ///
    fn item151(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item151Response> + Send;

    /// `GET /items152/{id}`
    ///
    fn item152(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item152Response> + Send;

    /// `GET /items153/{id}`
    ///
    fn item153(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item153Response> + Send;

    /// `GET /items154/{id}`
    ///
    fn item154(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item154Response> + Send;

    /// `GET /items155/{id}`
    ///
    fn item155(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item155Response> + Send;

    /// `GET /items156/{id}`
    ///
    fn item156(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item156Response> + Send;

    /// `GET /items157/{id}`
    ///
    fn item157(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item157Response> + Send;

    /// `GET /items158/{id}`
    ///
    fn item158(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item158Response> + Send;

    /// `GET /items159/{id}`
    ///
    fn item159(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item159Response> + Send;

    /// `GET /items160/{id}`
    ///
    fn item160(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item160Response> + Send;

    /// `GET /items161/{id}`
    ///
    fn item161(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item161Response> + Send;

    /// `GET /items162/{id}`
    ///
    fn item162(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item162Response> + Send;

    /// `GET /items163/{id}`
    ///
    fn item163(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item163Response> + Send;

    /// `GET /items164/{id}`
    ///
    fn item164(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item164Response> + Send;

    /// `GET /items165/{id}`
    ///
    fn item165(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item165Response> + Send;

    /// `GET /items166/{id}`
    ///
    fn item166(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item166Response> + Send;

    /// `GET /items167/{id}`
    ///
    fn item167(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item167Response> + Send;

    /// `GET /items168/{id}`
    ///
    fn item168(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item168Response> + Send;

    /// `GET /items169/{id}`
    ///
    fn item169(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item169Response> + Send;

    /// `GET /items170/{id}`
    ///
    fn item170(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item170Response> + Send;

    /// `GET /items171/{id}`
    ///
    fn item171(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item171Response> + Send;

    /// `GET /items172/{id}`
    ///
    fn item172(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item172Response> + Send;

    /// `GET /items173/{id}`
    ///
    fn item173(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item173Response> + Send;

    /// `GET /items174/{id}`
    ///
    fn item174(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item174Response> + Send;

    /// `GET /items175/{id}`
    ///
    fn item175(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item175Response> + Send;

    /// `GET /items176/{id}`
    ///
    fn item176(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item176Response> + Send;

    /// `GET /items177/{id}`
    ///
    fn item177(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item177Response> + Send;

    /// `GET /items178/{id}`
    ///
    fn item178(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item178Response> + Send;

    /// `GET /items179/{id}`
    ///
    fn item179(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item179Response> + Send;

    /// `GET /items180/{id}`
    ///
    fn item180(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item180Response> + Send;

    /// `GET /items181/{id}`
    ///
    fn item181(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item181Response> + Send;

    /// `GET /items182/{id}`
    ///
    fn item182(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item182Response> + Send;

    /// `GET /items183/{id}`
    ///
    fn item183(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item183Response> + Send;

    /// `GET /items184/{id}`
    ///
    fn item184(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item184Response> + Send;

    /// `GET /items185/{id}`
    ///
    fn item185(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item185Response> + Send;

    /// `GET /items186/{id}`
    ///
    fn item186(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item186Response> + Send;

    /// `GET /items187/{id}`
    ///
    fn item187(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item187Response> + Send;

    /// `GET /items188/{id}`
    ///
    fn item188(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item188Response> + Send;

    /// `GET /items189/{id}`
    ///
    fn item189(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item189Response> + Send;

    /// `GET /items190/{id}`
    ///
    fn item190(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item190Response> + Send;

    /// `GET /items191/{id}`
    ///
    fn item191(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item191Response> + Send;

    /// `GET /items192/{id}`
    ///
    fn item192(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item192Response> + Send;

    /// `GET /items193/{id}`
    ///
    fn item193(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item193Response> + Send;

    /// `GET /items194/{id}`
    ///
    fn item194(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item194Response> + Send;

    /// `GET /items195/{id}`
    ///
    fn item195(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item195Response> + Send;

    /// `GET /items196/{id}`
    ///
    fn item196(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item196Response> + Send;

    /// `GET /items197/{id}`
    ///
    fn item197(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item197Response> + Send;

    /// `GET /items198/{id}`
    ///
    fn item198(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item198Response> + Send;

    /// `GET /items199/{id}`
    ///
    fn item199(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item199Response> + Send;

    /// `GET /items200/{id}`
    ///
    fn item200(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item200Response> + Send;

    /// `GET /items201/{id}`
    ///
    fn item201(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item201Response> + Send;

    /// `GET /items202/{id}`
    ///
    fn item202(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item202Response> + Send;

    /// `GET /items203/{id}`
    ///
    fn item203(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item203Response> + Send;

    /// `GET /items204/{id}`
    ///
    fn item204(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item204Response> + Send;

    /// `GET /items205/{id}`
    ///
    fn item205(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item205Response> + Send;

    /// `GET /items206/{id}`
    ///
    fn item206(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item206Response> + Send;

    /// `GET /items207/{id}`
    ///
    fn item207(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item207Response> + Send;

    /// `GET /items208/{id}`
    ///
    fn item208(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item208Response> + Send;

    /// `GET /items209/{id}`
    ///
    fn item209(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item209Response> + Send;

    /// `GET /items210/{id}`
    ///
    fn item210(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item210Response> + Send;

    /// `GET /items211/{id}`
    ///
    fn item211(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item211Response> + Send;

    /// `GET /items212/{id}`
    ///
    fn item212(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item212Response> + Send;

    /// `GET /items213/{id}`
    ///
    fn item213(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item213Response> + Send;

    /// `GET /items214/{id}`
    ///
    fn item214(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item214Response> + Send;

    /// `GET /items215/{id}`
    ///
    fn item215(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item215Response> + Send;

    /// `GET /items216/{id}`
    ///
    fn item216(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item216Response> + Send;

    /// `GET /items217/{id}`
    ///
    fn item217(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item217Response> + Send;

    /// `GET /items218/{id}`
    ///
    fn item218(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item218Response> + Send;

    /// `GET /items219/{id}`
    ///
    fn item219(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item219Response> + Send;

    /// `GET /items220/{id}`
    ///
    fn item220(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item220Response> + Send;

    /// `GET /items221/{id}`
    ///
    fn item221(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item221Response> + Send;

    /// `GET /items222/{id}`
    ///
    fn item222(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item222Response> + Send;

    /// `GET /items223/{id}`
    ///
    fn item223(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item223Response> + Send;

    /// `GET /items224/{id}`
    ///
    fn item224(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item224Response> + Send;

    /// `GET /items225/{id}`
    ///
    fn item225(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item225Response> + Send;

    /// `GET /items226/{id}`
    ///
    fn item226(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item226Response> + Send;

    /// `GET /items227/{id}`
    ///
    fn item227(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item227Response> + Send;

    /// `GET /items228/{id}`
    ///
    fn item228(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item228Response> + Send;

    /// `GET /items229/{id}`
    ///
    fn item229(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item229Response> + Send;

    /// `GET /items230/{id}`
    ///
    fn item230(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item230Response> + Send;

    /// `GET /items231/{id}`
    ///
    fn item231(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item231Response> + Send;

    /// `GET /items232/{id}`
    ///
    fn item232(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item232Response> + Send;

    /// `GET /items233/{id}`
    ///
    fn item233(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item233Response> + Send;

    /// `GET /items234/{id}`
    ///
    fn item234(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item234Response> + Send;

    /// `GET /items235/{id}`
    ///
    fn item235(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item235Response> + Send;

    /// `GET /items236/{id}`
    ///
    fn item236(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item236Response> + Send;

    /// `GET /items237/{id}`
    ///
    fn item237(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item237Response> + Send;

    /// `GET /items238/{id}`
    ///
    fn item238(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item238Response> + Send;

    /// `GET /items239/{id}`
    ///
    fn item239(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item239Response> + Send;

    /// `GET /items240/{id}`
    ///
    fn item240(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item240Response> + Send;

    /// `GET /items241/{id}`
    ///
    fn item241(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item241Response> + Send;

    /// `GET /items242/{id}`
    ///
    fn item242(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item242Response> + Send;

    /// `GET /items243/{id}`
    ///
    fn item243(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item243Response> + Send;

    /// `GET /items244/{id}`
    ///
    fn item244(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item244Response> + Send;

    /// `GET /items245/{id}`
    ///
    fn item245(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item245Response> + Send;

    /// `GET /items246/{id}`
    ///
    fn item246(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item246Response> + Send;

    /// `GET /items247/{id}`
    ///
    fn item247(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item247Response> + Send;

    /// `GET /items248/{id}`
    ///
    fn item248(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item248Response> + Send;

    /// `GET /items249/{id}`
    ///
    fn item249(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item249Response> + Send;

    /// `GET /items250/{id}`
    ///
    fn item250(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item250Response> + Send;

    /// `GET /items251/{id}`
    ///
    fn item251(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item251Response> + Send;

    /// `GET /items252/{id}`
    ///
    fn item252(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item252Response> + Send;

    /// `GET /items253/{id}`
    ///
    fn item253(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item253Response> + Send;

    /// `GET /items254/{id}`
    ///
    fn item254(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item254Response> + Send;

    /// `GET /items255/{id}`
    ///
    fn item255(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item255Response> + Send;

    /// `GET /items256/{id}`
    ///
    fn item256(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item256Response> + Send;

    /// `GET /items257/{id}`
    ///
    fn item257(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item257Response> + Send;

    /// `GET /items258/{id}`
    ///
    fn item258(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item258Response> + Send;

    /// `GET /items259/{id}`
    ///
    fn item259(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item259Response> + Send;

    /// `GET /items260/{id}`
    ///
    fn item260(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item260Response> + Send;

    /// `GET /items261/{id}`
    ///
    fn item261(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item261Response> + Send;

    /// `GET /items262/{id}`
    ///
    fn item262(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item262Response> + Send;

    /// `GET /items263/{id}`
    ///
    fn item263(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item263Response> + Send;

    /// `GET /items264/{id}`
    ///
    fn item264(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item264Response> + Send;

    /// `GET /items265/{id}`
    ///
    fn item265(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item265Response> + Send;

    /// `GET /items266/{id}`
    ///
    fn item266(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item266Response> + Send;

    /// `GET /items267/{id}`
    ///
    fn item267(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item267Response> + Send;

    /// `GET /items268/{id}`
    ///
    fn item268(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item268Response> + Send;

    /// `GET /items269/{id}`
    ///
    fn item269(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item269Response> + Send;

    /// `GET /items270/{id}`
    ///
    fn item270(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item270Response> + Send;

    /// `GET /items271/{id}`
    ///
    fn item271(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item271Response> + Send;

    /// `GET /items272/{id}`
    ///
    fn item272(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item272Response> + Send;

    /// `GET /items273/{id}`
    ///
    fn item273(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item273Response> + Send;

    /// `GET /items274/{id}`
    ///
    fn item274(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item274Response> + Send;

    /// `GET /items275/{id}`
    ///
    fn item275(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item275Response> + Send;

    /// `GET /items276/{id}`
    ///
    fn item276(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item276Response> + Send;

    /// `GET /items277/{id}`
    ///
    fn item277(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item277Response> + Send;

    /// `GET /items278/{id}`
    ///
    fn item278(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item278Response> + Send;

    /// `GET /items279/{id}`
    ///
    fn item279(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item279Response> + Send;

    /// `GET /items280/{id}`
    ///
    fn item280(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item280Response> + Send;

    /// `GET /items281/{id}`
    ///
    fn item281(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item281Response> + Send;

    /// `GET /items282/{id}`
    ///
    fn item282(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item282Response> + Send;

    /// `GET /items283/{id}`
    ///
    fn item283(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item283Response> + Send;

    /// `GET /items284/{id}`
    ///
    fn item284(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item284Response> + Send;

    /// `GET /items285/{id}`
    ///
    fn item285(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item285Response> + Send;

    /// `GET /items286/{id}`
    ///
    fn item286(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item286Response> + Send;

    /// `GET /items287/{id}`
    ///
    fn item287(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item287Response> + Send;

    /// `GET /items288/{id}`
    ///
    fn item288(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item288Response> + Send;

    /// `GET /items289/{id}`
    ///
    fn item289(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item289Response> + Send;

    /// `GET /items290/{id}`
    ///
    fn item290(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item290Response> + Send;

    /// `GET /items291/{id}`
    ///
    fn item291(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item291Response> + Send;

    /// `GET /items292/{id}`
    ///
    fn item292(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item292Response> + Send;

    /// `GET /items293/{id}`
    ///
    fn item293(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item293Response> + Send;

    /// `GET /items294/{id}`
    ///
    fn item294(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item294Response> + Send;

    /// `GET /items295/{id}`
    ///
    fn item295(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item295Response> + Send;

    /// `GET /items296/{id}`
    ///
    fn item296(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item296Response> + Send;

    /// `GET /items297/{id}`
    ///
    fn item297(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item297Response> + Send;

    /// `GET /items298/{id}`
    ///
    fn item298(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item298Response> + Send;

    /// `GET /items299/{id}`
    ///
    fn item299(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item299Response> + Send;

    /// `GET /items300/{id}`
    ///
    fn item300(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item300Response> + Send;

    /// `GET /items301/{id}`
    ///
    fn item301(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item301Response> + Send;

    /// `GET /items302/{id}`
    ///
    fn item302(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item302Response> + Send;

    /// `GET /items303/{id}`
    ///
    fn item303(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item303Response> + Send;

    /// `GET /items304/{id}`
    ///
    fn item304(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item304Response> + Send;

    /// `GET /items305/{id}`
    ///
    fn item305(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item305Response> + Send;

    /// `GET /items306/{id}`
    ///
    fn item306(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item306Response> + Send;

    /// `GET /items307/{id}`
    ///
    fn item307(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item307Response> + Send;

    /// `GET /items308/{id}`
    ///
    fn item308(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item308Response> + Send;

    /// `GET /items309/{id}`
    ///
    fn item309(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item309Response> + Send;

    /// `GET /items310/{id}`
    ///
    fn item310(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item310Response> + Send;

    /// `GET /items311/{id}`
    ///
    fn item311(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item311Response> + Send;

    /// `GET /items312/{id}`
    ///
    fn item312(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item312Response> + Send;

    /// `GET /items313/{id}`
    ///
    fn item313(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item313Response> + Send;

    /// `GET /items314/{id}`
    ///
    fn item314(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item314Response> + Send;

    /// `GET /items315/{id}`
    ///
    fn item315(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item315Response> + Send;

    /// `GET /items316/{id}`
    ///
    fn item316(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item316Response> + Send;

    /// `GET /items317/{id}`
    ///
    fn item317(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item317Response> + Send;

    /// `GET /items318/{id}`
    ///
    fn item318(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item318Response> + Send;

    /// `GET /items319/{id}`
    ///
    fn item319(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item319Response> + Send;

    /// `GET /items320/{id}`
    ///
    fn item320(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item320Response> + Send;

    /// `GET /items321/{id}`
    ///
    fn item321(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item321Response> + Send;

    /// `GET /items322/{id}`
    ///
    fn item322(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item322Response> + Send;

    /// `GET /items323/{id}`
    ///
    fn item323(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item323Response> + Send;

    /// `GET /items324/{id}`
    ///
    fn item324(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item324Response> + Send;

    /// `GET /items325/{id}`
    ///
    fn item325(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item325Response> + Send;

    /// `GET /items326/{id}`
    ///
    fn item326(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item326Response> + Send;

    /// `GET /items327/{id}`
    ///
    fn item327(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item327Response> + Send;

    /// `GET /items328/{id}`
    ///
    fn item328(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item328Response> + Send;

    /// `GET /items329/{id}`
    ///
    fn item329(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item329Response> + Send;

    /// `GET /items330/{id}`
    ///
    fn item330(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item330Response> + Send;

    /// `GET /items331/{id}`
    ///
    fn item331(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item331Response> + Send;

    /// `GET /items332/{id}`
    ///
    fn item332(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item332Response> + Send;

    /// `GET /items333/{id}`
    ///
    fn item333(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item333Response> + Send;

    /// `GET /items334/{id}`
    ///
    fn item334(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item334Response> + Send;

    /// `GET /items335/{id}`
    ///
    fn item335(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item335Response> + Send;

    /// `GET /items336/{id}`
    ///
    fn item336(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item336Response> + Send;

    /// `GET /items337/{id}`
    ///
    fn item337(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item337Response> + Send;

    /// `GET /items338/{id}`
    ///
    fn item338(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item338Response> + Send;

    /// `GET /items339/{id}`
    ///
    fn item339(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item339Response> + Send;

    /// `GET /items340/{id}`
    ///
    fn item340(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item340Response> + Send;

    /// `GET /items341/{id}`
    ///
    fn item341(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item341Response> + Send;

    /// `GET /items342/{id}`
    ///
    fn item342(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item342Response> + Send;

    /// `GET /items343/{id}`
    ///
    fn item343(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item343Response> + Send;

    /// `GET /items344/{id}`
    ///
    fn item344(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item344Response> + Send;

    /// `GET /items345/{id}`
    ///
    fn item345(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item345Response> + Send;

    /// `GET /items346/{id}`
    ///
    fn item346(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item346Response> + Send;

    /// `GET /items347/{id}`
    ///
    fn item347(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item347Response> + Send;

    /// `GET /items348/{id}`
    ///
    fn item348(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item348Response> + Send;

    /// `GET /items349/{id}`
    ///
    fn item349(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item349Response> + Send;

    /// `GET /items350/{id}`
    ///
    fn item350(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item350Response> + Send;

    /// `GET /items351/{id}`
    ///
    fn item351(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item351Response> + Send;

    /// `GET /items352/{id}`
    ///
    fn item352(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item352Response> + Send;

    /// `GET /items353/{id}`
    ///
    fn item353(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item353Response> + Send;

    /// `GET /items354/{id}`
    ///
    fn item354(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item354Response> + Send;

    /// `GET /items355/{id}`
    ///
    fn item355(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item355Response> + Send;

    /// `GET /items356/{id}`
    ///
    fn item356(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item356Response> + Send;

    /// `GET /items357/{id}`
    ///
    fn item357(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item357Response> + Send;

    /// `GET /items358/{id}`
    ///
    fn item358(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item358Response> + Send;

    /// `GET /items359/{id}`
    ///
    fn item359(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item359Response> + Send;

    /// `GET /items360/{id}`
    ///
    fn item360(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item360Response> + Send;

    /// `GET /items361/{id}`
    ///
    fn item361(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item361Response> + Send;

    /// `GET /items362/{id}`
    ///
    fn item362(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item362Response> + Send;

    /// `GET /items363/{id}`
    ///
    fn item363(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item363Response> + Send;

    /// `GET /items364/{id}`
    ///
    fn item364(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item364Response> + Send;

    /// `GET /items365/{id}`
    ///
    fn item365(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item365Response> + Send;

    /// `GET /items366/{id}`
    ///
    fn item366(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item366Response> + Send;

    /// `GET /items367/{id}`
    ///
    fn item367(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item367Response> + Send;

    /// `GET /items368/{id}`
    ///
    fn item368(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item368Response> + Send;

    /// `GET /items369/{id}`
    ///
    fn item369(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item369Response> + Send;

    /// `GET /items370/{id}`
    ///
    fn item370(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item370Response> + Send;

    /// `GET /items371/{id}`
    ///
    fn item371(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item371Response> + Send;

    /// `GET /items372/{id}`
    ///
    fn item372(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item372Response> + Send;

    /// `GET /items373/{id}`
    ///
    fn item373(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item373Response> + Send;

    /// `GET /items374/{id}`
    ///
    fn item374(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item374Response> + Send;

    /// `GET /items375/{id}`
    ///
    fn item375(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item375Response> + Send;

    /// `GET /items376/{id}`
    ///
    fn item376(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item376Response> + Send;

    /// `GET /items377/{id}`
    ///
    fn item377(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item377Response> + Send;

    /// `GET /items378/{id}`
    ///
    fn item378(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item378Response> + Send;

    /// `GET /items379/{id}`
    ///
    fn item379(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item379Response> + Send;

    /// `GET /items380/{id}`
    ///
    fn item380(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item380Response> + Send;

    /// `GET /items381/{id}`
    ///
    fn item381(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item381Response> + Send;

    /// `GET /items382/{id}`
    ///
    fn item382(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item382Response> + Send;

    /// `GET /items383/{id}`
    ///
    fn item383(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item383Response> + Send;

    /// `GET /items384/{id}`
    ///
    fn item384(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item384Response> + Send;

    /// `GET /items385/{id}`
    ///
    fn item385(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item385Response> + Send;

    /// `GET /items386/{id}`
    ///
    fn item386(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item386Response> + Send;

    /// `GET /items387/{id}`
    ///
    fn item387(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item387Response> + Send;

    /// `GET /items388/{id}`
    ///
    fn item388(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item388Response> + Send;

    /// `GET /items389/{id}`
    ///
    fn item389(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item389Response> + Send;

    /// `GET /items390/{id}`
    ///
    fn item390(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item390Response> + Send;

    /// `GET /items391/{id}`
    ///
    fn item391(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item391Response> + Send;

    /// `GET /items392/{id}`
    ///
    fn item392(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item392Response> + Send;

    /// `GET /items393/{id}`
    ///
    fn item393(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item393Response> + Send;

    /// `GET /items394/{id}`
    ///
    fn item394(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item394Response> + Send;

    /// `GET /items395/{id}`
    ///
    fn item395(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item395Response> + Send;

    /// `GET /items396/{id}`
    ///
    fn item396(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item396Response> + Send;

    /// `GET /items397/{id}`
    ///
    fn item397(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item397Response> + Send;

    /// `GET /items398/{id}`
    ///
    fn item398(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item398Response> + Send;

    /// `GET /items399/{id}`
    ///
    fn item399(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item399Response> + Send;

    /// `GET /items400/{id}`
    ///
    fn item400(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item400Response> + Send;

    /// `GET /items401/{id}`
    ///
    fn item401(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item401Response> + Send;

    /// `GET /items402/{id}`
    ///
    fn item402(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item402Response> + Send;

    /// `GET /items403/{id}`
    ///
    fn item403(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item403Response> + Send;

    /// `GET /items404/{id}`
    ///
    fn item404(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item404Response> + Send;

    /// `GET /items405/{id}`
    ///
    fn item405(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item405Response> + Send;

    /// `GET /items406/{id}`
    ///
    fn item406(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item406Response> + Send;

    /// `GET /items407/{id}`
    ///
    fn item407(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item407Response> + Send;

    /// `GET /items408/{id}`
    ///
    fn item408(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item408Response> + Send;

    /// `GET /items409/{id}`
    ///
    fn item409(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item409Response> + Send;

    /// `GET /items410/{id}`
    ///
    fn item410(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item410Response> + Send;
}

/// Routes every operation to `api` (an `A: Api`, or an `Arc<A>` the caller keeps a clone
/// of), with the default [`RouterConfig`]. Paths are relative to the API's base path: nest
/// the router (`Router::new().nest("/api/v3", router(api))`) to serve it below one.
pub fn router<A: Api>(api: impl IntoShared<A>) -> axum::Router {
    router_with(api, RouterConfig::default())
}

/// [`router`] with other settings (the body limit).
pub fn router_with<A: Api>(
    api: impl IntoShared<A>,
    config: RouterConfig,
) -> axum::Router {
    let mut router = axum::Router::new().without_v07_checks();
    router = routes_1::<A>(router);
    router = routes_2::<A>(router);
    router = routes_3::<A>(router);
    router
        .fallback(unknown_path::<A>)
        .method_not_allowed_fallback(unknown_method::<A>)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(Served {
            api: api.into_shared(),
            config,
        })
}

/// Where the part of a request that was turned away came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionLocation {
    /// Missing or invalid credentials.
    Auth,
    Path,
    Query,
    Header,
    Cookie,
    Body,
    /// A method the path has no operation for.
    Method,
}

impl RejectionLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectionLocation::Auth => "auth",
            RejectionLocation::Path => "path",
            RejectionLocation::Query => "query",
            RejectionLocation::Header => "header",
            RejectionLocation::Cookie => "cookie",
            RejectionLocation::Body => "body",
            RejectionLocation::Method => "method",
        }
    }
}

/// A request the router turned away before calling [`Api`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The `operationId` of the operation the request was for; empty for a path or method no
    /// operation has.
    pub operation: &'static str,
    pub status: StatusCode,
    pub location: RejectionLocation,
    /// The parameter name, or the path of the body field (`flow_set[0].slug`); `content-type`
    /// for an unsupported media type; the request path or method when no operation has it;
    /// empty when the whole body or the credentials are at fault.
    pub name: String,
    pub message: String,
    /// For 415: the media types the operation accepts.
    pub accepted: Vec<&'static str>,
}

impl Rejection {
    fn invalid(
        operation: &'static str,
        location: RejectionLocation,
        name: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            operation,
            status: StatusCode::BAD_REQUEST,
            location,
            name: name.into(),
            message: message.into(),
            accepted: Vec::new(),
        }
    }
}

/// The default answer: the status, and `{"detail": ..., "location": ..., "name": ...}` (with
/// `"accepted": [...]` for 415).
impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let detail = if self.location == RejectionLocation::Auth {
            self.message
        } else {
            format!("{} `{}`: {}", self.location.as_str(), self.name, self.message)
        };
        let mut body = serde_json::json!(
            { "detail" : detail, "location" : self.location.as_str(), "name" : self.name,
            }
        );
        if !self.accepted.is_empty() {
            body["accepted"] = serde_json::json!(self.accepted);
        }
        json_response(self.status, serde_json::to_vec(&body))
    }
}

/// What a router accepts before an operation sees a request; see [`router_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RouterConfig {
    /// The largest request body read, in bytes. A larger one is answered 413 with a
    /// [`Rejection`], without reading it when `Content-Length` announces it, and always after
    /// the credentials are checked. Default: [`RouterConfig::DEFAULT_BODY_LIMIT`].
    pub body_limit: usize,
}

impl RouterConfig {
    /// 1 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

    /// The same settings with another body limit, in bytes.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
}

impl Default for RouterConfig {
    fn default() -> Self {
        Self {
            body_limit: Self::DEFAULT_BODY_LIMIT,
        }
    }
}

/// What [`router`] serves: an implementation the router owns (`A`), or one shared with the
/// caller (`Arc<A>`, a clone of which the caller keeps).
pub trait IntoShared<A> {
    fn into_shared(self) -> Arc<A>;
}

impl<A: Api> IntoShared<A> for A {
    fn into_shared(self) -> Arc<A> {
        Arc::new(self)
    }
}

impl<A: Api> IntoShared<A> for Arc<A> {
    fn into_shared(self) -> Arc<A> {
        self
    }
}

/// The router's state: the implementation and the settings.
struct Served<A> {
    api: Arc<A>,
    config: RouterConfig,
}

impl<A> Clone for Served<A> {
    fn clone(&self) -> Self {
        Self {
            api: Arc::clone(&self.api),
            config: self.config,
        }
    }
}

/// A path no operation has: 404, in the rejection's shape.
async fn unknown_path<A: Api>(
    State(served): State<Served<A>>,
    uri: axum::http::Uri,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::NOT_FOUND,
        location: RejectionLocation::Path,
        name: uri.path().to_owned(),
        message: "no operation has this path".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// A method the path has no operation for: 405 (the router adds `Allow`), in the rejection's shape.
async fn unknown_method<A: Api>(
    State(served): State<Served<A>>,
    method: axum::http::Method,
) -> Response {
    let rejection = Rejection {
        operation: "",
        status: StatusCode::METHOD_NOT_ALLOWED,
        location: RejectionLocation::Method,
        name: method.as_str().to_owned(),
        message: "this path has no operation for the method".to_owned(),
        accepted: Vec::new(),
    };
    served.api.reject(rejection)
}

/// Checks the body's media type against those the operation accepts, then reads the body under
/// `limit`. Returns the bytes and the position of the media type among `accepted`; an empty body
/// without `Content-Type` is accepted here (whether a body is required is the decoder's concern).
#[allow(dead_code)]
async fn read_body(
    operation: &'static str,
    headers: &HeaderMap,
    body: axum::body::Body,
    accepted: &[&'static str],
    limit: usize,
) -> Result<(Bytes, usize), Rejection> {
    use axum::body::HttpBody as _;
    let too_large = || Rejection {
        operation,
        status: StatusCode::PAYLOAD_TOO_LARGE,
        location: RejectionLocation::Body,
        name: String::new(),
        message: format!("the body is larger than {limit} bytes"),
        accepted: Vec::new(),
    };
    let announced = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return Err(too_large());
    }
    let unsupported = |message: String| Rejection {
        operation,
        status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
        location: RejectionLocation::Header,
        name: "content-type".to_owned(),
        message: format!("{message}; this operation accepts {}", accepted.join(", ")),
        accepted: accepted.to_vec(),
    };
    let media = match headers.get(axum::http::header::CONTENT_TYPE) {
        None => None,
        Some(value) => {
            let text = value
                .to_str()
                .map_err(|_| unsupported(
                    "the media type is not visible ASCII".to_owned(),
                ))?;
            let essence = text
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            let position = accepted
                .iter()
                .position(|pattern| media_type_matches(pattern, &essence));
            Some(
                position
                    .ok_or_else(|| unsupported(format!("`{essence}` is not accepted")))?,
            )
        }
    };
    let mut body = body;
    let mut bytes = Vec::new();
    while let Some(frame) = std::future::poll_fn(|cx| {
            std::pin::Pin::new(&mut body).poll_frame(cx)
        })
        .await
    {
        let frame = frame
            .map_err(|err| {
                Rejection::invalid(
                    operation,
                    RejectionLocation::Body,
                    "",
                    format!("the body could not be read: {err}"),
                )
            })?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
    }
    match media {
        Some(position) => Ok((Bytes::from(bytes), position)),
        None if bytes.is_empty() => Ok((Bytes::new(), 0)),
        None => Err(unsupported("a body was sent without `Content-Type`".to_owned())),
    }
}

/// Whether a media type (lowercased, no parameters) fits a pattern the spec lists, which may end
/// in a wildcard (`text/*`, `*/*`).
#[allow(dead_code)]
fn media_type_matches(pattern: &str, essence: &str) -> bool {
    if pattern == essence || pattern == "*/*" {
        return true;
    }
    match pattern.strip_suffix("/*") {
        Some(kind) => essence.split_once('/').is_some_and(|(k, _)| k == kind),
        None => false,
    }
}

/// What an operation's parser reads of a request, besides its path (each parser reads only what
/// its operation uses).
#[allow(dead_code)]
struct Received<'r> {
    query: Option<&'r str>,
    headers: &'r HeaderMap,
    /// The body; empty when the operation takes none.
    body: &'r Bytes,
    /// The position of the body's media type among those the operation accepts.
    media: usize,
}

/// Reads the body, when the operation accepts one (`accepted` lists its media types), and parses
/// the request with the operation's parser.
async fn receive<P>(
    operation: &'static str,
    accepted: &'static [&'static str],
    limit: usize,
    head: &axum::http::request::Parts,
    query: Option<&str>,
    body: axum::body::Body,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection>,
) -> Result<P, Rejection> {
    let (body, media) = if accepted.is_empty() {
        (Bytes::new(), 0)
    } else {
        read_body(operation, &head.headers, body, accepted, limit).await?
    };
    parse(Received {
        query,
        headers: &head.headers,
        body: &body,
        media,
    })
}

/// The future a handler returns: boxed, so that it is proved `Send` once, in the generic driver
/// that builds it, rather than in every handler (axum boxes a handler's future anyway).
type Handling = std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>;

/// Serves an operation that takes no credentials: the body's media type and size, then `parse`
/// (parameters and body), then `call` (the implementation). Every handler is a plain function
/// handing its parser and its call to this driver, so rustc builds and checks one state machine
/// for all of them rather than one per operation.
#[allow(dead_code)]
fn serve<A, P, F>(
    served: Served<A>,
    operation: &'static str,
    accepted: &'static [&'static str],
    query: Option<String>,
    request: axum::extract::Request,
    parse: impl FnOnce(Received<'_>) -> Result<P, Rejection> + Send + 'static,
    call: impl FnOnce(Arc<A>, P, axum::http::request::Parts) -> F + Send + 'static,
) -> Handling
where
    A: Api,
    P: Send + 'static,
    F: std::future::Future + Send + 'static,
    F::Output: IntoResponse,
{
    Box::pin(async move {
        let (head, body) = request.into_parts();
        match receive(
                operation,
                accepted,
                served.config.body_limit,
                &head,
                query.as_deref(),
                body,
                parse,
            )
            .await
        {
            Ok(parsed) => call(served.api, parsed, head).await.into_response(),
            Err(rejection) => served.api.reject(rejection),
        }
    })
}

/// A JSON response; a body that cannot be serialized is a server error, not a panic.
fn json_response(
    status: StatusCode,
    body: Result<Vec<u8>, serde_json::Error>,
) -> Response {
    match body {
        Ok(bytes) => {
            (status, [(axum::http::header::CONTENT_TYPE, "application/json")], bytes)
                .into_response()
        }
        Err(err) => {
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("cannot serialize the response: {err}"),
            )
                .into_response()
        }
    }
}

/// Path parameters, by position in the route template.
#[allow(dead_code)]
struct PathParams {
    operation: &'static str,
    values: Vec<String>,
}

#[allow(dead_code)]
impl PathParams {
    fn new(
        operation: &'static str,
        path: Result<Path<Vec<(String, String)>>, PathRejection>,
    ) -> Result<Self, Rejection> {
        match path {
            Ok(Path(pairs)) => {
                Ok(Self {
                    operation,
                    values: pairs.into_iter().map(|(_, value)| value).collect(),
                })
            }
            Err(err) => {
                Err(
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Path,
                        "",
                        err.body_text(),
                    ),
                )
            }
        }
    }

    fn get<T: ParamValue>(
        &self,
        index: usize,
        name: &'static str,
    ) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        T::from_param(raw)
            .map_err(|message| Rejection::invalid(
                self.operation,
                RejectionLocation::Path,
                name,
                message,
            ))
    }

    /// One parameter of a segment like `{id}.json`: `literals` are the texts around the
    /// parameters (`["", ".json"]`), `position` which parameter to take.
    fn get_within<T: ParamValue>(
        &self,
        index: usize,
        literals: &[&str],
        position: usize,
        name: &'static str,
    ) -> Result<T, Rejection> {
        let raw = self.values.get(index).map(String::as_str).unwrap_or_default();
        let value = split_segment(raw, literals)
            .and_then(|values| values.get(position).copied())
            .ok_or_else(|| {
                let template = literals.join("{}");
                Rejection::invalid(
                    self.operation,
                    RejectionLocation::Path,
                    name,
                    format!("`{raw}` does not match `{template}`"),
                )
            })?;
        T::from_param(value)
            .map_err(|message| Rejection::invalid(
                self.operation,
                RejectionLocation::Path,
                name,
                message,
            ))
    }
}

/// Splits `12.json` by `["", ".json"]` into `["12"]`; `None` when the text does not fit.
#[allow(dead_code)]
fn split_segment<'a>(text: &'a str, literals: &[&str]) -> Option<Vec<&'a str>> {
    let (first, rest) = literals.split_first()?;
    let (last, middle) = rest.split_last()?;
    let mut remaining = text.strip_prefix(first)?.strip_suffix(last)?;
    let mut values = Vec::with_capacity(rest.len());
    for literal in middle {
        let at = remaining.find(literal).filter(|_| !literal.is_empty())?;
        values.push(&remaining[..at]);
        remaining = &remaining[at + literal.len()..];
    }
    values.push(remaining);
    Some(values)
}

/// Query string (or cookie) pairs, decoded once.
#[allow(dead_code)]
struct QueryParams {
    operation: &'static str,
    /// `Query` or `Cookie`: where rejections say the value was.
    location: RejectionLocation,
    /// For the properties of an object packed in one value: the object's name, which
    /// rejections put before theirs (`corner.name`).
    within: Option<&'static str>,
    pairs: Vec<(String, String)>,
}

#[allow(dead_code)]
impl QueryParams {
    /// Splits and percent-decodes the query; text that is not UTF-8 once decoded is refused,
    /// naming the parameter, rather than replaced.
    fn parse(operation: &'static str, raw: Option<&str>) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for pair in raw.unwrap_or_default().split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_query_text(key)
                .map_err(|lossy| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        lossy,
                        "the parameter name is not UTF-8",
                    )
                })?;
            let value = decode_query_text(value)
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Query,
                        key.clone(),
                        "the value is not UTF-8",
                    )
                })?;
            pairs.push((key, value));
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Query,
            within: None,
            pairs,
        })
    }

    /// The cookies of every `Cookie` header (`name=value; name=value`), values percent-decoded.
    fn cookies(operation: &'static str, headers: &HeaderMap) -> Result<Self, Rejection> {
        let mut pairs = Vec::new();
        for header in headers.get_all(axum::http::header::COOKIE) {
            let text = header
                .to_str()
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Cookie,
                        "",
                        "the Cookie header is not visible ASCII",
                    )
                })?;
            for cookie in text
                .split(';')
                .map(str::trim)
                .filter(|cookie| !cookie.is_empty())
            {
                let (name, value) = cookie.split_once('=').unwrap_or((cookie, ""));
                let value = decode_query_text(value.trim_matches('"'))
                    .map_err(|_| {
                        Rejection::invalid(
                            operation,
                            RejectionLocation::Cookie,
                            name,
                            "the value is not UTF-8",
                        )
                    })?;
                pairs.push((name.to_owned(), value));
            }
        }
        Ok(Self {
            operation,
            location: RejectionLocation::Cookie,
            within: None,
            pairs,
        })
    }

    fn invalid(&self, name: &str, message: impl Into<String>) -> Rejection {
        match self.within {
            Some(object) => {
                Rejection::invalid(
                    self.operation,
                    self.location,
                    format!("{object}.{name}"),
                    message,
                )
            }
            None => Rejection::invalid(self.operation, self.location, name, message),
        }
    }

    /// The properties of an object sent as one value, `name,x,age,3` (`form`, not exploded).
    fn packed(&self, name: &'static str) -> Result<Self, Rejection> {
        let items: Vec<&str> = match self.first(name) {
            None | Some("") => Vec::new(),
            Some(value) => value.split(',').collect(),
        };
        let chunks = items.chunks_exact(2);
        if !chunks.remainder().is_empty() {
            return Err(
                self
                    .invalid(
                        name,
                        "expected property names and values in turn: `name,value,name,value`",
                    ),
            );
        }
        let pairs = chunks
            .filter_map(|pair| match pair {
                [name, value] => Some(((*name).to_owned(), (*value).to_owned())),
                _ => None,
            })
            .collect();
        Ok(Self {
            operation: self.operation,
            location: self.location,
            within: Some(name),
            pairs,
        })
    }

    fn first(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    fn optional<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some(value) => {
                T::from_param(value)
                    .map(Some)
                    .map_err(|message| self.invalid(name, message))
            }
        }
    }

    fn required<T: ParamValue>(&self, name: &'static str) -> Result<T, Rejection> {
        self.optional(name)?
            .ok_or_else(|| self.invalid(name, "this parameter is required"))
    }

    /// Absent is `None`, an empty value (`key=`) an explicit `null`.
    fn tri_state<T: ParamValue>(
        &self,
        name: &'static str,
    ) -> Result<Option<Option<T>>, Rejection> {
        match self.first(name) {
            None => Ok(None),
            Some("") => Ok(Some(None)),
            Some(value) => {
                T::from_param(value)
                    .map(|value| Some(Some(value)))
                    .map_err(|message| self.invalid(name, message))
            }
        }
    }

    fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }

    /// Whether any of an object's keys is present.
    fn has_any(&self, names: &[&str]) -> bool {
        names.iter().any(|name| self.has(name))
    }

    fn require(&self, name: &'static str) -> Result<(), Rejection> {
        if self.has(name) {
            Ok(())
        } else {
            Err(self.invalid(name, "this parameter is required"))
        }
    }

    /// Every value of a repeated parameter, through a list type's checking constructor.
    fn checked_list<T: ParamValue, L>(
        &self,
        name: &'static str,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.all(name)?).map_err(|err| self.invalid(name, err.to_string()))
    }

    fn all<T: ParamValue>(&self, name: &'static str) -> Result<Vec<T>, Rejection> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| {
                T::from_param(value).map_err(|message| self.invalid(name, message))
            })
            .collect()
    }

    /// The items of a list sent as one value (`a,b,c`), split at `delimiter` (a comma, space or
    /// pipe); an empty value is an empty list.
    fn split<T: ParamValue>(
        &self,
        name: &'static str,
        delimiter: char,
    ) -> Result<Vec<T>, Rejection> {
        match self.first(name) {
            None | Some("") => Ok(Vec::new()),
            Some(value) => {
                value
                    .split(delimiter)
                    .map(|item| {
                        T::from_param(item)
                            .map_err(|message| self.invalid(name, message))
                    })
                    .collect()
            }
        }
    }

    /// Like [`QueryParams::split`], through a list type's checking constructor.
    fn checked_split<T: ParamValue, L>(
        &self,
        name: &'static str,
        delimiter: char,
        build: impl FnOnce(Vec<T>) -> Result<L, ConstraintError>,
    ) -> Result<L, Rejection> {
        build(self.split(name, delimiter)?)
            .map_err(|err| self.invalid(name, err.to_string()))
    }
}

/// `application/x-www-form-urlencoded` decoding of one name or value: `+` is a space, `%XY` a
/// byte. `Err` holds a lossy rendering when the bytes are not UTF-8.
#[allow(dead_code)]
fn decode_query_text(text: &str) -> Result<String, String> {
    fn hex(byte: u8) -> Option<u8> {
        (byte as char).to_digit(16).and_then(|digit| u8::try_from(digit).ok())
    }
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'+' => decoded.push(b' '),
            b'%' => {
                match (
                    bytes.get(at + 1).copied().and_then(hex),
                    bytes.get(at + 2).copied().and_then(hex),
                ) {
                    (Some(high), Some(low)) => {
                        decoded.push(high * 16 + low);
                        at += 2;
                    }
                    _ => decoded.push(b'%'),
                }
            }
            other => decoded.push(other),
        }
        at += 1;
    }
    String::from_utf8(decoded)
        .map_err(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[allow(dead_code)]
fn header_optional<T: ParamValue>(
    operation: &'static str,
    headers: &HeaderMap,
    name: &'static str,
) -> Result<Option<T>, Rejection> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => {
            let text = value
                .to_str()
                .map_err(|_| {
                    Rejection::invalid(
                        operation,
                        RejectionLocation::Header,
                        name,
                        "the value is not visible ASCII",
                    )
                })?;
            T::from_param(text)
                .map(Some)
                .map_err(|message| Rejection::invalid(
                    operation,
                    RejectionLocation::Header,
                    name,
                    message,
                ))
        }
    }
}

#[allow(dead_code)]
fn header_required<T: ParamValue>(
    operation: &'static str,
    headers: &HeaderMap,
    name: &'static str,
) -> Result<T, Rejection> {
    header_optional(operation, headers, name)?
        .ok_or_else(|| Rejection::invalid(
            operation,
            RejectionLocation::Header,
            name,
            "this header is required",
        ))
}

/// Decodes a JSON body; the rejection names the path of the offending field.
#[allow(dead_code)]
fn json_body<T: serde::de::DeserializeOwned>(
    operation: &'static str,
    body: &Bytes,
) -> Result<T, Rejection> {
    if body.is_empty() {
        return Err(
            Rejection::invalid(
                operation,
                RejectionLocation::Body,
                "",
                "a JSON body is required",
            ),
        );
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|err| {
            let path = err.path().to_string();
            let name = if path == "." || path == "?" { String::new() } else { path };
            Rejection::invalid(
                operation,
                RejectionLocation::Body,
                name,
                err.into_inner().to_string(),
            )
        })?;
    deserializer
        .end()
        .map_err(|err| Rejection::invalid(
            operation,
            RejectionLocation::Body,
            "",
            err.to_string(),
        ))?;
    Ok(value)
}

/// Routes 1 to 200 of [`router`].
fn routes_1<A: Api>(router: axum::Router<Served<A>>) -> axum::Router<Served<A>> {
    router
        .route("/items001/{p0}", axum::routing::get(handle_item001::<A>))
        .route("/items002/{p0}", axum::routing::get(handle_item002::<A>))
        .route("/items003/{p0}", axum::routing::get(handle_item003::<A>))
        .route("/items004/{p0}", axum::routing::get(handle_item004::<A>))
        .route("/items005/{p0}", axum::routing::get(handle_item005::<A>))
        .route("/items006/{p0}", axum::routing::get(handle_item006::<A>))
        .route("/items007/{p0}", axum::routing::get(handle_item007::<A>))
        .route("/items008/{p0}", axum::routing::get(handle_item008::<A>))
        .route("/items009/{p0}", axum::routing::get(handle_item009::<A>))
        .route("/items010/{p0}", axum::routing::get(handle_item010::<A>))
        .route("/items011/{p0}", axum::routing::get(handle_item011::<A>))
        .route("/items012/{p0}", axum::routing::get(handle_item012::<A>))
        .route("/items013/{p0}", axum::routing::get(handle_item013::<A>))
        .route("/items014/{p0}", axum::routing::get(handle_item014::<A>))
        .route("/items015/{p0}", axum::routing::get(handle_item015::<A>))
        .route("/items016/{p0}", axum::routing::get(handle_item016::<A>))
        .route("/items017/{p0}", axum::routing::get(handle_item017::<A>))
        .route("/items018/{p0}", axum::routing::get(handle_item018::<A>))
        .route("/items019/{p0}", axum::routing::get(handle_item019::<A>))
        .route("/items020/{p0}", axum::routing::get(handle_item020::<A>))
        .route("/items021/{p0}", axum::routing::get(handle_item021::<A>))
        .route("/items022/{p0}", axum::routing::get(handle_item022::<A>))
        .route("/items023/{p0}", axum::routing::get(handle_item023::<A>))
        .route("/items024/{p0}", axum::routing::get(handle_item024::<A>))
        .route("/items025/{p0}", axum::routing::get(handle_item025::<A>))
        .route("/items026/{p0}", axum::routing::get(handle_item026::<A>))
        .route("/items027/{p0}", axum::routing::get(handle_item027::<A>))
        .route("/items028/{p0}", axum::routing::get(handle_item028::<A>))
        .route("/items029/{p0}", axum::routing::get(handle_item029::<A>))
        .route("/items030/{p0}", axum::routing::get(handle_item030::<A>))
        .route("/items031/{p0}", axum::routing::get(handle_item031::<A>))
        .route("/items032/{p0}", axum::routing::get(handle_item032::<A>))
        .route("/items033/{p0}", axum::routing::get(handle_item033::<A>))
        .route("/items034/{p0}", axum::routing::get(handle_item034::<A>))
        .route("/items035/{p0}", axum::routing::get(handle_item035::<A>))
        .route("/items036/{p0}", axum::routing::get(handle_item036::<A>))
        .route("/items037/{p0}", axum::routing::get(handle_item037::<A>))
        .route("/items038/{p0}", axum::routing::get(handle_item038::<A>))
        .route("/items039/{p0}", axum::routing::get(handle_item039::<A>))
        .route("/items040/{p0}", axum::routing::get(handle_item040::<A>))
        .route("/items041/{p0}", axum::routing::get(handle_item041::<A>))
        .route("/items042/{p0}", axum::routing::get(handle_item042::<A>))
        .route("/items043/{p0}", axum::routing::get(handle_item043::<A>))
        .route("/items044/{p0}", axum::routing::get(handle_item044::<A>))
        .route("/items045/{p0}", axum::routing::get(handle_item045::<A>))
        .route("/items046/{p0}", axum::routing::get(handle_item046::<A>))
        .route("/items047/{p0}", axum::routing::get(handle_item047::<A>))
        .route("/items048/{p0}", axum::routing::get(handle_item048::<A>))
        .route("/items049/{p0}", axum::routing::get(handle_item049::<A>))
        .route("/items050/{p0}", axum::routing::get(handle_item050::<A>))
        .route("/items051/{p0}", axum::routing::get(handle_item051::<A>))
        .route("/items052/{p0}", axum::routing::get(handle_item052::<A>))
        .route("/items053/{p0}", axum::routing::get(handle_item053::<A>))
        .route("/items054/{p0}", axum::routing::get(handle_item054::<A>))
        .route("/items055/{p0}", axum::routing::get(handle_item055::<A>))
        .route("/items056/{p0}", axum::routing::get(handle_item056::<A>))
        .route("/items057/{p0}", axum::routing::get(handle_item057::<A>))
        .route("/items058/{p0}", axum::routing::get(handle_item058::<A>))
        .route("/items059/{p0}", axum::routing::get(handle_item059::<A>))
        .route("/items060/{p0}", axum::routing::get(handle_item060::<A>))
        .route("/items061/{p0}", axum::routing::get(handle_item061::<A>))
        .route("/items062/{p0}", axum::routing::get(handle_item062::<A>))
        .route("/items063/{p0}", axum::routing::get(handle_item063::<A>))
        .route("/items064/{p0}", axum::routing::get(handle_item064::<A>))
        .route("/items065/{p0}", axum::routing::get(handle_item065::<A>))
        .route("/items066/{p0}", axum::routing::get(handle_item066::<A>))
        .route("/items067/{p0}", axum::routing::get(handle_item067::<A>))
        .route("/items068/{p0}", axum::routing::get(handle_item068::<A>))
        .route("/items069/{p0}", axum::routing::get(handle_item069::<A>))
        .route("/items070/{p0}", axum::routing::get(handle_item070::<A>))
        .route("/items071/{p0}", axum::routing::get(handle_item071::<A>))
        .route("/items072/{p0}", axum::routing::get(handle_item072::<A>))
        .route("/items073/{p0}", axum::routing::get(handle_item073::<A>))
        .route("/items074/{p0}", axum::routing::get(handle_item074::<A>))
        .route("/items075/{p0}", axum::routing::get(handle_item075::<A>))
        .route("/items076/{p0}", axum::routing::get(handle_item076::<A>))
        .route("/items077/{p0}", axum::routing::get(handle_item077::<A>))
        .route("/items078/{p0}", axum::routing::get(handle_item078::<A>))
        .route("/items079/{p0}", axum::routing::get(handle_item079::<A>))
        .route("/items080/{p0}", axum::routing::get(handle_item080::<A>))
        .route("/items081/{p0}", axum::routing::get(handle_item081::<A>))
        .route("/items082/{p0}", axum::routing::get(handle_item082::<A>))
        .route("/items083/{p0}", axum::routing::get(handle_item083::<A>))
        .route("/items084/{p0}", axum::routing::get(handle_item084::<A>))
        .route("/items085/{p0}", axum::routing::get(handle_item085::<A>))
        .route("/items086/{p0}", axum::routing::get(handle_item086::<A>))
        .route("/items087/{p0}", axum::routing::get(handle_item087::<A>))
        .route("/items088/{p0}", axum::routing::get(handle_item088::<A>))
        .route("/items089/{p0}", axum::routing::get(handle_item089::<A>))
        .route("/items090/{p0}", axum::routing::get(handle_item090::<A>))
        .route("/items091/{p0}", axum::routing::get(handle_item091::<A>))
        .route("/items092/{p0}", axum::routing::get(handle_item092::<A>))
        .route("/items093/{p0}", axum::routing::get(handle_item093::<A>))
        .route("/items094/{p0}", axum::routing::get(handle_item094::<A>))
        .route("/items095/{p0}", axum::routing::get(handle_item095::<A>))
        .route("/items096/{p0}", axum::routing::get(handle_item096::<A>))
        .route("/items097/{p0}", axum::routing::get(handle_item097::<A>))
        .route("/items098/{p0}", axum::routing::get(handle_item098::<A>))
        .route("/items099/{p0}", axum::routing::get(handle_item099::<A>))
        .route("/items100/{p0}", axum::routing::get(handle_item100::<A>))
        .route("/items101/{p0}", axum::routing::get(handle_item101::<A>))
        .route("/items102/{p0}", axum::routing::get(handle_item102::<A>))
        .route("/items103/{p0}", axum::routing::get(handle_item103::<A>))
        .route("/items104/{p0}", axum::routing::get(handle_item104::<A>))
        .route("/items105/{p0}", axum::routing::get(handle_item105::<A>))
        .route("/items106/{p0}", axum::routing::get(handle_item106::<A>))
        .route("/items107/{p0}", axum::routing::get(handle_item107::<A>))
        .route("/items108/{p0}", axum::routing::get(handle_item108::<A>))
        .route("/items109/{p0}", axum::routing::get(handle_item109::<A>))
        .route("/items110/{p0}", axum::routing::get(handle_item110::<A>))
        .route("/items111/{p0}", axum::routing::get(handle_item111::<A>))
        .route("/items112/{p0}", axum::routing::get(handle_item112::<A>))
        .route("/items113/{p0}", axum::routing::get(handle_item113::<A>))
        .route("/items114/{p0}", axum::routing::get(handle_item114::<A>))
        .route("/items115/{p0}", axum::routing::get(handle_item115::<A>))
        .route("/items116/{p0}", axum::routing::get(handle_item116::<A>))
        .route("/items117/{p0}", axum::routing::get(handle_item117::<A>))
        .route("/items118/{p0}", axum::routing::get(handle_item118::<A>))
        .route("/items119/{p0}", axum::routing::get(handle_item119::<A>))
        .route("/items120/{p0}", axum::routing::get(handle_item120::<A>))
        .route("/items121/{p0}", axum::routing::get(handle_item121::<A>))
        .route("/items122/{p0}", axum::routing::get(handle_item122::<A>))
        .route("/items123/{p0}", axum::routing::get(handle_item123::<A>))
        .route("/items124/{p0}", axum::routing::get(handle_item124::<A>))
        .route("/items125/{p0}", axum::routing::get(handle_item125::<A>))
        .route("/items126/{p0}", axum::routing::get(handle_item126::<A>))
        .route("/items127/{p0}", axum::routing::get(handle_item127::<A>))
        .route("/items128/{p0}", axum::routing::get(handle_item128::<A>))
        .route("/items129/{p0}", axum::routing::get(handle_item129::<A>))
        .route("/items130/{p0}", axum::routing::get(handle_item130::<A>))
        .route("/items131/{p0}", axum::routing::get(handle_item131::<A>))
        .route("/items132/{p0}", axum::routing::get(handle_item132::<A>))
        .route("/items133/{p0}", axum::routing::get(handle_item133::<A>))
        .route("/items134/{p0}", axum::routing::get(handle_item134::<A>))
        .route("/items135/{p0}", axum::routing::get(handle_item135::<A>))
        .route("/items136/{p0}", axum::routing::get(handle_item136::<A>))
        .route("/items137/{p0}", axum::routing::get(handle_item137::<A>))
        .route("/items138/{p0}", axum::routing::get(handle_item138::<A>))
        .route("/items139/{p0}", axum::routing::get(handle_item139::<A>))
        .route("/items140/{p0}", axum::routing::get(handle_item140::<A>))
        .route("/items141/{p0}", axum::routing::get(handle_item141::<A>))
        .route("/items142/{p0}", axum::routing::get(handle_item142::<A>))
        .route("/items143/{p0}", axum::routing::get(handle_item143::<A>))
        .route("/items144/{p0}", axum::routing::get(handle_item144::<A>))
        .route("/items145/{p0}", axum::routing::get(handle_item145::<A>))
        .route("/items146/{p0}", axum::routing::get(handle_item146::<A>))
        .route("/items147/{p0}", axum::routing::get(handle_item147::<A>))
        .route("/items148/{p0}", axum::routing::get(handle_item148::<A>))
        .route("/items149/{p0}", axum::routing::get(handle_item149::<A>))
        .route("/items150/{p0}", axum::routing::get(handle_item150::<A>))
        .route("/items151/{p0}", axum::routing::get(handle_item151::<A>))
        .route("/items152/{p0}", axum::routing::get(handle_item152::<A>))
        .route("/items153/{p0}", axum::routing::get(handle_item153::<A>))
        .route("/items154/{p0}", axum::routing::get(handle_item154::<A>))
        .route("/items155/{p0}", axum::routing::get(handle_item155::<A>))
        .route("/items156/{p0}", axum::routing::get(handle_item156::<A>))
        .route("/items157/{p0}", axum::routing::get(handle_item157::<A>))
        .route("/items158/{p0}", axum::routing::get(handle_item158::<A>))
        .route("/items159/{p0}", axum::routing::get(handle_item159::<A>))
        .route("/items160/{p0}", axum::routing::get(handle_item160::<A>))
        .route("/items161/{p0}", axum::routing::get(handle_item161::<A>))
        .route("/items162/{p0}", axum::routing::get(handle_item162::<A>))
        .route("/items163/{p0}", axum::routing::get(handle_item163::<A>))
        .route("/items164/{p0}", axum::routing::get(handle_item164::<A>))
        .route("/items165/{p0}", axum::routing::get(handle_item165::<A>))
        .route("/items166/{p0}", axum::routing::get(handle_item166::<A>))
        .route("/items167/{p0}", axum::routing::get(handle_item167::<A>))
        .route("/items168/{p0}", axum::routing::get(handle_item168::<A>))
        .route("/items169/{p0}", axum::routing::get(handle_item169::<A>))
        .route("/items170/{p0}", axum::routing::get(handle_item170::<A>))
        .route("/items171/{p0}", axum::routing::get(handle_item171::<A>))
        .route("/items172/{p0}", axum::routing::get(handle_item172::<A>))
        .route("/items173/{p0}", axum::routing::get(handle_item173::<A>))
        .route("/items174/{p0}", axum::routing::get(handle_item174::<A>))
        .route("/items175/{p0}", axum::routing::get(handle_item175::<A>))
        .route("/items176/{p0}", axum::routing::get(handle_item176::<A>))
        .route("/items177/{p0}", axum::routing::get(handle_item177::<A>))
        .route("/items178/{p0}", axum::routing::get(handle_item178::<A>))
        .route("/items179/{p0}", axum::routing::get(handle_item179::<A>))
        .route("/items180/{p0}", axum::routing::get(handle_item180::<A>))
        .route("/items181/{p0}", axum::routing::get(handle_item181::<A>))
        .route("/items182/{p0}", axum::routing::get(handle_item182::<A>))
        .route("/items183/{p0}", axum::routing::get(handle_item183::<A>))
        .route("/items184/{p0}", axum::routing::get(handle_item184::<A>))
        .route("/items185/{p0}", axum::routing::get(handle_item185::<A>))
        .route("/items186/{p0}", axum::routing::get(handle_item186::<A>))
        .route("/items187/{p0}", axum::routing::get(handle_item187::<A>))
        .route("/items188/{p0}", axum::routing::get(handle_item188::<A>))
        .route("/items189/{p0}", axum::routing::get(handle_item189::<A>))
        .route("/items190/{p0}", axum::routing::get(handle_item190::<A>))
        .route("/items191/{p0}", axum::routing::get(handle_item191::<A>))
        .route("/items192/{p0}", axum::routing::get(handle_item192::<A>))
        .route("/items193/{p0}", axum::routing::get(handle_item193::<A>))
        .route("/items194/{p0}", axum::routing::get(handle_item194::<A>))
        .route("/items195/{p0}", axum::routing::get(handle_item195::<A>))
        .route("/items196/{p0}", axum::routing::get(handle_item196::<A>))
        .route("/items197/{p0}", axum::routing::get(handle_item197::<A>))
        .route("/items198/{p0}", axum::routing::get(handle_item198::<A>))
        .route("/items199/{p0}", axum::routing::get(handle_item199::<A>))
        .route("/items200/{p0}", axum::routing::get(handle_item200::<A>))
}

/// Routes 201 to 400 of [`router`].
fn routes_2<A: Api>(router: axum::Router<Served<A>>) -> axum::Router<Served<A>> {
    router
        .route("/items201/{p0}", axum::routing::get(handle_item201::<A>))
        .route("/items202/{p0}", axum::routing::get(handle_item202::<A>))
        .route("/items203/{p0}", axum::routing::get(handle_item203::<A>))
        .route("/items204/{p0}", axum::routing::get(handle_item204::<A>))
        .route("/items205/{p0}", axum::routing::get(handle_item205::<A>))
        .route("/items206/{p0}", axum::routing::get(handle_item206::<A>))
        .route("/items207/{p0}", axum::routing::get(handle_item207::<A>))
        .route("/items208/{p0}", axum::routing::get(handle_item208::<A>))
        .route("/items209/{p0}", axum::routing::get(handle_item209::<A>))
        .route("/items210/{p0}", axum::routing::get(handle_item210::<A>))
        .route("/items211/{p0}", axum::routing::get(handle_item211::<A>))
        .route("/items212/{p0}", axum::routing::get(handle_item212::<A>))
        .route("/items213/{p0}", axum::routing::get(handle_item213::<A>))
        .route("/items214/{p0}", axum::routing::get(handle_item214::<A>))
        .route("/items215/{p0}", axum::routing::get(handle_item215::<A>))
        .route("/items216/{p0}", axum::routing::get(handle_item216::<A>))
        .route("/items217/{p0}", axum::routing::get(handle_item217::<A>))
        .route("/items218/{p0}", axum::routing::get(handle_item218::<A>))
        .route("/items219/{p0}", axum::routing::get(handle_item219::<A>))
        .route("/items220/{p0}", axum::routing::get(handle_item220::<A>))
        .route("/items221/{p0}", axum::routing::get(handle_item221::<A>))
        .route("/items222/{p0}", axum::routing::get(handle_item222::<A>))
        .route("/items223/{p0}", axum::routing::get(handle_item223::<A>))
        .route("/items224/{p0}", axum::routing::get(handle_item224::<A>))
        .route("/items225/{p0}", axum::routing::get(handle_item225::<A>))
        .route("/items226/{p0}", axum::routing::get(handle_item226::<A>))
        .route("/items227/{p0}", axum::routing::get(handle_item227::<A>))
        .route("/items228/{p0}", axum::routing::get(handle_item228::<A>))
        .route("/items229/{p0}", axum::routing::get(handle_item229::<A>))
        .route("/items230/{p0}", axum::routing::get(handle_item230::<A>))
        .route("/items231/{p0}", axum::routing::get(handle_item231::<A>))
        .route("/items232/{p0}", axum::routing::get(handle_item232::<A>))
        .route("/items233/{p0}", axum::routing::get(handle_item233::<A>))
        .route("/items234/{p0}", axum::routing::get(handle_item234::<A>))
        .route("/items235/{p0}", axum::routing::get(handle_item235::<A>))
        .route("/items236/{p0}", axum::routing::get(handle_item236::<A>))
        .route("/items237/{p0}", axum::routing::get(handle_item237::<A>))
        .route("/items238/{p0}", axum::routing::get(handle_item238::<A>))
        .route("/items239/{p0}", axum::routing::get(handle_item239::<A>))
        .route("/items240/{p0}", axum::routing::get(handle_item240::<A>))
        .route("/items241/{p0}", axum::routing::get(handle_item241::<A>))
        .route("/items242/{p0}", axum::routing::get(handle_item242::<A>))
        .route("/items243/{p0}", axum::routing::get(handle_item243::<A>))
        .route("/items244/{p0}", axum::routing::get(handle_item244::<A>))
        .route("/items245/{p0}", axum::routing::get(handle_item245::<A>))
        .route("/items246/{p0}", axum::routing::get(handle_item246::<A>))
        .route("/items247/{p0}", axum::routing::get(handle_item247::<A>))
        .route("/items248/{p0}", axum::routing::get(handle_item248::<A>))
        .route("/items249/{p0}", axum::routing::get(handle_item249::<A>))
        .route("/items250/{p0}", axum::routing::get(handle_item250::<A>))
        .route("/items251/{p0}", axum::routing::get(handle_item251::<A>))
        .route("/items252/{p0}", axum::routing::get(handle_item252::<A>))
        .route("/items253/{p0}", axum::routing::get(handle_item253::<A>))
        .route("/items254/{p0}", axum::routing::get(handle_item254::<A>))
        .route("/items255/{p0}", axum::routing::get(handle_item255::<A>))
        .route("/items256/{p0}", axum::routing::get(handle_item256::<A>))
        .route("/items257/{p0}", axum::routing::get(handle_item257::<A>))
        .route("/items258/{p0}", axum::routing::get(handle_item258::<A>))
        .route("/items259/{p0}", axum::routing::get(handle_item259::<A>))
        .route("/items260/{p0}", axum::routing::get(handle_item260::<A>))
        .route("/items261/{p0}", axum::routing::get(handle_item261::<A>))
        .route("/items262/{p0}", axum::routing::get(handle_item262::<A>))
        .route("/items263/{p0}", axum::routing::get(handle_item263::<A>))
        .route("/items264/{p0}", axum::routing::get(handle_item264::<A>))
        .route("/items265/{p0}", axum::routing::get(handle_item265::<A>))
        .route("/items266/{p0}", axum::routing::get(handle_item266::<A>))
        .route("/items267/{p0}", axum::routing::get(handle_item267::<A>))
        .route("/items268/{p0}", axum::routing::get(handle_item268::<A>))
        .route("/items269/{p0}", axum::routing::get(handle_item269::<A>))
        .route("/items270/{p0}", axum::routing::get(handle_item270::<A>))
        .route("/items271/{p0}", axum::routing::get(handle_item271::<A>))
        .route("/items272/{p0}", axum::routing::get(handle_item272::<A>))
        .route("/items273/{p0}", axum::routing::get(handle_item273::<A>))
        .route("/items274/{p0}", axum::routing::get(handle_item274::<A>))
        .route("/items275/{p0}", axum::routing::get(handle_item275::<A>))
        .route("/items276/{p0}", axum::routing::get(handle_item276::<A>))
        .route("/items277/{p0}", axum::routing::get(handle_item277::<A>))
        .route("/items278/{p0}", axum::routing::get(handle_item278::<A>))
        .route("/items279/{p0}", axum::routing::get(handle_item279::<A>))
        .route("/items280/{p0}", axum::routing::get(handle_item280::<A>))
        .route("/items281/{p0}", axum::routing::get(handle_item281::<A>))
        .route("/items282/{p0}", axum::routing::get(handle_item282::<A>))
        .route("/items283/{p0}", axum::routing::get(handle_item283::<A>))
        .route("/items284/{p0}", axum::routing::get(handle_item284::<A>))
        .route("/items285/{p0}", axum::routing::get(handle_item285::<A>))
        .route("/items286/{p0}", axum::routing::get(handle_item286::<A>))
        .route("/items287/{p0}", axum::routing::get(handle_item287::<A>))
        .route("/items288/{p0}", axum::routing::get(handle_item288::<A>))
        .route("/items289/{p0}", axum::routing::get(handle_item289::<A>))
        .route("/items290/{p0}", axum::routing::get(handle_item290::<A>))
        .route("/items291/{p0}", axum::routing::get(handle_item291::<A>))
        .route("/items292/{p0}", axum::routing::get(handle_item292::<A>))
        .route("/items293/{p0}", axum::routing::get(handle_item293::<A>))
        .route("/items294/{p0}", axum::routing::get(handle_item294::<A>))
        .route("/items295/{p0}", axum::routing::get(handle_item295::<A>))
        .route("/items296/{p0}", axum::routing::get(handle_item296::<A>))
        .route("/items297/{p0}", axum::routing::get(handle_item297::<A>))
        .route("/items298/{p0}", axum::routing::get(handle_item298::<A>))
        .route("/items299/{p0}", axum::routing::get(handle_item299::<A>))
        .route("/items300/{p0}", axum::routing::get(handle_item300::<A>))
        .route("/items301/{p0}", axum::routing::get(handle_item301::<A>))
        .route("/items302/{p0}", axum::routing::get(handle_item302::<A>))
        .route("/items303/{p0}", axum::routing::get(handle_item303::<A>))
        .route("/items304/{p0}", axum::routing::get(handle_item304::<A>))
        .route("/items305/{p0}", axum::routing::get(handle_item305::<A>))
        .route("/items306/{p0}", axum::routing::get(handle_item306::<A>))
        .route("/items307/{p0}", axum::routing::get(handle_item307::<A>))
        .route("/items308/{p0}", axum::routing::get(handle_item308::<A>))
        .route("/items309/{p0}", axum::routing::get(handle_item309::<A>))
        .route("/items310/{p0}", axum::routing::get(handle_item310::<A>))
        .route("/items311/{p0}", axum::routing::get(handle_item311::<A>))
        .route("/items312/{p0}", axum::routing::get(handle_item312::<A>))
        .route("/items313/{p0}", axum::routing::get(handle_item313::<A>))
        .route("/items314/{p0}", axum::routing::get(handle_item314::<A>))
        .route("/items315/{p0}", axum::routing::get(handle_item315::<A>))
        .route("/items316/{p0}", axum::routing::get(handle_item316::<A>))
        .route("/items317/{p0}", axum::routing::get(handle_item317::<A>))
        .route("/items318/{p0}", axum::routing::get(handle_item318::<A>))
        .route("/items319/{p0}", axum::routing::get(handle_item319::<A>))
        .route("/items320/{p0}", axum::routing::get(handle_item320::<A>))
        .route("/items321/{p0}", axum::routing::get(handle_item321::<A>))
        .route("/items322/{p0}", axum::routing::get(handle_item322::<A>))
        .route("/items323/{p0}", axum::routing::get(handle_item323::<A>))
        .route("/items324/{p0}", axum::routing::get(handle_item324::<A>))
        .route("/items325/{p0}", axum::routing::get(handle_item325::<A>))
        .route("/items326/{p0}", axum::routing::get(handle_item326::<A>))
        .route("/items327/{p0}", axum::routing::get(handle_item327::<A>))
        .route("/items328/{p0}", axum::routing::get(handle_item328::<A>))
        .route("/items329/{p0}", axum::routing::get(handle_item329::<A>))
        .route("/items330/{p0}", axum::routing::get(handle_item330::<A>))
        .route("/items331/{p0}", axum::routing::get(handle_item331::<A>))
        .route("/items332/{p0}", axum::routing::get(handle_item332::<A>))
        .route("/items333/{p0}", axum::routing::get(handle_item333::<A>))
        .route("/items334/{p0}", axum::routing::get(handle_item334::<A>))
        .route("/items335/{p0}", axum::routing::get(handle_item335::<A>))
        .route("/items336/{p0}", axum::routing::get(handle_item336::<A>))
        .route("/items337/{p0}", axum::routing::get(handle_item337::<A>))
        .route("/items338/{p0}", axum::routing::get(handle_item338::<A>))
        .route("/items339/{p0}", axum::routing::get(handle_item339::<A>))
        .route("/items340/{p0}", axum::routing::get(handle_item340::<A>))
        .route("/items341/{p0}", axum::routing::get(handle_item341::<A>))
        .route("/items342/{p0}", axum::routing::get(handle_item342::<A>))
        .route("/items343/{p0}", axum::routing::get(handle_item343::<A>))
        .route("/items344/{p0}", axum::routing::get(handle_item344::<A>))
        .route("/items345/{p0}", axum::routing::get(handle_item345::<A>))
        .route("/items346/{p0}", axum::routing::get(handle_item346::<A>))
        .route("/items347/{p0}", axum::routing::get(handle_item347::<A>))
        .route("/items348/{p0}", axum::routing::get(handle_item348::<A>))
        .route("/items349/{p0}", axum::routing::get(handle_item349::<A>))
        .route("/items350/{p0}", axum::routing::get(handle_item350::<A>))
        .route("/items351/{p0}", axum::routing::get(handle_item351::<A>))
        .route("/items352/{p0}", axum::routing::get(handle_item352::<A>))
        .route("/items353/{p0}", axum::routing::get(handle_item353::<A>))
        .route("/items354/{p0}", axum::routing::get(handle_item354::<A>))
        .route("/items355/{p0}", axum::routing::get(handle_item355::<A>))
        .route("/items356/{p0}", axum::routing::get(handle_item356::<A>))
        .route("/items357/{p0}", axum::routing::get(handle_item357::<A>))
        .route("/items358/{p0}", axum::routing::get(handle_item358::<A>))
        .route("/items359/{p0}", axum::routing::get(handle_item359::<A>))
        .route("/items360/{p0}", axum::routing::get(handle_item360::<A>))
        .route("/items361/{p0}", axum::routing::get(handle_item361::<A>))
        .route("/items362/{p0}", axum::routing::get(handle_item362::<A>))
        .route("/items363/{p0}", axum::routing::get(handle_item363::<A>))
        .route("/items364/{p0}", axum::routing::get(handle_item364::<A>))
        .route("/items365/{p0}", axum::routing::get(handle_item365::<A>))
        .route("/items366/{p0}", axum::routing::get(handle_item366::<A>))
        .route("/items367/{p0}", axum::routing::get(handle_item367::<A>))
        .route("/items368/{p0}", axum::routing::get(handle_item368::<A>))
        .route("/items369/{p0}", axum::routing::get(handle_item369::<A>))
        .route("/items370/{p0}", axum::routing::get(handle_item370::<A>))
        .route("/items371/{p0}", axum::routing::get(handle_item371::<A>))
        .route("/items372/{p0}", axum::routing::get(handle_item372::<A>))
        .route("/items373/{p0}", axum::routing::get(handle_item373::<A>))
        .route("/items374/{p0}", axum::routing::get(handle_item374::<A>))
        .route("/items375/{p0}", axum::routing::get(handle_item375::<A>))
        .route("/items376/{p0}", axum::routing::get(handle_item376::<A>))
        .route("/items377/{p0}", axum::routing::get(handle_item377::<A>))
        .route("/items378/{p0}", axum::routing::get(handle_item378::<A>))
        .route("/items379/{p0}", axum::routing::get(handle_item379::<A>))
        .route("/items380/{p0}", axum::routing::get(handle_item380::<A>))
        .route("/items381/{p0}", axum::routing::get(handle_item381::<A>))
        .route("/items382/{p0}", axum::routing::get(handle_item382::<A>))
        .route("/items383/{p0}", axum::routing::get(handle_item383::<A>))
        .route("/items384/{p0}", axum::routing::get(handle_item384::<A>))
        .route("/items385/{p0}", axum::routing::get(handle_item385::<A>))
        .route("/items386/{p0}", axum::routing::get(handle_item386::<A>))
        .route("/items387/{p0}", axum::routing::get(handle_item387::<A>))
        .route("/items388/{p0}", axum::routing::get(handle_item388::<A>))
        .route("/items389/{p0}", axum::routing::get(handle_item389::<A>))
        .route("/items390/{p0}", axum::routing::get(handle_item390::<A>))
        .route("/items391/{p0}", axum::routing::get(handle_item391::<A>))
        .route("/items392/{p0}", axum::routing::get(handle_item392::<A>))
        .route("/items393/{p0}", axum::routing::get(handle_item393::<A>))
        .route("/items394/{p0}", axum::routing::get(handle_item394::<A>))
        .route("/items395/{p0}", axum::routing::get(handle_item395::<A>))
        .route("/items396/{p0}", axum::routing::get(handle_item396::<A>))
        .route("/items397/{p0}", axum::routing::get(handle_item397::<A>))
        .route("/items398/{p0}", axum::routing::get(handle_item398::<A>))
        .route("/items399/{p0}", axum::routing::get(handle_item399::<A>))
        .route("/items400/{p0}", axum::routing::get(handle_item400::<A>))
}

/// Routes 401 to 410 of [`router`].
fn routes_3<A: Api>(router: axum::Router<Served<A>>) -> axum::Router<Served<A>> {
    router
        .route("/items401/{p0}", axum::routing::get(handle_item401::<A>))
        .route("/items402/{p0}", axum::routing::get(handle_item402::<A>))
        .route("/items403/{p0}", axum::routing::get(handle_item403::<A>))
        .route("/items404/{p0}", axum::routing::get(handle_item404::<A>))
        .route("/items405/{p0}", axum::routing::get(handle_item405::<A>))
        .route("/items406/{p0}", axum::routing::get(handle_item406::<A>))
        .route("/items407/{p0}", axum::routing::get(handle_item407::<A>))
        .route("/items408/{p0}", axum::routing::get(handle_item408::<A>))
        .route("/items409/{p0}", axum::routing::get(handle_item409::<A>))
        .route("/items410/{p0}", axum::routing::get(handle_item410::<A>))
}

/// Responses `item001` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item001Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item001Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item002` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item002Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item002Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item003` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item003Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item003Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item004` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item004Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item004Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item005` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item005Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item005Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item006` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item006Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item006Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item007` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item007Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item007Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item008` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item008Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item008Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item009` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item009Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item009Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item010` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item010Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item010Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item011` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item011Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item011Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item012` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item012Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item012Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item013` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item013Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item013Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item014` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item014Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item014Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item015` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item015Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item015Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item016` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item016Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item016Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item017` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item017Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item017Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item018` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item018Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item018Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item019` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item019Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item019Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item020` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item020Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item020Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item021` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item021Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item021Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item022` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item022Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item022Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item023` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item023Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item023Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item024` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item024Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item024Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item025` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item025Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item025Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item026` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item026Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item026Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item027` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item027Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item027Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item028` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item028Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item028Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item029` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item029Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item029Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item030` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item030Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item030Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item031` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item031Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item031Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item032` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item032Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item032Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item033` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item033Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item033Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item034` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item034Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item034Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item035` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item035Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item035Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item036` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item036Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item036Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item037` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item037Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item037Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item038` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item038Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item038Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item039` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item039Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item039Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item040` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item040Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item040Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item041` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item041Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item041Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item042` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item042Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item042Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item043` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item043Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item043Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item044` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item044Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item044Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item045` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item045Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item045Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item046` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item046Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item046Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item047` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item047Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item047Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item048` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item048Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item048Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item049` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item049Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item049Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item050` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item050Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item050Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item051` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item051Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item051Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item052` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item052Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item052Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item053` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item053Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item053Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item054` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item054Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item054Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item055` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item055Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item055Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item056` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item056Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item056Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item057` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item057Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item057Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item058` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item058Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item058Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item059` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item059Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item059Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item060` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item060Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item060Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item061` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item061Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item061Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item062` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item062Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item062Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item063` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item063Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item063Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item064` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item064Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item064Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item065` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item065Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item065Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item066` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item066Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item066Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item067` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item067Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item067Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item068` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item068Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item068Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item069` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item069Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item069Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item070` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item070Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item070Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item071` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item071Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item071Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item072` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item072Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item072Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item073` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item073Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item073Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item074` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item074Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item074Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item075` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item075Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item075Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item076` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item076Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item076Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item077` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item077Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item077Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item078` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item078Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item078Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item079` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item079Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item079Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item080` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item080Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item080Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item081` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item081Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item081Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item082` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item082Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item082Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item083` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item083Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item083Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item084` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item084Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item084Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item085` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item085Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item085Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item086` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item086Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item086Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item087` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item087Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item087Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item088` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item088Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item088Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item089` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item089Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item089Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item090` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item090Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item090Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item091` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item091Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item091Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item092` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item092Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item092Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item093` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item093Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item093Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item094` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item094Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item094Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item095` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item095Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item095Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item096` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item096Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item096Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item097` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item097Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item097Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item098` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item098Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item098Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item099` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item099Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item099Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item100` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item100Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item100Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item101` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item101Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item101Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item102` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item102Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item102Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item103` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item103Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item103Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item104` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item104Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item104Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item105` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item105Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item105Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item106` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item106Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item106Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item107` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item107Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item107Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item108` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item108Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item108Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item109` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item109Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item109Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item110` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item110Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item110Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item111` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item111Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item111Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item112` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item112Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item112Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item113` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item113Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item113Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item114` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item114Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item114Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item115` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item115Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item115Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item116` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item116Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item116Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item117` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item117Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item117Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item118` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item118Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item118Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item119` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item119Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item119Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item120` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item120Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item120Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item121` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item121Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item121Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item122` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item122Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item122Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item123` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item123Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item123Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item124` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item124Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item124Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item125` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item125Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item125Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item126` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item126Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item126Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item127` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item127Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item127Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item128` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item128Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item128Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item129` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item129Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item129Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item130` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item130Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item130Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item131` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item131Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item131Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item132` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item132Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item132Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item133` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item133Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item133Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item134` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item134Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item134Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item135` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item135Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item135Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item136` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item136Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item136Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item137` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item137Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item137Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item138` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item138Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item138Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item139` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item139Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item139Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item140` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item140Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item140Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item141` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item141Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item141Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item142` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item142Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item142Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item143` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item143Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item143Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item144` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item144Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item144Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item145` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item145Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item145Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item146` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item146Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item146Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item147` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item147Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item147Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item148` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item148Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item148Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item149` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item149Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item149Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item150` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item150Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item150Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item151` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item151Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item151Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item152` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item152Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item152Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item153` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item153Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item153Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item154` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item154Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item154Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item155` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item155Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item155Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item156` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item156Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item156Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item157` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item157Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item157Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item158` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item158Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item158Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item159` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item159Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item159Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item160` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item160Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item160Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item161` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item161Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item161Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item162` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item162Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item162Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item163` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item163Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item163Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item164` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item164Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item164Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item165` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item165Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item165Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item166` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item166Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item166Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item167` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item167Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item167Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item168` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item168Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item168Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item169` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item169Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item169Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item170` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item170Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item170Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item171` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item171Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item171Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item172` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item172Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item172Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item173` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item173Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item173Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item174` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item174Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item174Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item175` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item175Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item175Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item176` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item176Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item176Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item177` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item177Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item177Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item178` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item178Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item178Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item179` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item179Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item179Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item180` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item180Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item180Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item181` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item181Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item181Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item182` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item182Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item182Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item183` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item183Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item183Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item184` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item184Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item184Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item185` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item185Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item185Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item186` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item186Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item186Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item187` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item187Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item187Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item188` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item188Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item188Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item189` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item189Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item189Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item190` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item190Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item190Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item191` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item191Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item191Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item192` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item192Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item192Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item193` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item193Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item193Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item194` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item194Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item194Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item195` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item195Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item195Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item196` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item196Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item196Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item197` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item197Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item197Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item198` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item198Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item198Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item199` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item199Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item199Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item200` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item200Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item200Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item201` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item201Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item201Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item202` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item202Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item202Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item203` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item203Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item203Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item204` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item204Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item204Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item205` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item205Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item205Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item206` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item206Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item206Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item207` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item207Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item207Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item208` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item208Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item208Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item209` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item209Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item209Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item210` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item210Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item210Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item211` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item211Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item211Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item212` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item212Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item212Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item213` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item213Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item213Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item214` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item214Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item214Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item215` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item215Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item215Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item216` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item216Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item216Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item217` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item217Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item217Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item218` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item218Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item218Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item219` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item219Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item219Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item220` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item220Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item220Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item221` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item221Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item221Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item222` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item222Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item222Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item223` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item223Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item223Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item224` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item224Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item224Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item225` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item225Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item225Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item226` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item226Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item226Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item227` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item227Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item227Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item228` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item228Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item228Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item229` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item229Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item229Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item230` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item230Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item230Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item231` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item231Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item231Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item232` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item232Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item232Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item233` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item233Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item233Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item234` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item234Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item234Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item235` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item235Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item235Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item236` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item236Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item236Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item237` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item237Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item237Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item238` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item238Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item238Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item239` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item239Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item239Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item240` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item240Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item240Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item241` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item241Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item241Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item242` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item242Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item242Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item243` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item243Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item243Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item244` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item244Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item244Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item245` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item245Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item245Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item246` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item246Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item246Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item247` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item247Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item247Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item248` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item248Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item248Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item249` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item249Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item249Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item250` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item250Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item250Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item251` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item251Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item251Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item252` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item252Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item252Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item253` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item253Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item253Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item254` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item254Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item254Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item255` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item255Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item255Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item256` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item256Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item256Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item257` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item257Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item257Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item258` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item258Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item258Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item259` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item259Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item259Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item260` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item260Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item260Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item261` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item261Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item261Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item262` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item262Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item262Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item263` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item263Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item263Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item264` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item264Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item264Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item265` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item265Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item265Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item266` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item266Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item266Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item267` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item267Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item267Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item268` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item268Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item268Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item269` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item269Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item269Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item270` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item270Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item270Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item271` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item271Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item271Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item272` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item272Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item272Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item273` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item273Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item273Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item274` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item274Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item274Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item275` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item275Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item275Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item276` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item276Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item276Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item277` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item277Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item277Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item278` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item278Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item278Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item279` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item279Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item279Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item280` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item280Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item280Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item281` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item281Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item281Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item282` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item282Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item282Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item283` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item283Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item283Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item284` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item284Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item284Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item285` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item285Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item285Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item286` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item286Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item286Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item287` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item287Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item287Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item288` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item288Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item288Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item289` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item289Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item289Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item290` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item290Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item290Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item291` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item291Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item291Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item292` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item292Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item292Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item293` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item293Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item293Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item294` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item294Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item294Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item295` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item295Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item295Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item296` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item296Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item296Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item297` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item297Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item297Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item298` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item298Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item298Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item299` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item299Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item299Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item300` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item300Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item300Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item301` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item301Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item301Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item302` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item302Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item302Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item303` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item303Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item303Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item304` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item304Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item304Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item305` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item305Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item305Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item306` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item306Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item306Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item307` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item307Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item307Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item308` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item308Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item308Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item309` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item309Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item309Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item310` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item310Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item310Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item311` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item311Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item311Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item312` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item312Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item312Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item313` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item313Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item313Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item314` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item314Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item314Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item315` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item315Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item315Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item316` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item316Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item316Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item317` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item317Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item317Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item318` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item318Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item318Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item319` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item319Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item319Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item320` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item320Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item320Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item321` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item321Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item321Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item322` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item322Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item322Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item323` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item323Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item323Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item324` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item324Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item324Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item325` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item325Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item325Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item326` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item326Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item326Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item327` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item327Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item327Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item328` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item328Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item328Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item329` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item329Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item329Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item330` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item330Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item330Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item331` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item331Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item331Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item332` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item332Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item332Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item333` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item333Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item333Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item334` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item334Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item334Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item335` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item335Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item335Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item336` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item336Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item336Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item337` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item337Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item337Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item338` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item338Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item338Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item339` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item339Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item339Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item340` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item340Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item340Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item341` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item341Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item341Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item342` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item342Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item342Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item343` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item343Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item343Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item344` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item344Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item344Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item345` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item345Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item345Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item346` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item346Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item346Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item347` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item347Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item347Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item348` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item348Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item348Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item349` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item349Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item349Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item350` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item350Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item350Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item351` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item351Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item351Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item352` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item352Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item352Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item353` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item353Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item353Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item354` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item354Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item354Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item355` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item355Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item355Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item356` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item356Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item356Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item357` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item357Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item357Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item358` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item358Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item358Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item359` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item359Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item359Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item360` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item360Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item360Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item361` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item361Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item361Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item362` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item362Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item362Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item363` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item363Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item363Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item364` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item364Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item364Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item365` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item365Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item365Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item366` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item366Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item366Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item367` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item367Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item367Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item368` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item368Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item368Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item369` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item369Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item369Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item370` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item370Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item370Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item371` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item371Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item371Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item372` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item372Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item372Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item373` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item373Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item373Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item374` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item374Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item374Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item375` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item375Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item375Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item376` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item376Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item376Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item377` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item377Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item377Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item378` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item378Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item378Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item379` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item379Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item379Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item380` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item380Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item380Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item381` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item381Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item381Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item382` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item382Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item382Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item383` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item383Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item383Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item384` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item384Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item384Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item385` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item385Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item385Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item386` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item386Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item386Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item387` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item387Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item387Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item388` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item388Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item388Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item389` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item389Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item389Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item390` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item390Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item390Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item391` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item391Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item391Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item392` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item392Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item392Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item393` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item393Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item393Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item394` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item394Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item394Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item395` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item395Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item395Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item396` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item396Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item396Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item397` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item397Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item397Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item398` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item398Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item398Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item399` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item399Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item399Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item400` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item400Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item400Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item401` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item401Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item401Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item402` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item402Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item402Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item403` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item403Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item403Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item404` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item404Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item404Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item405` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item405Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item405Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item406` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item406Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item406Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item407` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item407Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item407Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item408` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item408Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item408Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item409` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item409Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item409Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Responses `item410` may answer with, one per documented status.
#[derive(Debug)]
pub enum Item410Response {
    /// which operation answered, and the id it was given
    Ok(Echo),
    /// Any response, sent as it is: a deliberate answer the spec does not document, kept
    /// visible in the code that chooses it.
    OutsideSpec(Response),
}

impl IntoResponse for Item410Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => json_response(StatusCode::OK, serde_json::to_vec(&body)),
            Self::OutsideSpec(response) => response,
        }
    }
}

/// Parses and validates a `item001` request.
fn parse_item001(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item001";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items001/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item001<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item001",
        &[],
        query,
        request,
        move |received| parse_item001(path, received),
        |api, id, head| { api.item001(id, head) },
    )
}

/// Parses and validates a `item002` request.
fn parse_item002(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item002";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items002/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item002<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item002",
        &[],
        query,
        request,
        move |received| parse_item002(path, received),
        |api, id, head| { api.item002(id, head) },
    )
}

/// Parses and validates a `item003` request.
fn parse_item003(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item003";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items003/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item003<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item003",
        &[],
        query,
        request,
        move |received| parse_item003(path, received),
        |api, id, head| { api.item003(id, head) },
    )
}

/// Parses and validates a `item004` request.
fn parse_item004(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item004";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items004/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item004<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item004",
        &[],
        query,
        request,
        move |received| parse_item004(path, received),
        |api, id, head| { api.item004(id, head) },
    )
}

/// Parses and validates a `item005` request.
fn parse_item005(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item005";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items005/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item005<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item005",
        &[],
        query,
        request,
        move |received| parse_item005(path, received),
        |api, id, head| { api.item005(id, head) },
    )
}

/// Parses and validates a `item006` request.
fn parse_item006(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item006";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items006/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item006<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item006",
        &[],
        query,
        request,
        move |received| parse_item006(path, received),
        |api, id, head| { api.item006(id, head) },
    )
}

/// Parses and validates a `item007` request.
fn parse_item007(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item007";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items007/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item007<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item007",
        &[],
        query,
        request,
        move |received| parse_item007(path, received),
        |api, id, head| { api.item007(id, head) },
    )
}

/// Parses and validates a `item008` request.
fn parse_item008(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item008";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items008/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item008<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item008",
        &[],
        query,
        request,
        move |received| parse_item008(path, received),
        |api, id, head| { api.item008(id, head) },
    )
}

/// Parses and validates a `item009` request.
fn parse_item009(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item009";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items009/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item009<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item009",
        &[],
        query,
        request,
        move |received| parse_item009(path, received),
        |api, id, head| { api.item009(id, head) },
    )
}

/// Parses and validates a `item010` request.
fn parse_item010(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item010";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items010/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item010<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item010",
        &[],
        query,
        request,
        move |received| parse_item010(path, received),
        |api, id, head| { api.item010(id, head) },
    )
}

/// Parses and validates a `item011` request.
fn parse_item011(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item011";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items011/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item011<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item011",
        &[],
        query,
        request,
        move |received| parse_item011(path, received),
        |api, id, head| { api.item011(id, head) },
    )
}

/// Parses and validates a `item012` request.
fn parse_item012(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item012";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items012/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item012<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item012",
        &[],
        query,
        request,
        move |received| parse_item012(path, received),
        |api, id, head| { api.item012(id, head) },
    )
}

/// Parses and validates a `item013` request.
fn parse_item013(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item013";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items013/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item013<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item013",
        &[],
        query,
        request,
        move |received| parse_item013(path, received),
        |api, id, head| { api.item013(id, head) },
    )
}

/// Parses and validates a `item014` request.
fn parse_item014(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item014";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items014/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item014<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item014",
        &[],
        query,
        request,
        move |received| parse_item014(path, received),
        |api, id, head| { api.item014(id, head) },
    )
}

/// Parses and validates a `item015` request.
fn parse_item015(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item015";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items015/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item015<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item015",
        &[],
        query,
        request,
        move |received| parse_item015(path, received),
        |api, id, head| { api.item015(id, head) },
    )
}

/// Parses and validates a `item016` request.
fn parse_item016(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item016";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items016/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item016<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item016",
        &[],
        query,
        request,
        move |received| parse_item016(path, received),
        |api, id, head| { api.item016(id, head) },
    )
}

/// Parses and validates a `item017` request.
fn parse_item017(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item017";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items017/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item017<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item017",
        &[],
        query,
        request,
        move |received| parse_item017(path, received),
        |api, id, head| { api.item017(id, head) },
    )
}

/// Parses and validates a `item018` request.
fn parse_item018(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item018";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items018/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item018<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item018",
        &[],
        query,
        request,
        move |received| parse_item018(path, received),
        |api, id, head| { api.item018(id, head) },
    )
}

/// Parses and validates a `item019` request.
fn parse_item019(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item019";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items019/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item019<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item019",
        &[],
        query,
        request,
        move |received| parse_item019(path, received),
        |api, id, head| { api.item019(id, head) },
    )
}

/// Parses and validates a `item020` request.
fn parse_item020(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item020";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items020/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item020<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item020",
        &[],
        query,
        request,
        move |received| parse_item020(path, received),
        |api, id, head| { api.item020(id, head) },
    )
}

/// Parses and validates a `item021` request.
fn parse_item021(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item021";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items021/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item021<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item021",
        &[],
        query,
        request,
        move |received| parse_item021(path, received),
        |api, id, head| { api.item021(id, head) },
    )
}

/// Parses and validates a `item022` request.
fn parse_item022(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item022";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items022/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item022<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item022",
        &[],
        query,
        request,
        move |received| parse_item022(path, received),
        |api, id, head| { api.item022(id, head) },
    )
}

/// Parses and validates a `item023` request.
fn parse_item023(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item023";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items023/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item023<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item023",
        &[],
        query,
        request,
        move |received| parse_item023(path, received),
        |api, id, head| { api.item023(id, head) },
    )
}

/// Parses and validates a `item024` request.
fn parse_item024(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item024";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items024/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item024<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item024",
        &[],
        query,
        request,
        move |received| parse_item024(path, received),
        |api, id, head| { api.item024(id, head) },
    )
}

/// Parses and validates a `item025` request.
fn parse_item025(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item025";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items025/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item025<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item025",
        &[],
        query,
        request,
        move |received| parse_item025(path, received),
        |api, id, head| { api.item025(id, head) },
    )
}

/// Parses and validates a `item026` request.
fn parse_item026(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item026";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items026/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item026<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item026",
        &[],
        query,
        request,
        move |received| parse_item026(path, received),
        |api, id, head| { api.item026(id, head) },
    )
}

/// Parses and validates a `item027` request.
fn parse_item027(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item027";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items027/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item027<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item027",
        &[],
        query,
        request,
        move |received| parse_item027(path, received),
        |api, id, head| { api.item027(id, head) },
    )
}

/// Parses and validates a `item028` request.
fn parse_item028(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item028";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items028/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item028<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item028",
        &[],
        query,
        request,
        move |received| parse_item028(path, received),
        |api, id, head| { api.item028(id, head) },
    )
}

/// Parses and validates a `item029` request.
fn parse_item029(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item029";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items029/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item029<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item029",
        &[],
        query,
        request,
        move |received| parse_item029(path, received),
        |api, id, head| { api.item029(id, head) },
    )
}

/// Parses and validates a `item030` request.
fn parse_item030(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item030";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items030/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item030<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item030",
        &[],
        query,
        request,
        move |received| parse_item030(path, received),
        |api, id, head| { api.item030(id, head) },
    )
}

/// Parses and validates a `item031` request.
fn parse_item031(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item031";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items031/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item031<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item031",
        &[],
        query,
        request,
        move |received| parse_item031(path, received),
        |api, id, head| { api.item031(id, head) },
    )
}

/// Parses and validates a `item032` request.
fn parse_item032(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item032";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items032/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item032<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item032",
        &[],
        query,
        request,
        move |received| parse_item032(path, received),
        |api, id, head| { api.item032(id, head) },
    )
}

/// Parses and validates a `item033` request.
fn parse_item033(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item033";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items033/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item033<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item033",
        &[],
        query,
        request,
        move |received| parse_item033(path, received),
        |api, id, head| { api.item033(id, head) },
    )
}

/// Parses and validates a `item034` request.
fn parse_item034(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item034";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items034/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item034<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item034",
        &[],
        query,
        request,
        move |received| parse_item034(path, received),
        |api, id, head| { api.item034(id, head) },
    )
}

/// Parses and validates a `item035` request.
fn parse_item035(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item035";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items035/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item035<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item035",
        &[],
        query,
        request,
        move |received| parse_item035(path, received),
        |api, id, head| { api.item035(id, head) },
    )
}

/// Parses and validates a `item036` request.
fn parse_item036(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item036";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items036/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item036<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item036",
        &[],
        query,
        request,
        move |received| parse_item036(path, received),
        |api, id, head| { api.item036(id, head) },
    )
}

/// Parses and validates a `item037` request.
fn parse_item037(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item037";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items037/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item037<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item037",
        &[],
        query,
        request,
        move |received| parse_item037(path, received),
        |api, id, head| { api.item037(id, head) },
    )
}

/// Parses and validates a `item038` request.
fn parse_item038(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item038";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items038/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item038<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item038",
        &[],
        query,
        request,
        move |received| parse_item038(path, received),
        |api, id, head| { api.item038(id, head) },
    )
}

/// Parses and validates a `item039` request.
fn parse_item039(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item039";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items039/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item039<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item039",
        &[],
        query,
        request,
        move |received| parse_item039(path, received),
        |api, id, head| { api.item039(id, head) },
    )
}

/// Parses and validates a `item040` request.
fn parse_item040(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item040";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items040/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item040<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item040",
        &[],
        query,
        request,
        move |received| parse_item040(path, received),
        |api, id, head| { api.item040(id, head) },
    )
}

/// Parses and validates a `item041` request.
fn parse_item041(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item041";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items041/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item041<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item041",
        &[],
        query,
        request,
        move |received| parse_item041(path, received),
        |api, id, head| { api.item041(id, head) },
    )
}

/// Parses and validates a `item042` request.
fn parse_item042(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item042";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items042/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item042<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item042",
        &[],
        query,
        request,
        move |received| parse_item042(path, received),
        |api, id, head| { api.item042(id, head) },
    )
}

/// Parses and validates a `item043` request.
fn parse_item043(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item043";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items043/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item043<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item043",
        &[],
        query,
        request,
        move |received| parse_item043(path, received),
        |api, id, head| { api.item043(id, head) },
    )
}

/// Parses and validates a `item044` request.
fn parse_item044(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item044";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items044/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item044<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item044",
        &[],
        query,
        request,
        move |received| parse_item044(path, received),
        |api, id, head| { api.item044(id, head) },
    )
}

/// Parses and validates a `item045` request.
fn parse_item045(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item045";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items045/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item045<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item045",
        &[],
        query,
        request,
        move |received| parse_item045(path, received),
        |api, id, head| { api.item045(id, head) },
    )
}

/// Parses and validates a `item046` request.
fn parse_item046(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item046";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items046/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item046<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item046",
        &[],
        query,
        request,
        move |received| parse_item046(path, received),
        |api, id, head| { api.item046(id, head) },
    )
}

/// Parses and validates a `item047` request.
fn parse_item047(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item047";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items047/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item047<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item047",
        &[],
        query,
        request,
        move |received| parse_item047(path, received),
        |api, id, head| { api.item047(id, head) },
    )
}

/// Parses and validates a `item048` request.
fn parse_item048(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item048";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items048/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item048<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item048",
        &[],
        query,
        request,
        move |received| parse_item048(path, received),
        |api, id, head| { api.item048(id, head) },
    )
}

/// Parses and validates a `item049` request.
fn parse_item049(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item049";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items049/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item049<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item049",
        &[],
        query,
        request,
        move |received| parse_item049(path, received),
        |api, id, head| { api.item049(id, head) },
    )
}

/// Parses and validates a `item050` request.
fn parse_item050(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item050";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items050/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item050<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item050",
        &[],
        query,
        request,
        move |received| parse_item050(path, received),
        |api, id, head| { api.item050(id, head) },
    )
}

/// Parses and validates a `item051` request.
fn parse_item051(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item051";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items051/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item051<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item051",
        &[],
        query,
        request,
        move |received| parse_item051(path, received),
        |api, id, head| { api.item051(id, head) },
    )
}

/// Parses and validates a `item052` request.
fn parse_item052(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item052";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items052/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item052<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item052",
        &[],
        query,
        request,
        move |received| parse_item052(path, received),
        |api, id, head| { api.item052(id, head) },
    )
}

/// Parses and validates a `item053` request.
fn parse_item053(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item053";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items053/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item053<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item053",
        &[],
        query,
        request,
        move |received| parse_item053(path, received),
        |api, id, head| { api.item053(id, head) },
    )
}

/// Parses and validates a `item054` request.
fn parse_item054(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item054";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items054/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item054<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item054",
        &[],
        query,
        request,
        move |received| parse_item054(path, received),
        |api, id, head| { api.item054(id, head) },
    )
}

/// Parses and validates a `item055` request.
fn parse_item055(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item055";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items055/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item055<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item055",
        &[],
        query,
        request,
        move |received| parse_item055(path, received),
        |api, id, head| { api.item055(id, head) },
    )
}

/// Parses and validates a `item056` request.
fn parse_item056(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item056";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items056/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item056<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item056",
        &[],
        query,
        request,
        move |received| parse_item056(path, received),
        |api, id, head| { api.item056(id, head) },
    )
}

/// Parses and validates a `item057` request.
fn parse_item057(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item057";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items057/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item057<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item057",
        &[],
        query,
        request,
        move |received| parse_item057(path, received),
        |api, id, head| { api.item057(id, head) },
    )
}

/// Parses and validates a `item058` request.
fn parse_item058(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item058";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items058/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item058<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item058",
        &[],
        query,
        request,
        move |received| parse_item058(path, received),
        |api, id, head| { api.item058(id, head) },
    )
}

/// Parses and validates a `item059` request.
fn parse_item059(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item059";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items059/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item059<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item059",
        &[],
        query,
        request,
        move |received| parse_item059(path, received),
        |api, id, head| { api.item059(id, head) },
    )
}

/// Parses and validates a `item060` request.
fn parse_item060(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item060";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items060/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item060<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item060",
        &[],
        query,
        request,
        move |received| parse_item060(path, received),
        |api, id, head| { api.item060(id, head) },
    )
}

/// Parses and validates a `item061` request.
fn parse_item061(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item061";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items061/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item061<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item061",
        &[],
        query,
        request,
        move |received| parse_item061(path, received),
        |api, id, head| { api.item061(id, head) },
    )
}

/// Parses and validates a `item062` request.
fn parse_item062(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item062";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items062/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item062<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item062",
        &[],
        query,
        request,
        move |received| parse_item062(path, received),
        |api, id, head| { api.item062(id, head) },
    )
}

/// Parses and validates a `item063` request.
fn parse_item063(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item063";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items063/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item063<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item063",
        &[],
        query,
        request,
        move |received| parse_item063(path, received),
        |api, id, head| { api.item063(id, head) },
    )
}

/// Parses and validates a `item064` request.
fn parse_item064(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item064";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items064/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item064<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item064",
        &[],
        query,
        request,
        move |received| parse_item064(path, received),
        |api, id, head| { api.item064(id, head) },
    )
}

/// Parses and validates a `item065` request.
fn parse_item065(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item065";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items065/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item065<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item065",
        &[],
        query,
        request,
        move |received| parse_item065(path, received),
        |api, id, head| { api.item065(id, head) },
    )
}

/// Parses and validates a `item066` request.
fn parse_item066(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item066";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items066/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item066<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item066",
        &[],
        query,
        request,
        move |received| parse_item066(path, received),
        |api, id, head| { api.item066(id, head) },
    )
}

/// Parses and validates a `item067` request.
fn parse_item067(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item067";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items067/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item067<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item067",
        &[],
        query,
        request,
        move |received| parse_item067(path, received),
        |api, id, head| { api.item067(id, head) },
    )
}

/// Parses and validates a `item068` request.
fn parse_item068(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item068";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items068/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item068<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item068",
        &[],
        query,
        request,
        move |received| parse_item068(path, received),
        |api, id, head| { api.item068(id, head) },
    )
}

/// Parses and validates a `item069` request.
fn parse_item069(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item069";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items069/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item069<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item069",
        &[],
        query,
        request,
        move |received| parse_item069(path, received),
        |api, id, head| { api.item069(id, head) },
    )
}

/// Parses and validates a `item070` request.
fn parse_item070(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item070";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items070/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item070<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item070",
        &[],
        query,
        request,
        move |received| parse_item070(path, received),
        |api, id, head| { api.item070(id, head) },
    )
}

/// Parses and validates a `item071` request.
fn parse_item071(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item071";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items071/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item071<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item071",
        &[],
        query,
        request,
        move |received| parse_item071(path, received),
        |api, id, head| { api.item071(id, head) },
    )
}

/// Parses and validates a `item072` request.
fn parse_item072(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item072";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items072/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item072<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item072",
        &[],
        query,
        request,
        move |received| parse_item072(path, received),
        |api, id, head| { api.item072(id, head) },
    )
}

/// Parses and validates a `item073` request.
fn parse_item073(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item073";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items073/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item073<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item073",
        &[],
        query,
        request,
        move |received| parse_item073(path, received),
        |api, id, head| { api.item073(id, head) },
    )
}

/// Parses and validates a `item074` request.
fn parse_item074(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item074";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items074/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item074<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item074",
        &[],
        query,
        request,
        move |received| parse_item074(path, received),
        |api, id, head| { api.item074(id, head) },
    )
}

/// Parses and validates a `item075` request.
fn parse_item075(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item075";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items075/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item075<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item075",
        &[],
        query,
        request,
        move |received| parse_item075(path, received),
        |api, id, head| { api.item075(id, head) },
    )
}

/// Parses and validates a `item076` request.
fn parse_item076(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item076";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items076/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item076<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item076",
        &[],
        query,
        request,
        move |received| parse_item076(path, received),
        |api, id, head| { api.item076(id, head) },
    )
}

/// Parses and validates a `item077` request.
fn parse_item077(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item077";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items077/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item077<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item077",
        &[],
        query,
        request,
        move |received| parse_item077(path, received),
        |api, id, head| { api.item077(id, head) },
    )
}

/// Parses and validates a `item078` request.
fn parse_item078(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item078";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items078/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item078<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item078",
        &[],
        query,
        request,
        move |received| parse_item078(path, received),
        |api, id, head| { api.item078(id, head) },
    )
}

/// Parses and validates a `item079` request.
fn parse_item079(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item079";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items079/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item079<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item079",
        &[],
        query,
        request,
        move |received| parse_item079(path, received),
        |api, id, head| { api.item079(id, head) },
    )
}

/// Parses and validates a `item080` request.
fn parse_item080(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item080";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items080/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item080<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item080",
        &[],
        query,
        request,
        move |received| parse_item080(path, received),
        |api, id, head| { api.item080(id, head) },
    )
}

/// Parses and validates a `item081` request.
fn parse_item081(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item081";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items081/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item081<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item081",
        &[],
        query,
        request,
        move |received| parse_item081(path, received),
        |api, id, head| { api.item081(id, head) },
    )
}

/// Parses and validates a `item082` request.
fn parse_item082(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item082";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items082/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item082<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item082",
        &[],
        query,
        request,
        move |received| parse_item082(path, received),
        |api, id, head| { api.item082(id, head) },
    )
}

/// Parses and validates a `item083` request.
fn parse_item083(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item083";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items083/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item083<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item083",
        &[],
        query,
        request,
        move |received| parse_item083(path, received),
        |api, id, head| { api.item083(id, head) },
    )
}

/// Parses and validates a `item084` request.
fn parse_item084(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item084";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items084/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item084<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item084",
        &[],
        query,
        request,
        move |received| parse_item084(path, received),
        |api, id, head| { api.item084(id, head) },
    )
}

/// Parses and validates a `item085` request.
fn parse_item085(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item085";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items085/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item085<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item085",
        &[],
        query,
        request,
        move |received| parse_item085(path, received),
        |api, id, head| { api.item085(id, head) },
    )
}

/// Parses and validates a `item086` request.
fn parse_item086(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item086";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items086/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item086<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item086",
        &[],
        query,
        request,
        move |received| parse_item086(path, received),
        |api, id, head| { api.item086(id, head) },
    )
}

/// Parses and validates a `item087` request.
fn parse_item087(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item087";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items087/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item087<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item087",
        &[],
        query,
        request,
        move |received| parse_item087(path, received),
        |api, id, head| { api.item087(id, head) },
    )
}

/// Parses and validates a `item088` request.
fn parse_item088(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item088";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items088/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item088<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item088",
        &[],
        query,
        request,
        move |received| parse_item088(path, received),
        |api, id, head| { api.item088(id, head) },
    )
}

/// Parses and validates a `item089` request.
fn parse_item089(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item089";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items089/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item089<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item089",
        &[],
        query,
        request,
        move |received| parse_item089(path, received),
        |api, id, head| { api.item089(id, head) },
    )
}

/// Parses and validates a `item090` request.
fn parse_item090(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item090";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items090/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item090<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item090",
        &[],
        query,
        request,
        move |received| parse_item090(path, received),
        |api, id, head| { api.item090(id, head) },
    )
}

/// Parses and validates a `item091` request.
fn parse_item091(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item091";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items091/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item091<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item091",
        &[],
        query,
        request,
        move |received| parse_item091(path, received),
        |api, id, head| { api.item091(id, head) },
    )
}

/// Parses and validates a `item092` request.
fn parse_item092(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item092";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items092/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item092<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item092",
        &[],
        query,
        request,
        move |received| parse_item092(path, received),
        |api, id, head| { api.item092(id, head) },
    )
}

/// Parses and validates a `item093` request.
fn parse_item093(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item093";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items093/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item093<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item093",
        &[],
        query,
        request,
        move |received| parse_item093(path, received),
        |api, id, head| { api.item093(id, head) },
    )
}

/// Parses and validates a `item094` request.
fn parse_item094(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item094";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items094/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item094<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item094",
        &[],
        query,
        request,
        move |received| parse_item094(path, received),
        |api, id, head| { api.item094(id, head) },
    )
}

/// Parses and validates a `item095` request.
fn parse_item095(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item095";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items095/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item095<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item095",
        &[],
        query,
        request,
        move |received| parse_item095(path, received),
        |api, id, head| { api.item095(id, head) },
    )
}

/// Parses and validates a `item096` request.
fn parse_item096(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item096";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items096/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item096<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item096",
        &[],
        query,
        request,
        move |received| parse_item096(path, received),
        |api, id, head| { api.item096(id, head) },
    )
}

/// Parses and validates a `item097` request.
fn parse_item097(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item097";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items097/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item097<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item097",
        &[],
        query,
        request,
        move |received| parse_item097(path, received),
        |api, id, head| { api.item097(id, head) },
    )
}

/// Parses and validates a `item098` request.
fn parse_item098(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item098";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items098/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item098<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item098",
        &[],
        query,
        request,
        move |received| parse_item098(path, received),
        |api, id, head| { api.item098(id, head) },
    )
}

/// Parses and validates a `item099` request.
fn parse_item099(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item099";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items099/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item099<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item099",
        &[],
        query,
        request,
        move |received| parse_item099(path, received),
        |api, id, head| { api.item099(id, head) },
    )
}

/// Parses and validates a `item100` request.
fn parse_item100(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item100";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items100/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item100<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item100",
        &[],
        query,
        request,
        move |received| parse_item100(path, received),
        |api, id, head| { api.item100(id, head) },
    )
}

/// Parses and validates a `item101` request.
fn parse_item101(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item101";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items101/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item101<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item101",
        &[],
        query,
        request,
        move |received| parse_item101(path, received),
        |api, id, head| { api.item101(id, head) },
    )
}

/// Parses and validates a `item102` request.
fn parse_item102(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item102";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items102/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item102<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item102",
        &[],
        query,
        request,
        move |received| parse_item102(path, received),
        |api, id, head| { api.item102(id, head) },
    )
}

/// Parses and validates a `item103` request.
fn parse_item103(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item103";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items103/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item103<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item103",
        &[],
        query,
        request,
        move |received| parse_item103(path, received),
        |api, id, head| { api.item103(id, head) },
    )
}

/// Parses and validates a `item104` request.
fn parse_item104(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item104";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items104/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item104<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item104",
        &[],
        query,
        request,
        move |received| parse_item104(path, received),
        |api, id, head| { api.item104(id, head) },
    )
}

/// Parses and validates a `item105` request.
fn parse_item105(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item105";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items105/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item105<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item105",
        &[],
        query,
        request,
        move |received| parse_item105(path, received),
        |api, id, head| { api.item105(id, head) },
    )
}

/// Parses and validates a `item106` request.
fn parse_item106(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item106";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items106/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item106<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item106",
        &[],
        query,
        request,
        move |received| parse_item106(path, received),
        |api, id, head| { api.item106(id, head) },
    )
}

/// Parses and validates a `item107` request.
fn parse_item107(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item107";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items107/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item107<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item107",
        &[],
        query,
        request,
        move |received| parse_item107(path, received),
        |api, id, head| { api.item107(id, head) },
    )
}

/// Parses and validates a `item108` request.
fn parse_item108(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item108";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items108/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item108<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item108",
        &[],
        query,
        request,
        move |received| parse_item108(path, received),
        |api, id, head| { api.item108(id, head) },
    )
}

/// Parses and validates a `item109` request.
fn parse_item109(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item109";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items109/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item109<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item109",
        &[],
        query,
        request,
        move |received| parse_item109(path, received),
        |api, id, head| { api.item109(id, head) },
    )
}

/// Parses and validates a `item110` request.
fn parse_item110(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item110";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items110/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item110<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item110",
        &[],
        query,
        request,
        move |received| parse_item110(path, received),
        |api, id, head| { api.item110(id, head) },
    )
}

/// Parses and validates a `item111` request.
fn parse_item111(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item111";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items111/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item111<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item111",
        &[],
        query,
        request,
        move |received| parse_item111(path, received),
        |api, id, head| { api.item111(id, head) },
    )
}

/// Parses and validates a `item112` request.
fn parse_item112(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item112";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items112/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item112<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item112",
        &[],
        query,
        request,
        move |received| parse_item112(path, received),
        |api, id, head| { api.item112(id, head) },
    )
}

/// Parses and validates a `item113` request.
fn parse_item113(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item113";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items113/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item113<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item113",
        &[],
        query,
        request,
        move |received| parse_item113(path, received),
        |api, id, head| { api.item113(id, head) },
    )
}

/// Parses and validates a `item114` request.
fn parse_item114(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item114";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items114/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item114<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item114",
        &[],
        query,
        request,
        move |received| parse_item114(path, received),
        |api, id, head| { api.item114(id, head) },
    )
}

/// Parses and validates a `item115` request.
fn parse_item115(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item115";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items115/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item115<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item115",
        &[],
        query,
        request,
        move |received| parse_item115(path, received),
        |api, id, head| { api.item115(id, head) },
    )
}

/// Parses and validates a `item116` request.
fn parse_item116(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item116";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items116/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item116<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item116",
        &[],
        query,
        request,
        move |received| parse_item116(path, received),
        |api, id, head| { api.item116(id, head) },
    )
}

/// Parses and validates a `item117` request.
fn parse_item117(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item117";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items117/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item117<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item117",
        &[],
        query,
        request,
        move |received| parse_item117(path, received),
        |api, id, head| { api.item117(id, head) },
    )
}

/// Parses and validates a `item118` request.
fn parse_item118(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item118";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items118/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item118<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item118",
        &[],
        query,
        request,
        move |received| parse_item118(path, received),
        |api, id, head| { api.item118(id, head) },
    )
}

/// Parses and validates a `item119` request.
fn parse_item119(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item119";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items119/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item119<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item119",
        &[],
        query,
        request,
        move |received| parse_item119(path, received),
        |api, id, head| { api.item119(id, head) },
    )
}

/// Parses and validates a `item120` request.
fn parse_item120(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item120";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items120/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item120<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item120",
        &[],
        query,
        request,
        move |received| parse_item120(path, received),
        |api, id, head| { api.item120(id, head) },
    )
}

/// Parses and validates a `item121` request.
fn parse_item121(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item121";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items121/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item121<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item121",
        &[],
        query,
        request,
        move |received| parse_item121(path, received),
        |api, id, head| { api.item121(id, head) },
    )
}

/// Parses and validates a `item122` request.
fn parse_item122(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item122";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items122/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item122<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item122",
        &[],
        query,
        request,
        move |received| parse_item122(path, received),
        |api, id, head| { api.item122(id, head) },
    )
}

/// Parses and validates a `item123` request.
fn parse_item123(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item123";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items123/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item123<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item123",
        &[],
        query,
        request,
        move |received| parse_item123(path, received),
        |api, id, head| { api.item123(id, head) },
    )
}

/// Parses and validates a `item124` request.
fn parse_item124(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item124";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items124/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item124<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item124",
        &[],
        query,
        request,
        move |received| parse_item124(path, received),
        |api, id, head| { api.item124(id, head) },
    )
}

/// Parses and validates a `item125` request.
fn parse_item125(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item125";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items125/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item125<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item125",
        &[],
        query,
        request,
        move |received| parse_item125(path, received),
        |api, id, head| { api.item125(id, head) },
    )
}

/// Parses and validates a `item126` request.
fn parse_item126(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item126";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items126/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item126<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item126",
        &[],
        query,
        request,
        move |received| parse_item126(path, received),
        |api, id, head| { api.item126(id, head) },
    )
}

/// Parses and validates a `item127` request.
fn parse_item127(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item127";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items127/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item127<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item127",
        &[],
        query,
        request,
        move |received| parse_item127(path, received),
        |api, id, head| { api.item127(id, head) },
    )
}

/// Parses and validates a `item128` request.
fn parse_item128(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item128";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items128/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item128<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item128",
        &[],
        query,
        request,
        move |received| parse_item128(path, received),
        |api, id, head| { api.item128(id, head) },
    )
}

/// Parses and validates a `item129` request.
fn parse_item129(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item129";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items129/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item129<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item129",
        &[],
        query,
        request,
        move |received| parse_item129(path, received),
        |api, id, head| { api.item129(id, head) },
    )
}

/// Parses and validates a `item130` request.
fn parse_item130(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item130";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items130/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item130<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item130",
        &[],
        query,
        request,
        move |received| parse_item130(path, received),
        |api, id, head| { api.item130(id, head) },
    )
}

/// Parses and validates a `item131` request.
fn parse_item131(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item131";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items131/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item131<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item131",
        &[],
        query,
        request,
        move |received| parse_item131(path, received),
        |api, id, head| { api.item131(id, head) },
    )
}

/// Parses and validates a `item132` request.
fn parse_item132(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item132";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items132/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item132<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item132",
        &[],
        query,
        request,
        move |received| parse_item132(path, received),
        |api, id, head| { api.item132(id, head) },
    )
}

/// Parses and validates a `item133` request.
fn parse_item133(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item133";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items133/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item133<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item133",
        &[],
        query,
        request,
        move |received| parse_item133(path, received),
        |api, id, head| { api.item133(id, head) },
    )
}

/// Parses and validates a `item134` request.
fn parse_item134(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item134";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items134/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item134<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item134",
        &[],
        query,
        request,
        move |received| parse_item134(path, received),
        |api, id, head| { api.item134(id, head) },
    )
}

/// Parses and validates a `item135` request.
fn parse_item135(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item135";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items135/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item135<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item135",
        &[],
        query,
        request,
        move |received| parse_item135(path, received),
        |api, id, head| { api.item135(id, head) },
    )
}

/// Parses and validates a `item136` request.
fn parse_item136(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item136";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items136/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item136<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item136",
        &[],
        query,
        request,
        move |received| parse_item136(path, received),
        |api, id, head| { api.item136(id, head) },
    )
}

/// Parses and validates a `item137` request.
fn parse_item137(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item137";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items137/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item137<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item137",
        &[],
        query,
        request,
        move |received| parse_item137(path, received),
        |api, id, head| { api.item137(id, head) },
    )
}

/// Parses and validates a `item138` request.
fn parse_item138(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item138";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items138/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item138<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item138",
        &[],
        query,
        request,
        move |received| parse_item138(path, received),
        |api, id, head| { api.item138(id, head) },
    )
}

/// Parses and validates a `item139` request.
fn parse_item139(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item139";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items139/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item139<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item139",
        &[],
        query,
        request,
        move |received| parse_item139(path, received),
        |api, id, head| { api.item139(id, head) },
    )
}

/// Parses and validates a `item140` request.
fn parse_item140(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item140";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items140/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item140<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item140",
        &[],
        query,
        request,
        move |received| parse_item140(path, received),
        |api, id, head| { api.item140(id, head) },
    )
}

/// Parses and validates a `item141` request.
fn parse_item141(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item141";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items141/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item141<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item141",
        &[],
        query,
        request,
        move |received| parse_item141(path, received),
        |api, id, head| { api.item141(id, head) },
    )
}

/// Parses and validates a `item142` request.
fn parse_item142(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item142";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items142/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item142<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item142",
        &[],
        query,
        request,
        move |received| parse_item142(path, received),
        |api, id, head| { api.item142(id, head) },
    )
}

/// Parses and validates a `item143` request.
fn parse_item143(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item143";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items143/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item143<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item143",
        &[],
        query,
        request,
        move |received| parse_item143(path, received),
        |api, id, head| { api.item143(id, head) },
    )
}

/// Parses and validates a `item144` request.
fn parse_item144(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item144";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items144/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item144<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item144",
        &[],
        query,
        request,
        move |received| parse_item144(path, received),
        |api, id, head| { api.item144(id, head) },
    )
}

/// Parses and validates a `item145` request.
fn parse_item145(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item145";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items145/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item145<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item145",
        &[],
        query,
        request,
        move |received| parse_item145(path, received),
        |api, id, head| { api.item145(id, head) },
    )
}

/// Parses and validates a `item146` request.
fn parse_item146(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item146";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items146/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item146<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item146",
        &[],
        query,
        request,
        move |received| parse_item146(path, received),
        |api, id, head| { api.item146(id, head) },
    )
}

/// Parses and validates a `item147` request.
fn parse_item147(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item147";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items147/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item147<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item147",
        &[],
        query,
        request,
        move |received| parse_item147(path, received),
        |api, id, head| { api.item147(id, head) },
    )
}

/// Parses and validates a `item148` request.
fn parse_item148(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item148";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items148/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item148<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item148",
        &[],
        query,
        request,
        move |received| parse_item148(path, received),
        |api, id, head| { api.item148(id, head) },
    )
}

/// Parses and validates a `item149` request.
fn parse_item149(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item149";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items149/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item149<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item149",
        &[],
        query,
        request,
        move |received| parse_item149(path, received),
        |api, id, head| { api.item149(id, head) },
    )
}

/// Parses and validates a `item150` request.
fn parse_item150(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item150";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items150/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item150<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item150",
        &[],
        query,
        request,
        move |received| parse_item150(path, received),
        |api, id, head| { api.item150(id, head) },
    )
}

/// Parses and validates a `item151` request.
fn parse_item151(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item151";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items151/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item151<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item151",
        &[],
        query,
        request,
        move |received| parse_item151(path, received),
        |api, id, head| { api.item151(id, head) },
    )
}

/// Parses and validates a `item152` request.
fn parse_item152(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item152";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items152/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item152<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item152",
        &[],
        query,
        request,
        move |received| parse_item152(path, received),
        |api, id, head| { api.item152(id, head) },
    )
}

/// Parses and validates a `item153` request.
fn parse_item153(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item153";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items153/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item153<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item153",
        &[],
        query,
        request,
        move |received| parse_item153(path, received),
        |api, id, head| { api.item153(id, head) },
    )
}

/// Parses and validates a `item154` request.
fn parse_item154(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item154";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items154/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item154<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item154",
        &[],
        query,
        request,
        move |received| parse_item154(path, received),
        |api, id, head| { api.item154(id, head) },
    )
}

/// Parses and validates a `item155` request.
fn parse_item155(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item155";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items155/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item155<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item155",
        &[],
        query,
        request,
        move |received| parse_item155(path, received),
        |api, id, head| { api.item155(id, head) },
    )
}

/// Parses and validates a `item156` request.
fn parse_item156(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item156";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items156/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item156<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item156",
        &[],
        query,
        request,
        move |received| parse_item156(path, received),
        |api, id, head| { api.item156(id, head) },
    )
}

/// Parses and validates a `item157` request.
fn parse_item157(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item157";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items157/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item157<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item157",
        &[],
        query,
        request,
        move |received| parse_item157(path, received),
        |api, id, head| { api.item157(id, head) },
    )
}

/// Parses and validates a `item158` request.
fn parse_item158(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item158";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items158/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item158<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item158",
        &[],
        query,
        request,
        move |received| parse_item158(path, received),
        |api, id, head| { api.item158(id, head) },
    )
}

/// Parses and validates a `item159` request.
fn parse_item159(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item159";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items159/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item159<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item159",
        &[],
        query,
        request,
        move |received| parse_item159(path, received),
        |api, id, head| { api.item159(id, head) },
    )
}

/// Parses and validates a `item160` request.
fn parse_item160(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item160";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items160/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item160<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item160",
        &[],
        query,
        request,
        move |received| parse_item160(path, received),
        |api, id, head| { api.item160(id, head) },
    )
}

/// Parses and validates a `item161` request.
fn parse_item161(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item161";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items161/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item161<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item161",
        &[],
        query,
        request,
        move |received| parse_item161(path, received),
        |api, id, head| { api.item161(id, head) },
    )
}

/// Parses and validates a `item162` request.
fn parse_item162(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item162";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items162/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item162<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item162",
        &[],
        query,
        request,
        move |received| parse_item162(path, received),
        |api, id, head| { api.item162(id, head) },
    )
}

/// Parses and validates a `item163` request.
fn parse_item163(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item163";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items163/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item163<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item163",
        &[],
        query,
        request,
        move |received| parse_item163(path, received),
        |api, id, head| { api.item163(id, head) },
    )
}

/// Parses and validates a `item164` request.
fn parse_item164(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item164";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items164/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item164<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item164",
        &[],
        query,
        request,
        move |received| parse_item164(path, received),
        |api, id, head| { api.item164(id, head) },
    )
}

/// Parses and validates a `item165` request.
fn parse_item165(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item165";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items165/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item165<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item165",
        &[],
        query,
        request,
        move |received| parse_item165(path, received),
        |api, id, head| { api.item165(id, head) },
    )
}

/// Parses and validates a `item166` request.
fn parse_item166(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item166";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items166/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item166<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item166",
        &[],
        query,
        request,
        move |received| parse_item166(path, received),
        |api, id, head| { api.item166(id, head) },
    )
}

/// Parses and validates a `item167` request.
fn parse_item167(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item167";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items167/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item167<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item167",
        &[],
        query,
        request,
        move |received| parse_item167(path, received),
        |api, id, head| { api.item167(id, head) },
    )
}

/// Parses and validates a `item168` request.
fn parse_item168(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item168";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items168/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item168<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item168",
        &[],
        query,
        request,
        move |received| parse_item168(path, received),
        |api, id, head| { api.item168(id, head) },
    )
}

/// Parses and validates a `item169` request.
fn parse_item169(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item169";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items169/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item169<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item169",
        &[],
        query,
        request,
        move |received| parse_item169(path, received),
        |api, id, head| { api.item169(id, head) },
    )
}

/// Parses and validates a `item170` request.
fn parse_item170(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item170";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items170/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item170<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item170",
        &[],
        query,
        request,
        move |received| parse_item170(path, received),
        |api, id, head| { api.item170(id, head) },
    )
}

/// Parses and validates a `item171` request.
fn parse_item171(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item171";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items171/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item171<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item171",
        &[],
        query,
        request,
        move |received| parse_item171(path, received),
        |api, id, head| { api.item171(id, head) },
    )
}

/// Parses and validates a `item172` request.
fn parse_item172(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item172";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items172/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item172<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item172",
        &[],
        query,
        request,
        move |received| parse_item172(path, received),
        |api, id, head| { api.item172(id, head) },
    )
}

/// Parses and validates a `item173` request.
fn parse_item173(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item173";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items173/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item173<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item173",
        &[],
        query,
        request,
        move |received| parse_item173(path, received),
        |api, id, head| { api.item173(id, head) },
    )
}

/// Parses and validates a `item174` request.
fn parse_item174(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item174";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items174/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item174<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item174",
        &[],
        query,
        request,
        move |received| parse_item174(path, received),
        |api, id, head| { api.item174(id, head) },
    )
}

/// Parses and validates a `item175` request.
fn parse_item175(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item175";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items175/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item175<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item175",
        &[],
        query,
        request,
        move |received| parse_item175(path, received),
        |api, id, head| { api.item175(id, head) },
    )
}

/// Parses and validates a `item176` request.
fn parse_item176(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item176";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items176/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item176<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item176",
        &[],
        query,
        request,
        move |received| parse_item176(path, received),
        |api, id, head| { api.item176(id, head) },
    )
}

/// Parses and validates a `item177` request.
fn parse_item177(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item177";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items177/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item177<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item177",
        &[],
        query,
        request,
        move |received| parse_item177(path, received),
        |api, id, head| { api.item177(id, head) },
    )
}

/// Parses and validates a `item178` request.
fn parse_item178(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item178";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items178/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item178<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item178",
        &[],
        query,
        request,
        move |received| parse_item178(path, received),
        |api, id, head| { api.item178(id, head) },
    )
}

/// Parses and validates a `item179` request.
fn parse_item179(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item179";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items179/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item179<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item179",
        &[],
        query,
        request,
        move |received| parse_item179(path, received),
        |api, id, head| { api.item179(id, head) },
    )
}

/// Parses and validates a `item180` request.
fn parse_item180(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item180";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items180/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item180<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item180",
        &[],
        query,
        request,
        move |received| parse_item180(path, received),
        |api, id, head| { api.item180(id, head) },
    )
}

/// Parses and validates a `item181` request.
fn parse_item181(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item181";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items181/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item181<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item181",
        &[],
        query,
        request,
        move |received| parse_item181(path, received),
        |api, id, head| { api.item181(id, head) },
    )
}

/// Parses and validates a `item182` request.
fn parse_item182(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item182";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items182/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item182<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item182",
        &[],
        query,
        request,
        move |received| parse_item182(path, received),
        |api, id, head| { api.item182(id, head) },
    )
}

/// Parses and validates a `item183` request.
fn parse_item183(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item183";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items183/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item183<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item183",
        &[],
        query,
        request,
        move |received| parse_item183(path, received),
        |api, id, head| { api.item183(id, head) },
    )
}

/// Parses and validates a `item184` request.
fn parse_item184(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item184";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items184/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item184<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item184",
        &[],
        query,
        request,
        move |received| parse_item184(path, received),
        |api, id, head| { api.item184(id, head) },
    )
}

/// Parses and validates a `item185` request.
fn parse_item185(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item185";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items185/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item185<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item185",
        &[],
        query,
        request,
        move |received| parse_item185(path, received),
        |api, id, head| { api.item185(id, head) },
    )
}

/// Parses and validates a `item186` request.
fn parse_item186(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item186";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items186/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item186<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item186",
        &[],
        query,
        request,
        move |received| parse_item186(path, received),
        |api, id, head| { api.item186(id, head) },
    )
}

/// Parses and validates a `item187` request.
fn parse_item187(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item187";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items187/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item187<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item187",
        &[],
        query,
        request,
        move |received| parse_item187(path, received),
        |api, id, head| { api.item187(id, head) },
    )
}

/// Parses and validates a `item188` request.
fn parse_item188(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item188";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items188/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item188<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item188",
        &[],
        query,
        request,
        move |received| parse_item188(path, received),
        |api, id, head| { api.item188(id, head) },
    )
}

/// Parses and validates a `item189` request.
fn parse_item189(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item189";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items189/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item189<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item189",
        &[],
        query,
        request,
        move |received| parse_item189(path, received),
        |api, id, head| { api.item189(id, head) },
    )
}

/// Parses and validates a `item190` request.
fn parse_item190(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item190";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items190/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item190<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item190",
        &[],
        query,
        request,
        move |received| parse_item190(path, received),
        |api, id, head| { api.item190(id, head) },
    )
}

/// Parses and validates a `item191` request.
fn parse_item191(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item191";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items191/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item191<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item191",
        &[],
        query,
        request,
        move |received| parse_item191(path, received),
        |api, id, head| { api.item191(id, head) },
    )
}

/// Parses and validates a `item192` request.
fn parse_item192(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item192";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items192/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item192<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item192",
        &[],
        query,
        request,
        move |received| parse_item192(path, received),
        |api, id, head| { api.item192(id, head) },
    )
}

/// Parses and validates a `item193` request.
fn parse_item193(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item193";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items193/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item193<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item193",
        &[],
        query,
        request,
        move |received| parse_item193(path, received),
        |api, id, head| { api.item193(id, head) },
    )
}

/// Parses and validates a `item194` request.
fn parse_item194(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item194";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items194/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item194<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item194",
        &[],
        query,
        request,
        move |received| parse_item194(path, received),
        |api, id, head| { api.item194(id, head) },
    )
}

/// Parses and validates a `item195` request.
fn parse_item195(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item195";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items195/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item195<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item195",
        &[],
        query,
        request,
        move |received| parse_item195(path, received),
        |api, id, head| { api.item195(id, head) },
    )
}

/// Parses and validates a `item196` request.
fn parse_item196(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item196";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items196/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item196<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item196",
        &[],
        query,
        request,
        move |received| parse_item196(path, received),
        |api, id, head| { api.item196(id, head) },
    )
}

/// Parses and validates a `item197` request.
fn parse_item197(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item197";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items197/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item197<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item197",
        &[],
        query,
        request,
        move |received| parse_item197(path, received),
        |api, id, head| { api.item197(id, head) },
    )
}

/// Parses and validates a `item198` request.
fn parse_item198(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item198";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items198/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item198<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item198",
        &[],
        query,
        request,
        move |received| parse_item198(path, received),
        |api, id, head| { api.item198(id, head) },
    )
}

/// Parses and validates a `item199` request.
fn parse_item199(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item199";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items199/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item199<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item199",
        &[],
        query,
        request,
        move |received| parse_item199(path, received),
        |api, id, head| { api.item199(id, head) },
    )
}

/// Parses and validates a `item200` request.
fn parse_item200(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item200";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items200/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item200<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item200",
        &[],
        query,
        request,
        move |received| parse_item200(path, received),
        |api, id, head| { api.item200(id, head) },
    )
}

/// Parses and validates a `item201` request.
fn parse_item201(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item201";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items201/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item201<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item201",
        &[],
        query,
        request,
        move |received| parse_item201(path, received),
        |api, id, head| { api.item201(id, head) },
    )
}

/// Parses and validates a `item202` request.
fn parse_item202(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item202";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items202/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item202<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item202",
        &[],
        query,
        request,
        move |received| parse_item202(path, received),
        |api, id, head| { api.item202(id, head) },
    )
}

/// Parses and validates a `item203` request.
fn parse_item203(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item203";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items203/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item203<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item203",
        &[],
        query,
        request,
        move |received| parse_item203(path, received),
        |api, id, head| { api.item203(id, head) },
    )
}

/// Parses and validates a `item204` request.
fn parse_item204(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item204";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items204/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item204<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item204",
        &[],
        query,
        request,
        move |received| parse_item204(path, received),
        |api, id, head| { api.item204(id, head) },
    )
}

/// Parses and validates a `item205` request.
fn parse_item205(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item205";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items205/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item205<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item205",
        &[],
        query,
        request,
        move |received| parse_item205(path, received),
        |api, id, head| { api.item205(id, head) },
    )
}

/// Parses and validates a `item206` request.
fn parse_item206(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item206";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items206/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item206<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item206",
        &[],
        query,
        request,
        move |received| parse_item206(path, received),
        |api, id, head| { api.item206(id, head) },
    )
}

/// Parses and validates a `item207` request.
fn parse_item207(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item207";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items207/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item207<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item207",
        &[],
        query,
        request,
        move |received| parse_item207(path, received),
        |api, id, head| { api.item207(id, head) },
    )
}

/// Parses and validates a `item208` request.
fn parse_item208(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item208";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items208/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item208<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item208",
        &[],
        query,
        request,
        move |received| parse_item208(path, received),
        |api, id, head| { api.item208(id, head) },
    )
}

/// Parses and validates a `item209` request.
fn parse_item209(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item209";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items209/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item209<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item209",
        &[],
        query,
        request,
        move |received| parse_item209(path, received),
        |api, id, head| { api.item209(id, head) },
    )
}

/// Parses and validates a `item210` request.
fn parse_item210(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item210";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items210/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item210<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item210",
        &[],
        query,
        request,
        move |received| parse_item210(path, received),
        |api, id, head| { api.item210(id, head) },
    )
}

/// Parses and validates a `item211` request.
fn parse_item211(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item211";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items211/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item211<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item211",
        &[],
        query,
        request,
        move |received| parse_item211(path, received),
        |api, id, head| { api.item211(id, head) },
    )
}

/// Parses and validates a `item212` request.
fn parse_item212(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item212";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items212/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item212<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item212",
        &[],
        query,
        request,
        move |received| parse_item212(path, received),
        |api, id, head| { api.item212(id, head) },
    )
}

/// Parses and validates a `item213` request.
fn parse_item213(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item213";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items213/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item213<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item213",
        &[],
        query,
        request,
        move |received| parse_item213(path, received),
        |api, id, head| { api.item213(id, head) },
    )
}

/// Parses and validates a `item214` request.
fn parse_item214(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item214";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items214/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item214<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item214",
        &[],
        query,
        request,
        move |received| parse_item214(path, received),
        |api, id, head| { api.item214(id, head) },
    )
}

/// Parses and validates a `item215` request.
fn parse_item215(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item215";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items215/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item215<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item215",
        &[],
        query,
        request,
        move |received| parse_item215(path, received),
        |api, id, head| { api.item215(id, head) },
    )
}

/// Parses and validates a `item216` request.
fn parse_item216(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item216";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items216/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item216<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item216",
        &[],
        query,
        request,
        move |received| parse_item216(path, received),
        |api, id, head| { api.item216(id, head) },
    )
}

/// Parses and validates a `item217` request.
fn parse_item217(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item217";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items217/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item217<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item217",
        &[],
        query,
        request,
        move |received| parse_item217(path, received),
        |api, id, head| { api.item217(id, head) },
    )
}

/// Parses and validates a `item218` request.
fn parse_item218(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item218";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items218/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item218<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item218",
        &[],
        query,
        request,
        move |received| parse_item218(path, received),
        |api, id, head| { api.item218(id, head) },
    )
}

/// Parses and validates a `item219` request.
fn parse_item219(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item219";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items219/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item219<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item219",
        &[],
        query,
        request,
        move |received| parse_item219(path, received),
        |api, id, head| { api.item219(id, head) },
    )
}

/// Parses and validates a `item220` request.
fn parse_item220(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item220";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items220/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item220<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item220",
        &[],
        query,
        request,
        move |received| parse_item220(path, received),
        |api, id, head| { api.item220(id, head) },
    )
}

/// Parses and validates a `item221` request.
fn parse_item221(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item221";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items221/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item221<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item221",
        &[],
        query,
        request,
        move |received| parse_item221(path, received),
        |api, id, head| { api.item221(id, head) },
    )
}

/// Parses and validates a `item222` request.
fn parse_item222(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item222";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items222/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item222<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item222",
        &[],
        query,
        request,
        move |received| parse_item222(path, received),
        |api, id, head| { api.item222(id, head) },
    )
}

/// Parses and validates a `item223` request.
fn parse_item223(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item223";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items223/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item223<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item223",
        &[],
        query,
        request,
        move |received| parse_item223(path, received),
        |api, id, head| { api.item223(id, head) },
    )
}

/// Parses and validates a `item224` request.
fn parse_item224(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item224";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items224/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item224<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item224",
        &[],
        query,
        request,
        move |received| parse_item224(path, received),
        |api, id, head| { api.item224(id, head) },
    )
}

/// Parses and validates a `item225` request.
fn parse_item225(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item225";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items225/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item225<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item225",
        &[],
        query,
        request,
        move |received| parse_item225(path, received),
        |api, id, head| { api.item225(id, head) },
    )
}

/// Parses and validates a `item226` request.
fn parse_item226(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item226";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items226/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item226<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item226",
        &[],
        query,
        request,
        move |received| parse_item226(path, received),
        |api, id, head| { api.item226(id, head) },
    )
}

/// Parses and validates a `item227` request.
fn parse_item227(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item227";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items227/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item227<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item227",
        &[],
        query,
        request,
        move |received| parse_item227(path, received),
        |api, id, head| { api.item227(id, head) },
    )
}

/// Parses and validates a `item228` request.
fn parse_item228(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item228";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items228/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item228<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item228",
        &[],
        query,
        request,
        move |received| parse_item228(path, received),
        |api, id, head| { api.item228(id, head) },
    )
}

/// Parses and validates a `item229` request.
fn parse_item229(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item229";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items229/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item229<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item229",
        &[],
        query,
        request,
        move |received| parse_item229(path, received),
        |api, id, head| { api.item229(id, head) },
    )
}

/// Parses and validates a `item230` request.
fn parse_item230(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item230";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items230/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item230<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item230",
        &[],
        query,
        request,
        move |received| parse_item230(path, received),
        |api, id, head| { api.item230(id, head) },
    )
}

/// Parses and validates a `item231` request.
fn parse_item231(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item231";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items231/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item231<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item231",
        &[],
        query,
        request,
        move |received| parse_item231(path, received),
        |api, id, head| { api.item231(id, head) },
    )
}

/// Parses and validates a `item232` request.
fn parse_item232(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item232";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items232/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item232<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item232",
        &[],
        query,
        request,
        move |received| parse_item232(path, received),
        |api, id, head| { api.item232(id, head) },
    )
}

/// Parses and validates a `item233` request.
fn parse_item233(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item233";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items233/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item233<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item233",
        &[],
        query,
        request,
        move |received| parse_item233(path, received),
        |api, id, head| { api.item233(id, head) },
    )
}

/// Parses and validates a `item234` request.
fn parse_item234(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item234";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items234/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item234<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item234",
        &[],
        query,
        request,
        move |received| parse_item234(path, received),
        |api, id, head| { api.item234(id, head) },
    )
}

/// Parses and validates a `item235` request.
fn parse_item235(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item235";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items235/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item235<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item235",
        &[],
        query,
        request,
        move |received| parse_item235(path, received),
        |api, id, head| { api.item235(id, head) },
    )
}

/// Parses and validates a `item236` request.
fn parse_item236(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item236";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items236/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item236<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item236",
        &[],
        query,
        request,
        move |received| parse_item236(path, received),
        |api, id, head| { api.item236(id, head) },
    )
}

/// Parses and validates a `item237` request.
fn parse_item237(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item237";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items237/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item237<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item237",
        &[],
        query,
        request,
        move |received| parse_item237(path, received),
        |api, id, head| { api.item237(id, head) },
    )
}

/// Parses and validates a `item238` request.
fn parse_item238(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item238";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items238/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item238<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item238",
        &[],
        query,
        request,
        move |received| parse_item238(path, received),
        |api, id, head| { api.item238(id, head) },
    )
}

/// Parses and validates a `item239` request.
fn parse_item239(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item239";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items239/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item239<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item239",
        &[],
        query,
        request,
        move |received| parse_item239(path, received),
        |api, id, head| { api.item239(id, head) },
    )
}

/// Parses and validates a `item240` request.
fn parse_item240(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item240";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items240/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item240<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item240",
        &[],
        query,
        request,
        move |received| parse_item240(path, received),
        |api, id, head| { api.item240(id, head) },
    )
}

/// Parses and validates a `item241` request.
fn parse_item241(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item241";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items241/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item241<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item241",
        &[],
        query,
        request,
        move |received| parse_item241(path, received),
        |api, id, head| { api.item241(id, head) },
    )
}

/// Parses and validates a `item242` request.
fn parse_item242(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item242";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items242/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item242<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item242",
        &[],
        query,
        request,
        move |received| parse_item242(path, received),
        |api, id, head| { api.item242(id, head) },
    )
}

/// Parses and validates a `item243` request.
fn parse_item243(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item243";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items243/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item243<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item243",
        &[],
        query,
        request,
        move |received| parse_item243(path, received),
        |api, id, head| { api.item243(id, head) },
    )
}

/// Parses and validates a `item244` request.
fn parse_item244(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item244";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items244/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item244<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item244",
        &[],
        query,
        request,
        move |received| parse_item244(path, received),
        |api, id, head| { api.item244(id, head) },
    )
}

/// Parses and validates a `item245` request.
fn parse_item245(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item245";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items245/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item245<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item245",
        &[],
        query,
        request,
        move |received| parse_item245(path, received),
        |api, id, head| { api.item245(id, head) },
    )
}

/// Parses and validates a `item246` request.
fn parse_item246(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item246";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items246/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item246<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item246",
        &[],
        query,
        request,
        move |received| parse_item246(path, received),
        |api, id, head| { api.item246(id, head) },
    )
}

/// Parses and validates a `item247` request.
fn parse_item247(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item247";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items247/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item247<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item247",
        &[],
        query,
        request,
        move |received| parse_item247(path, received),
        |api, id, head| { api.item247(id, head) },
    )
}

/// Parses and validates a `item248` request.
fn parse_item248(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item248";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items248/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item248<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item248",
        &[],
        query,
        request,
        move |received| parse_item248(path, received),
        |api, id, head| { api.item248(id, head) },
    )
}

/// Parses and validates a `item249` request.
fn parse_item249(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item249";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items249/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item249<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item249",
        &[],
        query,
        request,
        move |received| parse_item249(path, received),
        |api, id, head| { api.item249(id, head) },
    )
}

/// Parses and validates a `item250` request.
fn parse_item250(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item250";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items250/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item250<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item250",
        &[],
        query,
        request,
        move |received| parse_item250(path, received),
        |api, id, head| { api.item250(id, head) },
    )
}

/// Parses and validates a `item251` request.
fn parse_item251(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item251";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items251/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item251<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item251",
        &[],
        query,
        request,
        move |received| parse_item251(path, received),
        |api, id, head| { api.item251(id, head) },
    )
}

/// Parses and validates a `item252` request.
fn parse_item252(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item252";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items252/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item252<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item252",
        &[],
        query,
        request,
        move |received| parse_item252(path, received),
        |api, id, head| { api.item252(id, head) },
    )
}

/// Parses and validates a `item253` request.
fn parse_item253(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item253";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items253/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item253<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item253",
        &[],
        query,
        request,
        move |received| parse_item253(path, received),
        |api, id, head| { api.item253(id, head) },
    )
}

/// Parses and validates a `item254` request.
fn parse_item254(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item254";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items254/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item254<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item254",
        &[],
        query,
        request,
        move |received| parse_item254(path, received),
        |api, id, head| { api.item254(id, head) },
    )
}

/// Parses and validates a `item255` request.
fn parse_item255(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item255";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items255/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item255<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item255",
        &[],
        query,
        request,
        move |received| parse_item255(path, received),
        |api, id, head| { api.item255(id, head) },
    )
}

/// Parses and validates a `item256` request.
fn parse_item256(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item256";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items256/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item256<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item256",
        &[],
        query,
        request,
        move |received| parse_item256(path, received),
        |api, id, head| { api.item256(id, head) },
    )
}

/// Parses and validates a `item257` request.
fn parse_item257(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item257";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items257/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item257<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item257",
        &[],
        query,
        request,
        move |received| parse_item257(path, received),
        |api, id, head| { api.item257(id, head) },
    )
}

/// Parses and validates a `item258` request.
fn parse_item258(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item258";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items258/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item258<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item258",
        &[],
        query,
        request,
        move |received| parse_item258(path, received),
        |api, id, head| { api.item258(id, head) },
    )
}

/// Parses and validates a `item259` request.
fn parse_item259(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item259";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items259/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item259<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item259",
        &[],
        query,
        request,
        move |received| parse_item259(path, received),
        |api, id, head| { api.item259(id, head) },
    )
}

/// Parses and validates a `item260` request.
fn parse_item260(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item260";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items260/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item260<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item260",
        &[],
        query,
        request,
        move |received| parse_item260(path, received),
        |api, id, head| { api.item260(id, head) },
    )
}

/// Parses and validates a `item261` request.
fn parse_item261(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item261";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items261/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item261<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item261",
        &[],
        query,
        request,
        move |received| parse_item261(path, received),
        |api, id, head| { api.item261(id, head) },
    )
}

/// Parses and validates a `item262` request.
fn parse_item262(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item262";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items262/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item262<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item262",
        &[],
        query,
        request,
        move |received| parse_item262(path, received),
        |api, id, head| { api.item262(id, head) },
    )
}

/// Parses and validates a `item263` request.
fn parse_item263(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item263";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items263/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item263<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item263",
        &[],
        query,
        request,
        move |received| parse_item263(path, received),
        |api, id, head| { api.item263(id, head) },
    )
}

/// Parses and validates a `item264` request.
fn parse_item264(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item264";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items264/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item264<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item264",
        &[],
        query,
        request,
        move |received| parse_item264(path, received),
        |api, id, head| { api.item264(id, head) },
    )
}

/// Parses and validates a `item265` request.
fn parse_item265(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item265";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items265/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item265<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item265",
        &[],
        query,
        request,
        move |received| parse_item265(path, received),
        |api, id, head| { api.item265(id, head) },
    )
}

/// Parses and validates a `item266` request.
fn parse_item266(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item266";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items266/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item266<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item266",
        &[],
        query,
        request,
        move |received| parse_item266(path, received),
        |api, id, head| { api.item266(id, head) },
    )
}

/// Parses and validates a `item267` request.
fn parse_item267(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item267";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items267/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item267<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item267",
        &[],
        query,
        request,
        move |received| parse_item267(path, received),
        |api, id, head| { api.item267(id, head) },
    )
}

/// Parses and validates a `item268` request.
fn parse_item268(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item268";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items268/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item268<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item268",
        &[],
        query,
        request,
        move |received| parse_item268(path, received),
        |api, id, head| { api.item268(id, head) },
    )
}

/// Parses and validates a `item269` request.
fn parse_item269(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item269";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items269/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item269<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item269",
        &[],
        query,
        request,
        move |received| parse_item269(path, received),
        |api, id, head| { api.item269(id, head) },
    )
}

/// Parses and validates a `item270` request.
fn parse_item270(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item270";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items270/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item270<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item270",
        &[],
        query,
        request,
        move |received| parse_item270(path, received),
        |api, id, head| { api.item270(id, head) },
    )
}

/// Parses and validates a `item271` request.
fn parse_item271(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item271";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items271/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item271<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item271",
        &[],
        query,
        request,
        move |received| parse_item271(path, received),
        |api, id, head| { api.item271(id, head) },
    )
}

/// Parses and validates a `item272` request.
fn parse_item272(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item272";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items272/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item272<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item272",
        &[],
        query,
        request,
        move |received| parse_item272(path, received),
        |api, id, head| { api.item272(id, head) },
    )
}

/// Parses and validates a `item273` request.
fn parse_item273(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item273";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items273/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item273<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item273",
        &[],
        query,
        request,
        move |received| parse_item273(path, received),
        |api, id, head| { api.item273(id, head) },
    )
}

/// Parses and validates a `item274` request.
fn parse_item274(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item274";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items274/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item274<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item274",
        &[],
        query,
        request,
        move |received| parse_item274(path, received),
        |api, id, head| { api.item274(id, head) },
    )
}

/// Parses and validates a `item275` request.
fn parse_item275(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item275";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items275/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item275<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item275",
        &[],
        query,
        request,
        move |received| parse_item275(path, received),
        |api, id, head| { api.item275(id, head) },
    )
}

/// Parses and validates a `item276` request.
fn parse_item276(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item276";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items276/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item276<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item276",
        &[],
        query,
        request,
        move |received| parse_item276(path, received),
        |api, id, head| { api.item276(id, head) },
    )
}

/// Parses and validates a `item277` request.
fn parse_item277(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item277";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items277/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item277<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item277",
        &[],
        query,
        request,
        move |received| parse_item277(path, received),
        |api, id, head| { api.item277(id, head) },
    )
}

/// Parses and validates a `item278` request.
fn parse_item278(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item278";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items278/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item278<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item278",
        &[],
        query,
        request,
        move |received| parse_item278(path, received),
        |api, id, head| { api.item278(id, head) },
    )
}

/// Parses and validates a `item279` request.
fn parse_item279(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item279";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items279/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item279<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item279",
        &[],
        query,
        request,
        move |received| parse_item279(path, received),
        |api, id, head| { api.item279(id, head) },
    )
}

/// Parses and validates a `item280` request.
fn parse_item280(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item280";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items280/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item280<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item280",
        &[],
        query,
        request,
        move |received| parse_item280(path, received),
        |api, id, head| { api.item280(id, head) },
    )
}

/// Parses and validates a `item281` request.
fn parse_item281(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item281";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items281/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item281<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item281",
        &[],
        query,
        request,
        move |received| parse_item281(path, received),
        |api, id, head| { api.item281(id, head) },
    )
}

/// Parses and validates a `item282` request.
fn parse_item282(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item282";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items282/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item282<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item282",
        &[],
        query,
        request,
        move |received| parse_item282(path, received),
        |api, id, head| { api.item282(id, head) },
    )
}

/// Parses and validates a `item283` request.
fn parse_item283(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item283";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items283/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item283<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item283",
        &[],
        query,
        request,
        move |received| parse_item283(path, received),
        |api, id, head| { api.item283(id, head) },
    )
}

/// Parses and validates a `item284` request.
fn parse_item284(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item284";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items284/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item284<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item284",
        &[],
        query,
        request,
        move |received| parse_item284(path, received),
        |api, id, head| { api.item284(id, head) },
    )
}

/// Parses and validates a `item285` request.
fn parse_item285(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item285";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items285/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item285<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item285",
        &[],
        query,
        request,
        move |received| parse_item285(path, received),
        |api, id, head| { api.item285(id, head) },
    )
}

/// Parses and validates a `item286` request.
fn parse_item286(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item286";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items286/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item286<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item286",
        &[],
        query,
        request,
        move |received| parse_item286(path, received),
        |api, id, head| { api.item286(id, head) },
    )
}

/// Parses and validates a `item287` request.
fn parse_item287(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item287";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items287/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item287<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item287",
        &[],
        query,
        request,
        move |received| parse_item287(path, received),
        |api, id, head| { api.item287(id, head) },
    )
}

/// Parses and validates a `item288` request.
fn parse_item288(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item288";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items288/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item288<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item288",
        &[],
        query,
        request,
        move |received| parse_item288(path, received),
        |api, id, head| { api.item288(id, head) },
    )
}

/// Parses and validates a `item289` request.
fn parse_item289(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item289";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items289/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item289<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item289",
        &[],
        query,
        request,
        move |received| parse_item289(path, received),
        |api, id, head| { api.item289(id, head) },
    )
}

/// Parses and validates a `item290` request.
fn parse_item290(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item290";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items290/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item290<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item290",
        &[],
        query,
        request,
        move |received| parse_item290(path, received),
        |api, id, head| { api.item290(id, head) },
    )
}

/// Parses and validates a `item291` request.
fn parse_item291(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item291";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items291/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item291<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item291",
        &[],
        query,
        request,
        move |received| parse_item291(path, received),
        |api, id, head| { api.item291(id, head) },
    )
}

/// Parses and validates a `item292` request.
fn parse_item292(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item292";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items292/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item292<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item292",
        &[],
        query,
        request,
        move |received| parse_item292(path, received),
        |api, id, head| { api.item292(id, head) },
    )
}

/// Parses and validates a `item293` request.
fn parse_item293(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item293";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items293/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item293<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item293",
        &[],
        query,
        request,
        move |received| parse_item293(path, received),
        |api, id, head| { api.item293(id, head) },
    )
}

/// Parses and validates a `item294` request.
fn parse_item294(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item294";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items294/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item294<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item294",
        &[],
        query,
        request,
        move |received| parse_item294(path, received),
        |api, id, head| { api.item294(id, head) },
    )
}

/// Parses and validates a `item295` request.
fn parse_item295(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item295";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items295/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item295<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item295",
        &[],
        query,
        request,
        move |received| parse_item295(path, received),
        |api, id, head| { api.item295(id, head) },
    )
}

/// Parses and validates a `item296` request.
fn parse_item296(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item296";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items296/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item296<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item296",
        &[],
        query,
        request,
        move |received| parse_item296(path, received),
        |api, id, head| { api.item296(id, head) },
    )
}

/// Parses and validates a `item297` request.
fn parse_item297(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item297";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items297/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item297<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item297",
        &[],
        query,
        request,
        move |received| parse_item297(path, received),
        |api, id, head| { api.item297(id, head) },
    )
}

/// Parses and validates a `item298` request.
fn parse_item298(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item298";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items298/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item298<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item298",
        &[],
        query,
        request,
        move |received| parse_item298(path, received),
        |api, id, head| { api.item298(id, head) },
    )
}

/// Parses and validates a `item299` request.
fn parse_item299(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item299";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items299/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item299<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item299",
        &[],
        query,
        request,
        move |received| parse_item299(path, received),
        |api, id, head| { api.item299(id, head) },
    )
}

/// Parses and validates a `item300` request.
fn parse_item300(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item300";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items300/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item300<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item300",
        &[],
        query,
        request,
        move |received| parse_item300(path, received),
        |api, id, head| { api.item300(id, head) },
    )
}

/// Parses and validates a `item301` request.
fn parse_item301(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item301";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items301/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item301<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item301",
        &[],
        query,
        request,
        move |received| parse_item301(path, received),
        |api, id, head| { api.item301(id, head) },
    )
}

/// Parses and validates a `item302` request.
fn parse_item302(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item302";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items302/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item302<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item302",
        &[],
        query,
        request,
        move |received| parse_item302(path, received),
        |api, id, head| { api.item302(id, head) },
    )
}

/// Parses and validates a `item303` request.
fn parse_item303(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item303";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items303/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item303<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item303",
        &[],
        query,
        request,
        move |received| parse_item303(path, received),
        |api, id, head| { api.item303(id, head) },
    )
}

/// Parses and validates a `item304` request.
fn parse_item304(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item304";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items304/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item304<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item304",
        &[],
        query,
        request,
        move |received| parse_item304(path, received),
        |api, id, head| { api.item304(id, head) },
    )
}

/// Parses and validates a `item305` request.
fn parse_item305(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item305";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items305/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item305<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item305",
        &[],
        query,
        request,
        move |received| parse_item305(path, received),
        |api, id, head| { api.item305(id, head) },
    )
}

/// Parses and validates a `item306` request.
fn parse_item306(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item306";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items306/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item306<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item306",
        &[],
        query,
        request,
        move |received| parse_item306(path, received),
        |api, id, head| { api.item306(id, head) },
    )
}

/// Parses and validates a `item307` request.
fn parse_item307(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item307";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items307/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item307<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item307",
        &[],
        query,
        request,
        move |received| parse_item307(path, received),
        |api, id, head| { api.item307(id, head) },
    )
}

/// Parses and validates a `item308` request.
fn parse_item308(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item308";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items308/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item308<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item308",
        &[],
        query,
        request,
        move |received| parse_item308(path, received),
        |api, id, head| { api.item308(id, head) },
    )
}

/// Parses and validates a `item309` request.
fn parse_item309(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item309";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items309/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item309<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item309",
        &[],
        query,
        request,
        move |received| parse_item309(path, received),
        |api, id, head| { api.item309(id, head) },
    )
}

/// Parses and validates a `item310` request.
fn parse_item310(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item310";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items310/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item310<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item310",
        &[],
        query,
        request,
        move |received| parse_item310(path, received),
        |api, id, head| { api.item310(id, head) },
    )
}

/// Parses and validates a `item311` request.
fn parse_item311(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item311";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items311/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item311<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item311",
        &[],
        query,
        request,
        move |received| parse_item311(path, received),
        |api, id, head| { api.item311(id, head) },
    )
}

/// Parses and validates a `item312` request.
fn parse_item312(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item312";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items312/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item312<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item312",
        &[],
        query,
        request,
        move |received| parse_item312(path, received),
        |api, id, head| { api.item312(id, head) },
    )
}

/// Parses and validates a `item313` request.
fn parse_item313(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item313";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items313/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item313<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item313",
        &[],
        query,
        request,
        move |received| parse_item313(path, received),
        |api, id, head| { api.item313(id, head) },
    )
}

/// Parses and validates a `item314` request.
fn parse_item314(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item314";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items314/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item314<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item314",
        &[],
        query,
        request,
        move |received| parse_item314(path, received),
        |api, id, head| { api.item314(id, head) },
    )
}

/// Parses and validates a `item315` request.
fn parse_item315(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item315";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items315/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item315<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item315",
        &[],
        query,
        request,
        move |received| parse_item315(path, received),
        |api, id, head| { api.item315(id, head) },
    )
}

/// Parses and validates a `item316` request.
fn parse_item316(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item316";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items316/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item316<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item316",
        &[],
        query,
        request,
        move |received| parse_item316(path, received),
        |api, id, head| { api.item316(id, head) },
    )
}

/// Parses and validates a `item317` request.
fn parse_item317(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item317";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items317/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item317<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item317",
        &[],
        query,
        request,
        move |received| parse_item317(path, received),
        |api, id, head| { api.item317(id, head) },
    )
}

/// Parses and validates a `item318` request.
fn parse_item318(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item318";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items318/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item318<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item318",
        &[],
        query,
        request,
        move |received| parse_item318(path, received),
        |api, id, head| { api.item318(id, head) },
    )
}

/// Parses and validates a `item319` request.
fn parse_item319(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item319";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items319/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item319<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item319",
        &[],
        query,
        request,
        move |received| parse_item319(path, received),
        |api, id, head| { api.item319(id, head) },
    )
}

/// Parses and validates a `item320` request.
fn parse_item320(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item320";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items320/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item320<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item320",
        &[],
        query,
        request,
        move |received| parse_item320(path, received),
        |api, id, head| { api.item320(id, head) },
    )
}

/// Parses and validates a `item321` request.
fn parse_item321(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item321";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items321/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item321<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item321",
        &[],
        query,
        request,
        move |received| parse_item321(path, received),
        |api, id, head| { api.item321(id, head) },
    )
}

/// Parses and validates a `item322` request.
fn parse_item322(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item322";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items322/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item322<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item322",
        &[],
        query,
        request,
        move |received| parse_item322(path, received),
        |api, id, head| { api.item322(id, head) },
    )
}

/// Parses and validates a `item323` request.
fn parse_item323(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item323";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items323/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item323<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item323",
        &[],
        query,
        request,
        move |received| parse_item323(path, received),
        |api, id, head| { api.item323(id, head) },
    )
}

/// Parses and validates a `item324` request.
fn parse_item324(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item324";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items324/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item324<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item324",
        &[],
        query,
        request,
        move |received| parse_item324(path, received),
        |api, id, head| { api.item324(id, head) },
    )
}

/// Parses and validates a `item325` request.
fn parse_item325(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item325";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items325/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item325<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item325",
        &[],
        query,
        request,
        move |received| parse_item325(path, received),
        |api, id, head| { api.item325(id, head) },
    )
}

/// Parses and validates a `item326` request.
fn parse_item326(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item326";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items326/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item326<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item326",
        &[],
        query,
        request,
        move |received| parse_item326(path, received),
        |api, id, head| { api.item326(id, head) },
    )
}

/// Parses and validates a `item327` request.
fn parse_item327(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item327";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items327/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item327<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item327",
        &[],
        query,
        request,
        move |received| parse_item327(path, received),
        |api, id, head| { api.item327(id, head) },
    )
}

/// Parses and validates a `item328` request.
fn parse_item328(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item328";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items328/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item328<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item328",
        &[],
        query,
        request,
        move |received| parse_item328(path, received),
        |api, id, head| { api.item328(id, head) },
    )
}

/// Parses and validates a `item329` request.
fn parse_item329(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item329";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items329/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item329<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item329",
        &[],
        query,
        request,
        move |received| parse_item329(path, received),
        |api, id, head| { api.item329(id, head) },
    )
}

/// Parses and validates a `item330` request.
fn parse_item330(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item330";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items330/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item330<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item330",
        &[],
        query,
        request,
        move |received| parse_item330(path, received),
        |api, id, head| { api.item330(id, head) },
    )
}

/// Parses and validates a `item331` request.
fn parse_item331(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item331";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items331/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item331<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item331",
        &[],
        query,
        request,
        move |received| parse_item331(path, received),
        |api, id, head| { api.item331(id, head) },
    )
}

/// Parses and validates a `item332` request.
fn parse_item332(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item332";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items332/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item332<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item332",
        &[],
        query,
        request,
        move |received| parse_item332(path, received),
        |api, id, head| { api.item332(id, head) },
    )
}

/// Parses and validates a `item333` request.
fn parse_item333(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item333";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items333/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item333<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item333",
        &[],
        query,
        request,
        move |received| parse_item333(path, received),
        |api, id, head| { api.item333(id, head) },
    )
}

/// Parses and validates a `item334` request.
fn parse_item334(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item334";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items334/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item334<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item334",
        &[],
        query,
        request,
        move |received| parse_item334(path, received),
        |api, id, head| { api.item334(id, head) },
    )
}

/// Parses and validates a `item335` request.
fn parse_item335(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item335";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items335/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item335<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item335",
        &[],
        query,
        request,
        move |received| parse_item335(path, received),
        |api, id, head| { api.item335(id, head) },
    )
}

/// Parses and validates a `item336` request.
fn parse_item336(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item336";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items336/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item336<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item336",
        &[],
        query,
        request,
        move |received| parse_item336(path, received),
        |api, id, head| { api.item336(id, head) },
    )
}

/// Parses and validates a `item337` request.
fn parse_item337(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item337";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items337/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item337<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item337",
        &[],
        query,
        request,
        move |received| parse_item337(path, received),
        |api, id, head| { api.item337(id, head) },
    )
}

/// Parses and validates a `item338` request.
fn parse_item338(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item338";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items338/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item338<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item338",
        &[],
        query,
        request,
        move |received| parse_item338(path, received),
        |api, id, head| { api.item338(id, head) },
    )
}

/// Parses and validates a `item339` request.
fn parse_item339(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item339";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items339/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item339<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item339",
        &[],
        query,
        request,
        move |received| parse_item339(path, received),
        |api, id, head| { api.item339(id, head) },
    )
}

/// Parses and validates a `item340` request.
fn parse_item340(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item340";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items340/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item340<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item340",
        &[],
        query,
        request,
        move |received| parse_item340(path, received),
        |api, id, head| { api.item340(id, head) },
    )
}

/// Parses and validates a `item341` request.
fn parse_item341(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item341";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items341/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item341<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item341",
        &[],
        query,
        request,
        move |received| parse_item341(path, received),
        |api, id, head| { api.item341(id, head) },
    )
}

/// Parses and validates a `item342` request.
fn parse_item342(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item342";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items342/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item342<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item342",
        &[],
        query,
        request,
        move |received| parse_item342(path, received),
        |api, id, head| { api.item342(id, head) },
    )
}

/// Parses and validates a `item343` request.
fn parse_item343(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item343";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items343/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item343<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item343",
        &[],
        query,
        request,
        move |received| parse_item343(path, received),
        |api, id, head| { api.item343(id, head) },
    )
}

/// Parses and validates a `item344` request.
fn parse_item344(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item344";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items344/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item344<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item344",
        &[],
        query,
        request,
        move |received| parse_item344(path, received),
        |api, id, head| { api.item344(id, head) },
    )
}

/// Parses and validates a `item345` request.
fn parse_item345(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item345";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items345/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item345<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item345",
        &[],
        query,
        request,
        move |received| parse_item345(path, received),
        |api, id, head| { api.item345(id, head) },
    )
}

/// Parses and validates a `item346` request.
fn parse_item346(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item346";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items346/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item346<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item346",
        &[],
        query,
        request,
        move |received| parse_item346(path, received),
        |api, id, head| { api.item346(id, head) },
    )
}

/// Parses and validates a `item347` request.
fn parse_item347(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item347";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items347/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item347<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item347",
        &[],
        query,
        request,
        move |received| parse_item347(path, received),
        |api, id, head| { api.item347(id, head) },
    )
}

/// Parses and validates a `item348` request.
fn parse_item348(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item348";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items348/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item348<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item348",
        &[],
        query,
        request,
        move |received| parse_item348(path, received),
        |api, id, head| { api.item348(id, head) },
    )
}

/// Parses and validates a `item349` request.
fn parse_item349(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item349";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items349/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item349<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item349",
        &[],
        query,
        request,
        move |received| parse_item349(path, received),
        |api, id, head| { api.item349(id, head) },
    )
}

/// Parses and validates a `item350` request.
fn parse_item350(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item350";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items350/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item350<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item350",
        &[],
        query,
        request,
        move |received| parse_item350(path, received),
        |api, id, head| { api.item350(id, head) },
    )
}

/// Parses and validates a `item351` request.
fn parse_item351(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item351";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items351/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item351<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item351",
        &[],
        query,
        request,
        move |received| parse_item351(path, received),
        |api, id, head| { api.item351(id, head) },
    )
}

/// Parses and validates a `item352` request.
fn parse_item352(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item352";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items352/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item352<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item352",
        &[],
        query,
        request,
        move |received| parse_item352(path, received),
        |api, id, head| { api.item352(id, head) },
    )
}

/// Parses and validates a `item353` request.
fn parse_item353(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item353";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items353/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item353<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item353",
        &[],
        query,
        request,
        move |received| parse_item353(path, received),
        |api, id, head| { api.item353(id, head) },
    )
}

/// Parses and validates a `item354` request.
fn parse_item354(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item354";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items354/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item354<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item354",
        &[],
        query,
        request,
        move |received| parse_item354(path, received),
        |api, id, head| { api.item354(id, head) },
    )
}

/// Parses and validates a `item355` request.
fn parse_item355(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item355";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items355/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item355<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item355",
        &[],
        query,
        request,
        move |received| parse_item355(path, received),
        |api, id, head| { api.item355(id, head) },
    )
}

/// Parses and validates a `item356` request.
fn parse_item356(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item356";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items356/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item356<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item356",
        &[],
        query,
        request,
        move |received| parse_item356(path, received),
        |api, id, head| { api.item356(id, head) },
    )
}

/// Parses and validates a `item357` request.
fn parse_item357(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item357";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items357/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item357<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item357",
        &[],
        query,
        request,
        move |received| parse_item357(path, received),
        |api, id, head| { api.item357(id, head) },
    )
}

/// Parses and validates a `item358` request.
fn parse_item358(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item358";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items358/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item358<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item358",
        &[],
        query,
        request,
        move |received| parse_item358(path, received),
        |api, id, head| { api.item358(id, head) },
    )
}

/// Parses and validates a `item359` request.
fn parse_item359(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item359";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items359/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item359<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item359",
        &[],
        query,
        request,
        move |received| parse_item359(path, received),
        |api, id, head| { api.item359(id, head) },
    )
}

/// Parses and validates a `item360` request.
fn parse_item360(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item360";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items360/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item360<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item360",
        &[],
        query,
        request,
        move |received| parse_item360(path, received),
        |api, id, head| { api.item360(id, head) },
    )
}

/// Parses and validates a `item361` request.
fn parse_item361(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item361";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items361/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item361<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item361",
        &[],
        query,
        request,
        move |received| parse_item361(path, received),
        |api, id, head| { api.item361(id, head) },
    )
}

/// Parses and validates a `item362` request.
fn parse_item362(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item362";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items362/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item362<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item362",
        &[],
        query,
        request,
        move |received| parse_item362(path, received),
        |api, id, head| { api.item362(id, head) },
    )
}

/// Parses and validates a `item363` request.
fn parse_item363(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item363";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items363/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item363<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item363",
        &[],
        query,
        request,
        move |received| parse_item363(path, received),
        |api, id, head| { api.item363(id, head) },
    )
}

/// Parses and validates a `item364` request.
fn parse_item364(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item364";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items364/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item364<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item364",
        &[],
        query,
        request,
        move |received| parse_item364(path, received),
        |api, id, head| { api.item364(id, head) },
    )
}

/// Parses and validates a `item365` request.
fn parse_item365(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item365";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items365/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item365<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item365",
        &[],
        query,
        request,
        move |received| parse_item365(path, received),
        |api, id, head| { api.item365(id, head) },
    )
}

/// Parses and validates a `item366` request.
fn parse_item366(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item366";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items366/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item366<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item366",
        &[],
        query,
        request,
        move |received| parse_item366(path, received),
        |api, id, head| { api.item366(id, head) },
    )
}

/// Parses and validates a `item367` request.
fn parse_item367(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item367";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items367/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item367<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item367",
        &[],
        query,
        request,
        move |received| parse_item367(path, received),
        |api, id, head| { api.item367(id, head) },
    )
}

/// Parses and validates a `item368` request.
fn parse_item368(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item368";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items368/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item368<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item368",
        &[],
        query,
        request,
        move |received| parse_item368(path, received),
        |api, id, head| { api.item368(id, head) },
    )
}

/// Parses and validates a `item369` request.
fn parse_item369(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item369";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items369/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item369<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item369",
        &[],
        query,
        request,
        move |received| parse_item369(path, received),
        |api, id, head| { api.item369(id, head) },
    )
}

/// Parses and validates a `item370` request.
fn parse_item370(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item370";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items370/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item370<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item370",
        &[],
        query,
        request,
        move |received| parse_item370(path, received),
        |api, id, head| { api.item370(id, head) },
    )
}

/// Parses and validates a `item371` request.
fn parse_item371(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item371";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items371/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item371<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item371",
        &[],
        query,
        request,
        move |received| parse_item371(path, received),
        |api, id, head| { api.item371(id, head) },
    )
}

/// Parses and validates a `item372` request.
fn parse_item372(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item372";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items372/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item372<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item372",
        &[],
        query,
        request,
        move |received| parse_item372(path, received),
        |api, id, head| { api.item372(id, head) },
    )
}

/// Parses and validates a `item373` request.
fn parse_item373(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item373";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items373/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item373<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item373",
        &[],
        query,
        request,
        move |received| parse_item373(path, received),
        |api, id, head| { api.item373(id, head) },
    )
}

/// Parses and validates a `item374` request.
fn parse_item374(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item374";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items374/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item374<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item374",
        &[],
        query,
        request,
        move |received| parse_item374(path, received),
        |api, id, head| { api.item374(id, head) },
    )
}

/// Parses and validates a `item375` request.
fn parse_item375(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item375";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items375/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item375<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item375",
        &[],
        query,
        request,
        move |received| parse_item375(path, received),
        |api, id, head| { api.item375(id, head) },
    )
}

/// Parses and validates a `item376` request.
fn parse_item376(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item376";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items376/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item376<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item376",
        &[],
        query,
        request,
        move |received| parse_item376(path, received),
        |api, id, head| { api.item376(id, head) },
    )
}

/// Parses and validates a `item377` request.
fn parse_item377(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item377";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items377/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item377<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item377",
        &[],
        query,
        request,
        move |received| parse_item377(path, received),
        |api, id, head| { api.item377(id, head) },
    )
}

/// Parses and validates a `item378` request.
fn parse_item378(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item378";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items378/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item378<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item378",
        &[],
        query,
        request,
        move |received| parse_item378(path, received),
        |api, id, head| { api.item378(id, head) },
    )
}

/// Parses and validates a `item379` request.
fn parse_item379(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item379";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items379/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item379<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item379",
        &[],
        query,
        request,
        move |received| parse_item379(path, received),
        |api, id, head| { api.item379(id, head) },
    )
}

/// Parses and validates a `item380` request.
fn parse_item380(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item380";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items380/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item380<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item380",
        &[],
        query,
        request,
        move |received| parse_item380(path, received),
        |api, id, head| { api.item380(id, head) },
    )
}

/// Parses and validates a `item381` request.
fn parse_item381(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item381";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items381/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item381<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item381",
        &[],
        query,
        request,
        move |received| parse_item381(path, received),
        |api, id, head| { api.item381(id, head) },
    )
}

/// Parses and validates a `item382` request.
fn parse_item382(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item382";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items382/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item382<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item382",
        &[],
        query,
        request,
        move |received| parse_item382(path, received),
        |api, id, head| { api.item382(id, head) },
    )
}

/// Parses and validates a `item383` request.
fn parse_item383(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item383";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items383/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item383<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item383",
        &[],
        query,
        request,
        move |received| parse_item383(path, received),
        |api, id, head| { api.item383(id, head) },
    )
}

/// Parses and validates a `item384` request.
fn parse_item384(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item384";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items384/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item384<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item384",
        &[],
        query,
        request,
        move |received| parse_item384(path, received),
        |api, id, head| { api.item384(id, head) },
    )
}

/// Parses and validates a `item385` request.
fn parse_item385(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item385";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items385/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item385<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item385",
        &[],
        query,
        request,
        move |received| parse_item385(path, received),
        |api, id, head| { api.item385(id, head) },
    )
}

/// Parses and validates a `item386` request.
fn parse_item386(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item386";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items386/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item386<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item386",
        &[],
        query,
        request,
        move |received| parse_item386(path, received),
        |api, id, head| { api.item386(id, head) },
    )
}

/// Parses and validates a `item387` request.
fn parse_item387(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item387";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items387/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item387<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item387",
        &[],
        query,
        request,
        move |received| parse_item387(path, received),
        |api, id, head| { api.item387(id, head) },
    )
}

/// Parses and validates a `item388` request.
fn parse_item388(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item388";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items388/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item388<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item388",
        &[],
        query,
        request,
        move |received| parse_item388(path, received),
        |api, id, head| { api.item388(id, head) },
    )
}

/// Parses and validates a `item389` request.
fn parse_item389(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item389";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items389/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item389<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item389",
        &[],
        query,
        request,
        move |received| parse_item389(path, received),
        |api, id, head| { api.item389(id, head) },
    )
}

/// Parses and validates a `item390` request.
fn parse_item390(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item390";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items390/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item390<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item390",
        &[],
        query,
        request,
        move |received| parse_item390(path, received),
        |api, id, head| { api.item390(id, head) },
    )
}

/// Parses and validates a `item391` request.
fn parse_item391(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item391";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items391/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item391<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item391",
        &[],
        query,
        request,
        move |received| parse_item391(path, received),
        |api, id, head| { api.item391(id, head) },
    )
}

/// Parses and validates a `item392` request.
fn parse_item392(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item392";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items392/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item392<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item392",
        &[],
        query,
        request,
        move |received| parse_item392(path, received),
        |api, id, head| { api.item392(id, head) },
    )
}

/// Parses and validates a `item393` request.
fn parse_item393(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item393";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items393/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item393<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item393",
        &[],
        query,
        request,
        move |received| parse_item393(path, received),
        |api, id, head| { api.item393(id, head) },
    )
}

/// Parses and validates a `item394` request.
fn parse_item394(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item394";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items394/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item394<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item394",
        &[],
        query,
        request,
        move |received| parse_item394(path, received),
        |api, id, head| { api.item394(id, head) },
    )
}

/// Parses and validates a `item395` request.
fn parse_item395(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item395";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items395/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item395<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item395",
        &[],
        query,
        request,
        move |received| parse_item395(path, received),
        |api, id, head| { api.item395(id, head) },
    )
}

/// Parses and validates a `item396` request.
fn parse_item396(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item396";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items396/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item396<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item396",
        &[],
        query,
        request,
        move |received| parse_item396(path, received),
        |api, id, head| { api.item396(id, head) },
    )
}

/// Parses and validates a `item397` request.
fn parse_item397(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item397";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items397/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item397<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item397",
        &[],
        query,
        request,
        move |received| parse_item397(path, received),
        |api, id, head| { api.item397(id, head) },
    )
}

/// Parses and validates a `item398` request.
fn parse_item398(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item398";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items398/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item398<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item398",
        &[],
        query,
        request,
        move |received| parse_item398(path, received),
        |api, id, head| { api.item398(id, head) },
    )
}

/// Parses and validates a `item399` request.
fn parse_item399(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item399";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items399/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item399<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item399",
        &[],
        query,
        request,
        move |received| parse_item399(path, received),
        |api, id, head| { api.item399(id, head) },
    )
}

/// Parses and validates a `item400` request.
fn parse_item400(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item400";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items400/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item400<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item400",
        &[],
        query,
        request,
        move |received| parse_item400(path, received),
        |api, id, head| { api.item400(id, head) },
    )
}

/// Parses and validates a `item401` request.
fn parse_item401(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item401";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items401/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item401<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item401",
        &[],
        query,
        request,
        move |received| parse_item401(path, received),
        |api, id, head| { api.item401(id, head) },
    )
}

/// Parses and validates a `item402` request.
fn parse_item402(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item402";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items402/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item402<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item402",
        &[],
        query,
        request,
        move |received| parse_item402(path, received),
        |api, id, head| { api.item402(id, head) },
    )
}

/// Parses and validates a `item403` request.
fn parse_item403(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item403";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items403/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item403<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item403",
        &[],
        query,
        request,
        move |received| parse_item403(path, received),
        |api, id, head| { api.item403(id, head) },
    )
}

/// Parses and validates a `item404` request.
fn parse_item404(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item404";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items404/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item404<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item404",
        &[],
        query,
        request,
        move |received| parse_item404(path, received),
        |api, id, head| { api.item404(id, head) },
    )
}

/// Parses and validates a `item405` request.
fn parse_item405(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item405";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items405/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item405<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item405",
        &[],
        query,
        request,
        move |received| parse_item405(path, received),
        |api, id, head| { api.item405(id, head) },
    )
}

/// Parses and validates a `item406` request.
fn parse_item406(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item406";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items406/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item406<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item406",
        &[],
        query,
        request,
        move |received| parse_item406(path, received),
        |api, id, head| { api.item406(id, head) },
    )
}

/// Parses and validates a `item407` request.
fn parse_item407(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item407";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items407/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item407<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item407",
        &[],
        query,
        request,
        move |received| parse_item407(path, received),
        |api, id, head| { api.item407(id, head) },
    )
}

/// Parses and validates a `item408` request.
fn parse_item408(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item408";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items408/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item408<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item408",
        &[],
        query,
        request,
        move |received| parse_item408(path, received),
        |api, id, head| { api.item408(id, head) },
    )
}

/// Parses and validates a `item409` request.
fn parse_item409(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item409";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items409/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item409<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item409",
        &[],
        query,
        request,
        move |received| parse_item409(path, received),
        |api, id, head| { api.item409(id, head) },
    )
}

/// Parses and validates a `item410` request.
fn parse_item410(
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    _: Received<'_>,
) -> Result<String, Rejection> {
    const OPERATION: &str = "item410";
    let path = PathParams::new(OPERATION, path)?;
    let id = path.get(0, "id")?;
    Ok(id)
}

/// `GET /items410/{id}`: credentials first, then the body's media type and size, then parameters and body.
fn handle_item410<A: Api>(
    State(served): State<Served<A>>,
    path: Result<Path<Vec<(String, String)>>, PathRejection>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    request: axum::extract::Request,
) -> Handling {
    serve(
        served,
        "item410",
        &[],
        query,
        request,
        move |received| parse_item410(path, received),
        |api, id, head| { api.item410(id, head) },
    )
}
