/// Error responses `item369` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item369Error {}
impl Item369Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item369Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item369Error {}
impl ApiError for Item369Error {
    fn status(&self) -> u16 {
        Item369Error::status(self)
    }
}

/// Error responses `item370` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item370Error {}
impl Item370Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item370Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item370Error {}
impl ApiError for Item370Error {
    fn status(&self) -> u16 {
        Item370Error::status(self)
    }
}

/// Error responses `item371` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item371Error {}
impl Item371Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item371Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item371Error {}
impl ApiError for Item371Error {
    fn status(&self) -> u16 {
        Item371Error::status(self)
    }
}

/// Error responses `item372` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item372Error {}
impl Item372Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item372Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item372Error {}
impl ApiError for Item372Error {
    fn status(&self) -> u16 {
        Item372Error::status(self)
    }
}

/// Error responses `item373` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item373Error {}
impl Item373Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item373Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item373Error {}
impl ApiError for Item373Error {
    fn status(&self) -> u16 {
        Item373Error::status(self)
    }
}

/// Error responses `item374` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item374Error {}
impl Item374Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item374Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item374Error {}
impl ApiError for Item374Error {
    fn status(&self) -> u16 {
        Item374Error::status(self)
    }
}

/// Error responses `item375` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item375Error {}
impl Item375Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item375Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item375Error {}
impl ApiError for Item375Error {
    fn status(&self) -> u16 {
        Item375Error::status(self)
    }
}

/// Error responses `item376` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item376Error {}
impl Item376Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item376Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item376Error {}
impl ApiError for Item376Error {
    fn status(&self) -> u16 {
        Item376Error::status(self)
    }
}

/// Error responses `item377` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item377Error {}
impl Item377Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item377Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item377Error {}
impl ApiError for Item377Error {
    fn status(&self) -> u16 {
        Item377Error::status(self)
    }
}

/// Error responses `item378` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item378Error {}
impl Item378Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item378Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item378Error {}
impl ApiError for Item378Error {
    fn status(&self) -> u16 {
        Item378Error::status(self)
    }
}

/// Error responses `item379` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item379Error {}
impl Item379Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item379Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item379Error {}
impl ApiError for Item379Error {
    fn status(&self) -> u16 {
        Item379Error::status(self)
    }
}

/// Error responses `item380` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item380Error {}
impl Item380Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item380Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item380Error {}
impl ApiError for Item380Error {
    fn status(&self) -> u16 {
        Item380Error::status(self)
    }
}

/// Error responses `item381` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item381Error {}
impl Item381Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item381Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item381Error {}
impl ApiError for Item381Error {
    fn status(&self) -> u16 {
        Item381Error::status(self)
    }
}

/// Error responses `item382` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item382Error {}
impl Item382Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item382Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item382Error {}
impl ApiError for Item382Error {
    fn status(&self) -> u16 {
        Item382Error::status(self)
    }
}

/// Error responses `item383` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item383Error {}
impl Item383Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item383Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item383Error {}
impl ApiError for Item383Error {
    fn status(&self) -> u16 {
        Item383Error::status(self)
    }
}

/// Error responses `item384` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item384Error {}
impl Item384Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item384Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item384Error {}
impl ApiError for Item384Error {
    fn status(&self) -> u16 {
        Item384Error::status(self)
    }
}

/// Error responses `item385` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item385Error {}
impl Item385Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item385Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item385Error {}
impl ApiError for Item385Error {
    fn status(&self) -> u16 {
        Item385Error::status(self)
    }
}

/// Error responses `item386` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item386Error {}
impl Item386Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item386Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item386Error {}
impl ApiError for Item386Error {
    fn status(&self) -> u16 {
        Item386Error::status(self)
    }
}

/// Error responses `item387` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item387Error {}
impl Item387Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item387Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item387Error {}
impl ApiError for Item387Error {
    fn status(&self) -> u16 {
        Item387Error::status(self)
    }
}

/// Error responses `item388` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item388Error {}
impl Item388Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item388Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item388Error {}
impl ApiError for Item388Error {
    fn status(&self) -> u16 {
        Item388Error::status(self)
    }
}

/// Error responses `item389` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item389Error {}
impl Item389Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item389Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item389Error {}
impl ApiError for Item389Error {
    fn status(&self) -> u16 {
        Item389Error::status(self)
    }
}

/// Error responses `item390` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item390Error {}
impl Item390Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item390Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item390Error {}
impl ApiError for Item390Error {
    fn status(&self) -> u16 {
        Item390Error::status(self)
    }
}

/// Error responses `item391` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item391Error {}
impl Item391Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item391Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item391Error {}
impl ApiError for Item391Error {
    fn status(&self) -> u16 {
        Item391Error::status(self)
    }
}

/// Error responses `item392` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item392Error {}
impl Item392Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item392Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item392Error {}
impl ApiError for Item392Error {
    fn status(&self) -> u16 {
        Item392Error::status(self)
    }
}

/// Error responses `item393` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item393Error {}
impl Item393Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item393Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item393Error {}
impl ApiError for Item393Error {
    fn status(&self) -> u16 {
        Item393Error::status(self)
    }
}

/// Error responses `item394` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item394Error {}
impl Item394Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item394Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item394Error {}
impl ApiError for Item394Error {
    fn status(&self) -> u16 {
        Item394Error::status(self)
    }
}

/// Error responses `item395` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item395Error {}
impl Item395Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item395Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item395Error {}
impl ApiError for Item395Error {
    fn status(&self) -> u16 {
        Item395Error::status(self)
    }
}

/// Error responses `item396` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item396Error {}
impl Item396Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item396Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item396Error {}
impl ApiError for Item396Error {
    fn status(&self) -> u16 {
        Item396Error::status(self)
    }
}

/// Error responses `item397` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item397Error {}
impl Item397Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item397Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item397Error {}
impl ApiError for Item397Error {
    fn status(&self) -> u16 {
        Item397Error::status(self)
    }
}

/// Error responses `item398` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item398Error {}
impl Item398Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item398Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item398Error {}
impl ApiError for Item398Error {
    fn status(&self) -> u16 {
        Item398Error::status(self)
    }
}

/// Error responses `item399` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item399Error {}
impl Item399Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item399Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item399Error {}
impl ApiError for Item399Error {
    fn status(&self) -> u16 {
        Item399Error::status(self)
    }
}

/// Error responses `item400` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item400Error {}
impl Item400Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item400Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item400Error {}
impl ApiError for Item400Error {
    fn status(&self) -> u16 {
        Item400Error::status(self)
    }
}

/// Error responses `item401` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item401Error {}
impl Item401Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item401Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item401Error {}
impl ApiError for Item401Error {
    fn status(&self) -> u16 {
        Item401Error::status(self)
    }
}

/// Error responses `item402` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item402Error {}
impl Item402Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item402Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item402Error {}
impl ApiError for Item402Error {
    fn status(&self) -> u16 {
        Item402Error::status(self)
    }
}

/// Error responses `item403` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item403Error {}
impl Item403Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item403Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item403Error {}
impl ApiError for Item403Error {
    fn status(&self) -> u16 {
        Item403Error::status(self)
    }
}

/// Error responses `item404` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item404Error {}
impl Item404Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item404Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item404Error {}
impl ApiError for Item404Error {
    fn status(&self) -> u16 {
        Item404Error::status(self)
    }
}

/// Error responses `item405` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item405Error {}
impl Item405Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item405Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item405Error {}
impl ApiError for Item405Error {
    fn status(&self) -> u16 {
        Item405Error::status(self)
    }
}

/// Error responses `item406` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item406Error {}
impl Item406Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item406Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item406Error {}
impl ApiError for Item406Error {
    fn status(&self) -> u16 {
        Item406Error::status(self)
    }
}

/// Error responses `item407` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item407Error {}
impl Item407Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item407Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item407Error {}
impl ApiError for Item407Error {
    fn status(&self) -> u16 {
        Item407Error::status(self)
    }
}

/// Error responses `item408` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item408Error {}
impl Item408Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item408Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item408Error {}
impl ApiError for Item408Error {
    fn status(&self) -> u16 {
        Item408Error::status(self)
    }
}

/// Error responses `item409` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item409Error {}
impl Item409Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item409Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item409Error {}
impl ApiError for Item409Error {
    fn status(&self) -> u16 {
        Item409Error::status(self)
    }
}

/// Error responses `item410` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item410Error {}
impl Item410Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item410Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item410Error {}
impl ApiError for Item410Error {
    fn status(&self) -> u16 {
        Item410Error::status(self)
    }
}
