/// Part 1 of the operations tagged `beta`, as the server implements them (see [`Api`]).
pub trait BetaPart1Api: Api {
    /// `GET /items101/{id}`
    fn item101(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item101Response> + Send;

    /// `GET /items102/{id}`
    fn item102(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item102Response> + Send;

    /// `GET /items103/{id}`
    fn item103(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item103Response> + Send;

    /// `GET /items104/{id}`
    fn item104(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item104Response> + Send;

    /// `GET /items105/{id}`
    fn item105(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item105Response> + Send;

    /// `GET /items106/{id}`
    fn item106(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item106Response> + Send;

    /// `GET /items107/{id}`
    fn item107(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item107Response> + Send;

    /// `GET /items108/{id}`
    fn item108(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item108Response> + Send;

    /// `GET /items109/{id}`
    fn item109(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item109Response> + Send;

    /// `GET /items110/{id}`
    fn item110(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item110Response> + Send;

    /// `GET /items111/{id}`
    fn item111(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item111Response> + Send;

    /// `GET /items112/{id}`
    fn item112(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item112Response> + Send;

    /// `GET /items113/{id}`
    fn item113(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item113Response> + Send;

    /// `GET /items114/{id}`
    fn item114(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item114Response> + Send;

    /// `GET /items115/{id}`
    fn item115(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item115Response> + Send;

    /// `GET /items116/{id}`
    fn item116(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item116Response> + Send;

    /// `GET /items117/{id}`
    fn item117(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item117Response> + Send;

    /// `GET /items118/{id}`
    fn item118(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item118Response> + Send;

    /// `GET /items119/{id}`
    fn item119(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item119Response> + Send;

    /// `GET /items120/{id}`
    fn item120(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item120Response> + Send;

    /// `GET /items121/{id}`
    fn item121(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item121Response> + Send;

    /// `GET /items122/{id}`
    fn item122(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item122Response> + Send;

    /// `GET /items123/{id}`
    fn item123(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item123Response> + Send;

    /// `GET /items124/{id}`
    fn item124(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item124Response> + Send;

    /// `GET /items125/{id}`
    fn item125(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item125Response> + Send;

    /// `GET /items126/{id}`
    fn item126(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item126Response> + Send;

    /// `GET /items127/{id}`
    fn item127(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item127Response> + Send;

    /// `GET /items128/{id}`
    fn item128(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item128Response> + Send;

    /// `GET /items129/{id}`
    fn item129(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item129Response> + Send;

    /// `GET /items130/{id}`
    fn item130(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item130Response> + Send;

    /// `GET /items131/{id}`
    fn item131(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item131Response> + Send;

    /// `GET /items132/{id}`
    fn item132(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item132Response> + Send;

    /// `GET /items133/{id}`
    fn item133(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item133Response> + Send;

    /// `GET /items134/{id}`
    fn item134(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item134Response> + Send;

    /// `GET /items135/{id}`
    fn item135(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item135Response> + Send;

    /// `GET /items136/{id}`
    fn item136(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item136Response> + Send;

    /// `GET /items137/{id}`
    fn item137(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item137Response> + Send;

    /// `GET /items138/{id}`
    fn item138(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item138Response> + Send;

    /// `GET /items139/{id}`
    fn item139(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item139Response> + Send;

    /// `GET /items140/{id}`
    fn item140(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item140Response> + Send;

    /// `GET /items141/{id}`
    fn item141(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item141Response> + Send;

    /// `GET /items142/{id}`
    fn item142(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item142Response> + Send;

    /// `GET /items143/{id}`
    fn item143(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item143Response> + Send;

    /// `GET /items144/{id}`
    fn item144(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item144Response> + Send;

    /// `GET /items145/{id}`
    fn item145(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item145Response> + Send;

    /// `GET /items146/{id}`
    fn item146(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item146Response> + Send;

    /// `GET /items147/{id}`
    fn item147(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item147Response> + Send;

    /// `GET /items148/{id}`
    fn item148(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item148Response> + Send;

    /// `GET /items149/{id}`
    fn item149(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item149Response> + Send;

    /// `GET /items150/{id}`
    fn item150(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item150Response> + Send;

    /// `GET /items151/{id}`
    fn item151(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item151Response> + Send;

    /// `GET /items152/{id}`
    fn item152(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item152Response> + Send;

    /// `GET /items153/{id}`
    fn item153(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item153Response> + Send;

    /// `GET /items154/{id}`
    fn item154(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item154Response> + Send;

    /// `GET /items155/{id}`
    fn item155(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item155Response> + Send;

    /// `GET /items156/{id}`
    fn item156(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item156Response> + Send;

    /// `GET /items157/{id}`
    fn item157(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item157Response> + Send;

    /// `GET /items158/{id}`
    fn item158(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item158Response> + Send;

    /// `GET /items159/{id}`
    fn item159(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item159Response> + Send;

    /// `GET /items160/{id}`
    fn item160(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item160Response> + Send;

    /// `GET /items161/{id}`
    fn item161(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item161Response> + Send;

    /// `GET /items162/{id}`
    fn item162(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item162Response> + Send;

    /// `GET /items163/{id}`
    fn item163(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item163Response> + Send;

    /// `GET /items164/{id}`
    fn item164(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item164Response> + Send;

    /// `GET /items165/{id}`
    fn item165(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item165Response> + Send;

    /// `GET /items166/{id}`
    fn item166(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item166Response> + Send;

    /// `GET /items167/{id}`
    fn item167(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item167Response> + Send;

    /// `GET /items168/{id}`
    fn item168(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item168Response> + Send;

    /// `GET /items169/{id}`
    fn item169(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item169Response> + Send;

    /// `GET /items170/{id}`
    fn item170(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item170Response> + Send;

    /// `GET /items171/{id}`
    fn item171(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item171Response> + Send;

    /// `GET /items172/{id}`
    fn item172(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item172Response> + Send;

    /// `GET /items173/{id}`
    fn item173(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item173Response> + Send;

    /// `GET /items174/{id}`
    fn item174(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item174Response> + Send;

    /// `GET /items175/{id}`
    fn item175(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item175Response> + Send;

    /// `GET /items176/{id}`
    fn item176(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item176Response> + Send;

    /// `GET /items177/{id}`
    fn item177(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item177Response> + Send;

    /// `GET /items178/{id}`
    fn item178(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item178Response> + Send;

    /// `GET /items179/{id}`
    fn item179(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item179Response> + Send;

    /// `GET /items180/{id}`
    fn item180(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item180Response> + Send;

    /// `GET /items181/{id}`
    fn item181(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item181Response> + Send;

    /// `GET /items182/{id}`
    fn item182(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item182Response> + Send;

    /// `GET /items183/{id}`
    fn item183(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item183Response> + Send;

    /// `GET /items184/{id}`
    fn item184(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item184Response> + Send;

    /// `GET /items185/{id}`
    fn item185(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item185Response> + Send;

    /// `GET /items186/{id}`
    fn item186(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item186Response> + Send;

    /// `GET /items187/{id}`
    fn item187(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item187Response> + Send;

    /// `GET /items188/{id}`
    fn item188(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item188Response> + Send;

    /// `GET /items189/{id}`
    fn item189(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item189Response> + Send;

    /// `GET /items190/{id}`
    fn item190(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item190Response> + Send;

    /// `GET /items191/{id}`
    fn item191(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item191Response> + Send;

    /// `GET /items192/{id}`
    fn item192(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item192Response> + Send;

    /// `GET /items193/{id}`
    fn item193(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item193Response> + Send;

    /// `GET /items194/{id}`
    fn item194(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item194Response> + Send;

    /// `GET /items195/{id}`
    fn item195(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item195Response> + Send;

    /// `GET /items196/{id}`
    fn item196(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item196Response> + Send;

    /// `GET /items197/{id}`
    fn item197(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item197Response> + Send;

    /// `GET /items198/{id}`
    fn item198(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item198Response> + Send;

    /// `GET /items199/{id}`
    fn item199(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item199Response> + Send;

    /// `GET /items200/{id}`
    fn item200(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item200Response> + Send;

    /// `GET /items201/{id}`
    fn item201(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item201Response> + Send;

    /// `GET /items202/{id}`
    fn item202(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item202Response> + Send;

    /// `GET /items203/{id}`
    fn item203(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item203Response> + Send;

    /// `GET /items204/{id}`
    fn item204(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item204Response> + Send;

    /// `GET /items205/{id}`
    fn item205(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item205Response> + Send;

    /// `GET /items206/{id}`
    fn item206(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item206Response> + Send;

    /// `GET /items207/{id}`
    fn item207(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item207Response> + Send;

    /// `GET /items208/{id}`
    fn item208(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item208Response> + Send;

    /// `GET /items209/{id}`
    fn item209(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item209Response> + Send;

    /// `GET /items210/{id}`
    fn item210(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item210Response> + Send;

    /// `GET /items211/{id}`
    fn item211(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item211Response> + Send;

    /// `GET /items212/{id}`
    fn item212(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item212Response> + Send;

    /// `GET /items213/{id}`
    fn item213(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item213Response> + Send;

    /// `GET /items214/{id}`
    fn item214(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item214Response> + Send;

    /// `GET /items215/{id}`
    fn item215(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item215Response> + Send;

    /// `GET /items216/{id}`
    fn item216(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item216Response> + Send;

    /// `GET /items217/{id}`
    fn item217(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item217Response> + Send;

    /// `GET /items218/{id}`
    fn item218(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item218Response> + Send;

    /// `GET /items219/{id}`
    fn item219(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item219Response> + Send;

    /// `GET /items220/{id}`
    fn item220(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item220Response> + Send;

    /// `GET /items221/{id}`
    fn item221(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item221Response> + Send;

    /// `GET /items222/{id}`
    fn item222(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item222Response> + Send;

    /// `GET /items223/{id}`
    fn item223(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item223Response> + Send;

    /// `GET /items224/{id}`
    fn item224(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item224Response> + Send;

    /// `GET /items225/{id}`
    fn item225(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item225Response> + Send;

    /// `GET /items226/{id}`
    fn item226(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item226Response> + Send;

    /// `GET /items227/{id}`
    fn item227(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item227Response> + Send;

    /// `GET /items228/{id}`
    fn item228(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item228Response> + Send;

    /// `GET /items229/{id}`
    fn item229(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item229Response> + Send;

    /// `GET /items230/{id}`
    fn item230(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item230Response> + Send;

    /// `GET /items231/{id}`
    fn item231(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item231Response> + Send;

    /// `GET /items232/{id}`
    fn item232(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item232Response> + Send;

    /// `GET /items233/{id}`
    fn item233(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item233Response> + Send;

    /// `GET /items234/{id}`
    fn item234(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item234Response> + Send;

    /// `GET /items235/{id}`
    fn item235(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item235Response> + Send;

    /// `GET /items236/{id}`
    fn item236(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item236Response> + Send;

    /// `GET /items237/{id}`
    fn item237(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item237Response> + Send;

    /// `GET /items238/{id}`
    fn item238(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item238Response> + Send;

    /// `GET /items239/{id}`
    fn item239(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item239Response> + Send;

    /// `GET /items240/{id}`
    fn item240(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item240Response> + Send;

    /// `GET /items241/{id}`
    fn item241(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item241Response> + Send;

    /// `GET /items242/{id}`
    fn item242(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item242Response> + Send;

    /// `GET /items243/{id}`
    fn item243(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item243Response> + Send;

    /// `GET /items244/{id}`
    fn item244(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item244Response> + Send;

    /// `GET /items245/{id}`
    fn item245(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item245Response> + Send;

    /// `GET /items246/{id}`
    fn item246(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item246Response> + Send;

    /// `GET /items247/{id}`
    fn item247(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item247Response> + Send;

    /// `GET /items248/{id}`
    fn item248(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item248Response> + Send;

    /// `GET /items249/{id}`
    fn item249(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item249Response> + Send;

    /// `GET /items250/{id}`
    fn item250(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item250Response> + Send;

    /// `GET /items251/{id}`
    fn item251(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item251Response> + Send;

    /// `GET /items252/{id}`
    fn item252(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item252Response> + Send;

    /// `GET /items253/{id}`
    fn item253(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item253Response> + Send;

    /// `GET /items254/{id}`
    fn item254(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item254Response> + Send;

    /// `GET /items255/{id}`
    fn item255(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item255Response> + Send;

    /// `GET /items256/{id}`
    fn item256(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item256Response> + Send;

    /// `GET /items257/{id}`
    fn item257(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item257Response> + Send;

    /// `GET /items258/{id}`
    fn item258(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item258Response> + Send;

    /// `GET /items259/{id}`
    fn item259(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item259Response> + Send;

    /// `GET /items260/{id}`
    fn item260(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item260Response> + Send;

    /// `GET /items261/{id}`
    fn item261(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item261Response> + Send;

    /// `GET /items262/{id}`
    fn item262(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item262Response> + Send;

    /// `GET /items263/{id}`
    fn item263(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item263Response> + Send;

    /// `GET /items264/{id}`
    fn item264(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item264Response> + Send;

    /// `GET /items265/{id}`
    fn item265(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item265Response> + Send;

    /// `GET /items266/{id}`
    fn item266(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item266Response> + Send;

    /// `GET /items267/{id}`
    fn item267(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item267Response> + Send;

    /// `GET /items268/{id}`
    fn item268(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item268Response> + Send;

    /// `GET /items269/{id}`
    fn item269(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item269Response> + Send;

    /// `GET /items270/{id}`
    fn item270(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item270Response> + Send;

    /// `GET /items271/{id}`
    fn item271(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item271Response> + Send;

    /// `GET /items272/{id}`
    fn item272(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item272Response> + Send;

    /// `GET /items273/{id}`
    fn item273(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item273Response> + Send;

    /// `GET /items274/{id}`
    fn item274(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item274Response> + Send;

    /// `GET /items275/{id}`
    fn item275(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item275Response> + Send;

    /// `GET /items276/{id}`
    fn item276(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item276Response> + Send;

    /// `GET /items277/{id}`
    fn item277(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item277Response> + Send;

    /// `GET /items278/{id}`
    fn item278(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item278Response> + Send;

    /// `GET /items279/{id}`
    fn item279(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item279Response> + Send;

    /// `GET /items280/{id}`
    fn item280(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item280Response> + Send;

    /// `GET /items281/{id}`
    fn item281(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item281Response> + Send;

    /// `GET /items282/{id}`
    fn item282(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item282Response> + Send;

    /// `GET /items283/{id}`
    fn item283(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item283Response> + Send;

    /// `GET /items284/{id}`
    fn item284(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item284Response> + Send;

    /// `GET /items285/{id}`
    fn item285(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item285Response> + Send;

    /// `GET /items286/{id}`
    fn item286(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item286Response> + Send;

    /// `GET /items287/{id}`
    fn item287(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item287Response> + Send;

    /// `GET /items288/{id}`
    fn item288(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item288Response> + Send;

    /// `GET /items289/{id}`
    fn item289(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item289Response> + Send;

    /// `GET /items290/{id}`
    fn item290(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item290Response> + Send;

    /// `GET /items291/{id}`
    fn item291(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item291Response> + Send;

    /// `GET /items292/{id}`
    fn item292(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item292Response> + Send;

    /// `GET /items293/{id}`
    fn item293(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item293Response> + Send;

    /// `GET /items294/{id}`
    fn item294(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item294Response> + Send;

    /// `GET /items295/{id}`
    fn item295(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item295Response> + Send;

    /// `GET /items296/{id}`
    fn item296(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item296Response> + Send;

    /// `GET /items297/{id}`
    fn item297(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item297Response> + Send;

    /// `GET /items298/{id}`
    fn item298(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item298Response> + Send;

    /// `GET /items299/{id}`
    fn item299(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item299Response> + Send;

    /// `GET /items300/{id}`
    fn item300(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item300Response> + Send;

    /// `GET /items301/{id}`
    fn item301(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item301Response> + Send;

    /// `GET /items302/{id}`
    fn item302(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item302Response> + Send;

    /// `GET /items303/{id}`
    fn item303(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item303Response> + Send;

    /// `GET /items304/{id}`
    fn item304(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item304Response> + Send;

    /// `GET /items305/{id}`
    fn item305(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item305Response> + Send;

    /// `GET /items306/{id}`
    fn item306(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item306Response> + Send;

    /// `GET /items307/{id}`
    fn item307(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item307Response> + Send;

    /// `GET /items308/{id}`
    fn item308(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item308Response> + Send;

    /// `GET /items309/{id}`
    fn item309(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item309Response> + Send;

    /// `GET /items310/{id}`
    fn item310(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item310Response> + Send;

    /// `GET /items311/{id}`
    fn item311(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item311Response> + Send;

    /// `GET /items312/{id}`
    fn item312(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item312Response> + Send;

    /// `GET /items313/{id}`
    fn item313(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item313Response> + Send;

    /// `GET /items314/{id}`
    fn item314(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item314Response> + Send;

    /// `GET /items315/{id}`
    fn item315(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item315Response> + Send;

    /// `GET /items316/{id}`
    fn item316(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item316Response> + Send;

    /// `GET /items317/{id}`
    fn item317(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item317Response> + Send;

    /// `GET /items318/{id}`
    fn item318(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item318Response> + Send;

    /// `GET /items319/{id}`
    fn item319(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item319Response> + Send;

    /// `GET /items320/{id}`
    fn item320(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item320Response> + Send;

    /// `GET /items321/{id}`
    fn item321(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item321Response> + Send;

    /// `GET /items322/{id}`
    fn item322(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item322Response> + Send;

    /// `GET /items323/{id}`
    fn item323(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item323Response> + Send;

    /// `GET /items324/{id}`
    fn item324(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item324Response> + Send;

    /// `GET /items325/{id}`
    fn item325(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item325Response> + Send;

    /// `GET /items326/{id}`
    fn item326(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item326Response> + Send;

    /// `GET /items327/{id}`
    fn item327(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item327Response> + Send;

    /// `GET /items328/{id}`
    fn item328(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item328Response> + Send;

    /// `GET /items329/{id}`
    fn item329(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item329Response> + Send;

    /// `GET /items330/{id}`
    fn item330(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item330Response> + Send;

    /// `GET /items331/{id}`
    fn item331(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item331Response> + Send;

    /// `GET /items332/{id}`
    fn item332(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item332Response> + Send;

    /// `GET /items333/{id}`
    fn item333(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item333Response> + Send;

    /// `GET /items334/{id}`
    fn item334(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item334Response> + Send;

    /// `GET /items335/{id}`
    fn item335(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item335Response> + Send;

    /// `GET /items336/{id}`
    fn item336(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item336Response> + Send;

    /// `GET /items337/{id}`
    fn item337(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item337Response> + Send;

    /// `GET /items338/{id}`
    fn item338(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item338Response> + Send;

    /// `GET /items339/{id}`
    fn item339(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item339Response> + Send;

    /// `GET /items340/{id}`
    fn item340(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item340Response> + Send;

    /// `GET /items341/{id}`
    fn item341(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item341Response> + Send;

    /// `GET /items342/{id}`
    fn item342(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item342Response> + Send;

    /// `GET /items343/{id}`
    fn item343(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item343Response> + Send;

    /// `GET /items344/{id}`
    fn item344(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item344Response> + Send;

    /// `GET /items345/{id}`
    fn item345(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item345Response> + Send;

    /// `GET /items346/{id}`
    fn item346(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item346Response> + Send;

    /// `GET /items347/{id}`
    fn item347(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item347Response> + Send;

    /// `GET /items348/{id}`
    fn item348(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item348Response> + Send;

    /// `GET /items349/{id}`
    fn item349(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item349Response> + Send;

    /// `GET /items350/{id}`
    fn item350(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item350Response> + Send;

    /// `GET /items351/{id}`
    fn item351(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item351Response> + Send;

    /// `GET /items352/{id}`
    fn item352(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item352Response> + Send;

    /// `GET /items353/{id}`
    fn item353(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item353Response> + Send;

    /// `GET /items354/{id}`
    fn item354(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item354Response> + Send;

    /// `GET /items355/{id}`
    fn item355(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item355Response> + Send;

    /// `GET /items356/{id}`
    fn item356(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item356Response> + Send;

    /// `GET /items357/{id}`
    fn item357(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item357Response> + Send;

    /// `GET /items358/{id}`
    fn item358(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item358Response> + Send;

    /// `GET /items359/{id}`
    fn item359(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item359Response> + Send;

    /// `GET /items360/{id}`
    fn item360(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item360Response> + Send;

    /// `GET /items361/{id}`
    fn item361(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item361Response> + Send;

    /// `GET /items362/{id}`
    fn item362(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item362Response> + Send;

    /// `GET /items363/{id}`
    fn item363(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item363Response> + Send;

    /// `GET /items364/{id}`
    fn item364(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item364Response> + Send;

    /// `GET /items365/{id}`
    fn item365(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item365Response> + Send;

    /// `GET /items366/{id}`
    fn item366(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item366Response> + Send;

    /// `GET /items367/{id}`
    fn item367(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item367Response> + Send;

    /// `GET /items368/{id}`
    fn item368(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item368Response> + Send;

    /// `GET /items369/{id}`
    fn item369(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item369Response> + Send;

    /// `GET /items370/{id}`
    fn item370(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item370Response> + Send;

    /// `GET /items371/{id}`
    fn item371(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item371Response> + Send;

    /// `GET /items372/{id}`
    fn item372(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item372Response> + Send;

    /// `GET /items373/{id}`
    fn item373(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item373Response> + Send;

    /// `GET /items374/{id}`
    fn item374(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item374Response> + Send;

    /// `GET /items375/{id}`
    fn item375(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item375Response> + Send;

    /// `GET /items376/{id}`
    fn item376(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item376Response> + Send;

    /// `GET /items377/{id}`
    fn item377(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item377Response> + Send;

    /// `GET /items378/{id}`
    fn item378(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item378Response> + Send;

    /// `GET /items379/{id}`
    fn item379(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item379Response> + Send;

    /// `GET /items380/{id}`
    fn item380(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item380Response> + Send;

    /// `GET /items381/{id}`
    fn item381(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item381Response> + Send;

    /// `GET /items382/{id}`
    fn item382(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item382Response> + Send;

    /// `GET /items383/{id}`
    fn item383(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item383Response> + Send;

    /// `GET /items384/{id}`
    fn item384(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item384Response> + Send;

    /// `GET /items385/{id}`
    fn item385(
        self: std::sync::Arc<Self>,
        id: String,
        request: axum::http::request::Parts,
    ) -> impl std::future::Future<Output = Item385Response> + Send;
}
