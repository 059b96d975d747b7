/// Error responses `item025` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item025Error {}
impl Item025Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item025Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item025Error {}
impl ApiError for Item025Error {
    fn status(&self) -> u16 {
        Item025Error::status(self)
    }
}

/// Error responses `item026` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item026Error {}
impl Item026Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item026Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item026Error {}
impl ApiError for Item026Error {
    fn status(&self) -> u16 {
        Item026Error::status(self)
    }
}

/// Error responses `item027` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item027Error {}
impl Item027Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item027Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item027Error {}
impl ApiError for Item027Error {
    fn status(&self) -> u16 {
        Item027Error::status(self)
    }
}

/// Error responses `item028` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item028Error {}
impl Item028Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item028Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item028Error {}
impl ApiError for Item028Error {
    fn status(&self) -> u16 {
        Item028Error::status(self)
    }
}

/// Error responses `item029` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item029Error {}
impl Item029Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item029Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item029Error {}
impl ApiError for Item029Error {
    fn status(&self) -> u16 {
        Item029Error::status(self)
    }
}

/// Error responses `item030` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item030Error {}
impl Item030Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item030Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item030Error {}
impl ApiError for Item030Error {
    fn status(&self) -> u16 {
        Item030Error::status(self)
    }
}

/// Error responses `item031` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item031Error {}
impl Item031Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item031Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item031Error {}
impl ApiError for Item031Error {
    fn status(&self) -> u16 {
        Item031Error::status(self)
    }
}

/// Error responses `item032` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item032Error {}
impl Item032Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item032Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item032Error {}
impl ApiError for Item032Error {
    fn status(&self) -> u16 {
        Item032Error::status(self)
    }
}

/// Error responses `item033` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item033Error {}
impl Item033Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item033Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item033Error {}
impl ApiError for Item033Error {
    fn status(&self) -> u16 {
        Item033Error::status(self)
    }
}

/// Error responses `item034` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item034Error {}
impl Item034Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item034Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item034Error {}
impl ApiError for Item034Error {
    fn status(&self) -> u16 {
        Item034Error::status(self)
    }
}

/// Error responses `item035` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item035Error {}
impl Item035Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item035Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item035Error {}
impl ApiError for Item035Error {
    fn status(&self) -> u16 {
        Item035Error::status(self)
    }
}

/// Error responses `item036` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item036Error {}
impl Item036Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item036Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item036Error {}
impl ApiError for Item036Error {
    fn status(&self) -> u16 {
        Item036Error::status(self)
    }
}

/// Error responses `item037` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item037Error {}
impl Item037Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item037Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item037Error {}
impl ApiError for Item037Error {
    fn status(&self) -> u16 {
        Item037Error::status(self)
    }
}

/// Error responses `item038` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item038Error {}
impl Item038Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item038Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item038Error {}
impl ApiError for Item038Error {
    fn status(&self) -> u16 {
        Item038Error::status(self)
    }
}

/// Error responses `item039` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item039Error {}
impl Item039Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item039Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item039Error {}
impl ApiError for Item039Error {
    fn status(&self) -> u16 {
        Item039Error::status(self)
    }
}

/// Error responses `item040` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item040Error {}
impl Item040Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item040Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item040Error {}
impl ApiError for Item040Error {
    fn status(&self) -> u16 {
        Item040Error::status(self)
    }
}

/// Error responses `item041` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item041Error {}
impl Item041Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item041Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item041Error {}
impl ApiError for Item041Error {
    fn status(&self) -> u16 {
        Item041Error::status(self)
    }
}

/// Error responses `item042` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item042Error {}
impl Item042Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item042Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item042Error {}
impl ApiError for Item042Error {
    fn status(&self) -> u16 {
        Item042Error::status(self)
    }
}

/// Error responses `item043` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item043Error {}
impl Item043Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item043Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item043Error {}
impl ApiError for Item043Error {
    fn status(&self) -> u16 {
        Item043Error::status(self)
    }
}

/// Error responses `item044` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item044Error {}
impl Item044Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item044Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item044Error {}
impl ApiError for Item044Error {
    fn status(&self) -> u16 {
        Item044Error::status(self)
    }
}

/// Error responses `item045` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item045Error {}
impl Item045Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item045Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item045Error {}
impl ApiError for Item045Error {
    fn status(&self) -> u16 {
        Item045Error::status(self)
    }
}

/// Error responses `item046` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item046Error {}
impl Item046Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item046Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item046Error {}
impl ApiError for Item046Error {
    fn status(&self) -> u16 {
        Item046Error::status(self)
    }
}

/// Error responses `item047` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item047Error {}
impl Item047Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item047Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item047Error {}
impl ApiError for Item047Error {
    fn status(&self) -> u16 {
        Item047Error::status(self)
    }
}

/// Error responses `item048` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item048Error {}
impl Item048Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item048Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item048Error {}
impl ApiError for Item048Error {
    fn status(&self) -> u16 {
        Item048Error::status(self)
    }
}

/// Error responses `item049` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item049Error {}
impl Item049Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item049Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item049Error {}
impl ApiError for Item049Error {
    fn status(&self) -> u16 {
        Item049Error::status(self)
    }
}

/// Error responses `item050` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item050Error {}
impl Item050Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item050Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item050Error {}
impl ApiError for Item050Error {
    fn status(&self) -> u16 {
        Item050Error::status(self)
    }
}

/// Error responses `item051` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item051Error {}
impl Item051Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item051Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item051Error {}
impl ApiError for Item051Error {
    fn status(&self) -> u16 {
        Item051Error::status(self)
    }
}

/// Error responses `item052` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item052Error {}
impl Item052Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item052Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item052Error {}
impl ApiError for Item052Error {
    fn status(&self) -> u16 {
        Item052Error::status(self)
    }
}

/// Error responses `item053` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item053Error {}
impl Item053Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item053Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item053Error {}
impl ApiError for Item053Error {
    fn status(&self) -> u16 {
        Item053Error::status(self)
    }
}

/// Error responses `item054` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item054Error {}
impl Item054Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item054Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item054Error {}
impl ApiError for Item054Error {
    fn status(&self) -> u16 {
        Item054Error::status(self)
    }
}

/// Error responses `item055` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item055Error {}
impl Item055Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item055Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item055Error {}
impl ApiError for Item055Error {
    fn status(&self) -> u16 {
        Item055Error::status(self)
    }
}

/// Error responses `item056` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item056Error {}
impl Item056Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item056Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item056Error {}
impl ApiError for Item056Error {
    fn status(&self) -> u16 {
        Item056Error::status(self)
    }
}

/// Error responses `item057` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item057Error {}
impl Item057Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item057Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item057Error {}
impl ApiError for Item057Error {
    fn status(&self) -> u16 {
        Item057Error::status(self)
    }
}

/// Error responses `item058` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item058Error {}
impl Item058Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item058Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item058Error {}
impl ApiError for Item058Error {
    fn status(&self) -> u16 {
        Item058Error::status(self)
    }
}

/// Error responses `item059` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item059Error {}
impl Item059Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item059Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item059Error {}
impl ApiError for Item059Error {
    fn status(&self) -> u16 {
        Item059Error::status(self)
    }
}

/// Error responses `item060` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item060Error {}
impl Item060Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item060Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item060Error {}
impl ApiError for Item060Error {
    fn status(&self) -> u16 {
        Item060Error::status(self)
    }
}

/// Error responses `item061` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item061Error {}
impl Item061Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item061Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item061Error {}
impl ApiError for Item061Error {
    fn status(&self) -> u16 {
        Item061Error::status(self)
    }
}

/// Error responses `item062` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item062Error {}
impl Item062Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item062Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item062Error {}
impl ApiError for Item062Error {
    fn status(&self) -> u16 {
        Item062Error::status(self)
    }
}

/// Error responses `item063` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item063Error {}
impl Item063Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item063Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item063Error {}
impl ApiError for Item063Error {
    fn status(&self) -> u16 {
        Item063Error::status(self)
    }
}

/// Error responses `item064` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item064Error {}
impl Item064Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item064Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item064Error {}
impl ApiError for Item064Error {
    fn status(&self) -> u16 {
        Item064Error::status(self)
    }
}

/// Error responses `item065` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item065Error {}
impl Item065Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item065Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item065Error {}
impl ApiError for Item065Error {
    fn status(&self) -> u16 {
        Item065Error::status(self)
    }
}

/// Error responses `item066` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item066Error {}
impl Item066Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item066Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item066Error {}
impl ApiError for Item066Error {
    fn status(&self) -> u16 {
        Item066Error::status(self)
    }
}

/// Error responses `item067` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item067Error {}
impl Item067Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item067Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item067Error {}
impl ApiError for Item067Error {
    fn status(&self) -> u16 {
        Item067Error::status(self)
    }
}

/// Error responses `item068` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item068Error {}
impl Item068Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item068Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item068Error {}
impl ApiError for Item068Error {
    fn status(&self) -> u16 {
        Item068Error::status(self)
    }
}

/// Error responses `item069` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item069Error {}
impl Item069Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item069Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item069Error {}
impl ApiError for Item069Error {
    fn status(&self) -> u16 {
        Item069Error::status(self)
    }
}

/// Error responses `item070` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item070Error {}
impl Item070Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item070Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item070Error {}
impl ApiError for Item070Error {
    fn status(&self) -> u16 {
        Item070Error::status(self)
    }
}

/// Error responses `item071` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item071Error {}
impl Item071Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item071Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item071Error {}
impl ApiError for Item071Error {
    fn status(&self) -> u16 {
        Item071Error::status(self)
    }
}

/// Error responses `item072` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item072Error {}
impl Item072Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item072Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item072Error {}
impl ApiError for Item072Error {
    fn status(&self) -> u16 {
        Item072Error::status(self)
    }
}

/// Error responses `item073` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item073Error {}
impl Item073Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item073Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item073Error {}
impl ApiError for Item073Error {
    fn status(&self) -> u16 {
        Item073Error::status(self)
    }
}

/// Error responses `item074` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item074Error {}
impl Item074Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item074Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item074Error {}
impl ApiError for Item074Error {
    fn status(&self) -> u16 {
        Item074Error::status(self)
    }
}

/// Error responses `item075` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item075Error {}
impl Item075Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item075Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item075Error {}
impl ApiError for Item075Error {
    fn status(&self) -> u16 {
        Item075Error::status(self)
    }
}

/// Error responses `item076` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item076Error {}
impl Item076Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item076Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item076Error {}
impl ApiError for Item076Error {
    fn status(&self) -> u16 {
        Item076Error::status(self)
    }
}

/// Error responses `item077` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item077Error {}
impl Item077Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item077Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item077Error {}
impl ApiError for Item077Error {
    fn status(&self) -> u16 {
        Item077Error::status(self)
    }
}

/// Error responses `item078` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item078Error {}
impl Item078Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item078Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item078Error {}
impl ApiError for Item078Error {
    fn status(&self) -> u16 {
        Item078Error::status(self)
    }
}

/// Error responses `item079` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item079Error {}
impl Item079Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item079Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item079Error {}
impl ApiError for Item079Error {
    fn status(&self) -> u16 {
        Item079Error::status(self)
    }
}

/// Error responses `item080` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item080Error {}
impl Item080Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item080Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item080Error {}
impl ApiError for Item080Error {
    fn status(&self) -> u16 {
        Item080Error::status(self)
    }
}

/// Error responses `item081` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item081Error {}
impl Item081Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item081Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item081Error {}
impl ApiError for Item081Error {
    fn status(&self) -> u16 {
        Item081Error::status(self)
    }
}

/// Error responses `item082` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item082Error {}
impl Item082Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item082Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item082Error {}
impl ApiError for Item082Error {
    fn status(&self) -> u16 {
        Item082Error::status(self)
    }
}

/// Error responses `item083` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item083Error {}
impl Item083Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item083Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item083Error {}
impl ApiError for Item083Error {
    fn status(&self) -> u16 {
        Item083Error::status(self)
    }
}

/// Error responses `item084` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item084Error {}
impl Item084Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item084Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item084Error {}
impl ApiError for Item084Error {
    fn status(&self) -> u16 {
        Item084Error::status(self)
    }
}

/// Error responses `item085` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item085Error {}
impl Item085Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item085Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item085Error {}
impl ApiError for Item085Error {
    fn status(&self) -> u16 {
        Item085Error::status(self)
    }
}

/// Error responses `item086` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item086Error {}
impl Item086Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item086Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item086Error {}
impl ApiError for Item086Error {
    fn status(&self) -> u16 {
        Item086Error::status(self)
    }
}

/// Error responses `item087` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item087Error {}
impl Item087Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item087Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item087Error {}
impl ApiError for Item087Error {
    fn status(&self) -> u16 {
        Item087Error::status(self)
    }
}

/// Error responses `item088` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item088Error {}
impl Item088Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item088Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item088Error {}
impl ApiError for Item088Error {
    fn status(&self) -> u16 {
        Item088Error::status(self)
    }
}

/// Error responses `item089` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item089Error {}
impl Item089Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item089Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item089Error {}
impl ApiError for Item089Error {
    fn status(&self) -> u16 {
        Item089Error::status(self)
    }
}

/// Error responses `item090` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item090Error {}
impl Item090Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item090Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item090Error {}
impl ApiError for Item090Error {
    fn status(&self) -> u16 {
        Item090Error::status(self)
    }
}

/// Error responses `item091` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item091Error {}
impl Item091Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item091Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item091Error {}
impl ApiError for Item091Error {
    fn status(&self) -> u16 {
        Item091Error::status(self)
    }
}

/// Error responses `item092` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item092Error {}
impl Item092Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item092Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item092Error {}
impl ApiError for Item092Error {
    fn status(&self) -> u16 {
        Item092Error::status(self)
    }
}

/// Error responses `item093` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item093Error {}
impl Item093Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item093Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item093Error {}
impl ApiError for Item093Error {
    fn status(&self) -> u16 {
        Item093Error::status(self)
    }
}

/// Error responses `item094` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item094Error {}
impl Item094Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item094Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item094Error {}
impl ApiError for Item094Error {
    fn status(&self) -> u16 {
        Item094Error::status(self)
    }
}

/// Error responses `item095` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item095Error {}
impl Item095Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item095Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item095Error {}
impl ApiError for Item095Error {
    fn status(&self) -> u16 {
        Item095Error::status(self)
    }
}

/// Error responses `item096` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item096Error {}
impl Item096Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item096Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item096Error {}
impl ApiError for Item096Error {
    fn status(&self) -> u16 {
        Item096Error::status(self)
    }
}

/// Error responses `item097` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item097Error {}
impl Item097Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item097Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item097Error {}
impl ApiError for Item097Error {
    fn status(&self) -> u16 {
        Item097Error::status(self)
    }
}

/// Error responses `item098` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item098Error {}
impl Item098Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item098Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item098Error {}
impl ApiError for Item098Error {
    fn status(&self) -> u16 {
        Item098Error::status(self)
    }
}

/// Error responses `item099` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item099Error {}
impl Item099Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item099Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item099Error {}
impl ApiError for Item099Error {
    fn status(&self) -> u16 {
        Item099Error::status(self)
    }
}

/// Error responses `item100` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item100Error {}
impl Item100Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item100Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item100Error {}
impl ApiError for Item100Error {
    fn status(&self) -> u16 {
        Item100Error::status(self)
    }
}

/// Error responses `item101` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item101Error {}
impl Item101Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item101Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item101Error {}
impl ApiError for Item101Error {
    fn status(&self) -> u16 {
        Item101Error::status(self)
    }
}

/// Error responses `item102` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item102Error {}
impl Item102Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item102Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item102Error {}
impl ApiError for Item102Error {
    fn status(&self) -> u16 {
        Item102Error::status(self)
    }
}

/// Error responses `item103` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item103Error {}
impl Item103Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item103Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item103Error {}
impl ApiError for Item103Error {
    fn status(&self) -> u16 {
        Item103Error::status(self)
    }
}

/// Error responses `item104` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item104Error {}
impl Item104Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item104Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item104Error {}
impl ApiError for Item104Error {
    fn status(&self) -> u16 {
        Item104Error::status(self)
    }
}

/// Error responses `item105` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item105Error {}
impl Item105Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item105Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item105Error {}
impl ApiError for Item105Error {
    fn status(&self) -> u16 {
        Item105Error::status(self)
    }
}

/// Error responses `item106` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item106Error {}
impl Item106Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item106Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item106Error {}
impl ApiError for Item106Error {
    fn status(&self) -> u16 {
        Item106Error::status(self)
    }
}

/// Error responses `item107` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item107Error {}
impl Item107Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item107Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item107Error {}
impl ApiError for Item107Error {
    fn status(&self) -> u16 {
        Item107Error::status(self)
    }
}

/// Error responses `item108` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item108Error {}
impl Item108Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item108Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item108Error {}
impl ApiError for Item108Error {
    fn status(&self) -> u16 {
        Item108Error::status(self)
    }
}

/// Error responses `item109` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item109Error {}
impl Item109Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item109Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item109Error {}
impl ApiError for Item109Error {
    fn status(&self) -> u16 {
        Item109Error::status(self)
    }
}

/// Error responses `item110` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item110Error {}
impl Item110Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item110Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item110Error {}
impl ApiError for Item110Error {
    fn status(&self) -> u16 {
        Item110Error::status(self)
    }
}
