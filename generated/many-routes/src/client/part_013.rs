/// Error responses `item283` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item283Error {}
impl Item283Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item283Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item283Error {}
impl ApiError for Item283Error {
    fn status(&self) -> u16 {
        Item283Error::status(self)
    }
}

/// Error responses `item284` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item284Error {}
impl Item284Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item284Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item284Error {}
impl ApiError for Item284Error {
    fn status(&self) -> u16 {
        Item284Error::status(self)
    }
}

/// Error responses `item285` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item285Error {}
impl Item285Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item285Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item285Error {}
impl ApiError for Item285Error {
    fn status(&self) -> u16 {
        Item285Error::status(self)
    }
}

/// Error responses `item286` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item286Error {}
impl Item286Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item286Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item286Error {}
impl ApiError for Item286Error {
    fn status(&self) -> u16 {
        Item286Error::status(self)
    }
}

/// Error responses `item287` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item287Error {}
impl Item287Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item287Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item287Error {}
impl ApiError for Item287Error {
    fn status(&self) -> u16 {
        Item287Error::status(self)
    }
}

/// Error responses `item288` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item288Error {}
impl Item288Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item288Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item288Error {}
impl ApiError for Item288Error {
    fn status(&self) -> u16 {
        Item288Error::status(self)
    }
}

/// Error responses `item289` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item289Error {}
impl Item289Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item289Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item289Error {}
impl ApiError for Item289Error {
    fn status(&self) -> u16 {
        Item289Error::status(self)
    }
}

/// Error responses `item290` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item290Error {}
impl Item290Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item290Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item290Error {}
impl ApiError for Item290Error {
    fn status(&self) -> u16 {
        Item290Error::status(self)
    }
}

/// Error responses `item291` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item291Error {}
impl Item291Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item291Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item291Error {}
impl ApiError for Item291Error {
    fn status(&self) -> u16 {
        Item291Error::status(self)
    }
}

/// Error responses `item292` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item292Error {}
impl Item292Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item292Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item292Error {}
impl ApiError for Item292Error {
    fn status(&self) -> u16 {
        Item292Error::status(self)
    }
}

/// Error responses `item293` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item293Error {}
impl Item293Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item293Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item293Error {}
impl ApiError for Item293Error {
    fn status(&self) -> u16 {
        Item293Error::status(self)
    }
}

/// Error responses `item294` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item294Error {}
impl Item294Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item294Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item294Error {}
impl ApiError for Item294Error {
    fn status(&self) -> u16 {
        Item294Error::status(self)
    }
}

/// Error responses `item295` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item295Error {}
impl Item295Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item295Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item295Error {}
impl ApiError for Item295Error {
    fn status(&self) -> u16 {
        Item295Error::status(self)
    }
}

/// Error responses `item296` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item296Error {}
impl Item296Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item296Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item296Error {}
impl ApiError for Item296Error {
    fn status(&self) -> u16 {
        Item296Error::status(self)
    }
}

/// Error responses `item297` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item297Error {}
impl Item297Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item297Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item297Error {}
impl ApiError for Item297Error {
    fn status(&self) -> u16 {
        Item297Error::status(self)
    }
}

/// Error responses `item298` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item298Error {}
impl Item298Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item298Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item298Error {}
impl ApiError for Item298Error {
    fn status(&self) -> u16 {
        Item298Error::status(self)
    }
}

/// Error responses `item299` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item299Error {}
impl Item299Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item299Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item299Error {}
impl ApiError for Item299Error {
    fn status(&self) -> u16 {
        Item299Error::status(self)
    }
}

/// Error responses `item300` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item300Error {}
impl Item300Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item300Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item300Error {}
impl ApiError for Item300Error {
    fn status(&self) -> u16 {
        Item300Error::status(self)
    }
}

/// Error responses `item301` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item301Error {}
impl Item301Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item301Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item301Error {}
impl ApiError for Item301Error {
    fn status(&self) -> u16 {
        Item301Error::status(self)
    }
}

/// Error responses `item302` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item302Error {}
impl Item302Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item302Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item302Error {}
impl ApiError for Item302Error {
    fn status(&self) -> u16 {
        Item302Error::status(self)
    }
}

/// Error responses `item303` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item303Error {}
impl Item303Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item303Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item303Error {}
impl ApiError for Item303Error {
    fn status(&self) -> u16 {
        Item303Error::status(self)
    }
}

/// Error responses `item304` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item304Error {}
impl Item304Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item304Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item304Error {}
impl ApiError for Item304Error {
    fn status(&self) -> u16 {
        Item304Error::status(self)
    }
}

/// Error responses `item305` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item305Error {}
impl Item305Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item305Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item305Error {}
impl ApiError for Item305Error {
    fn status(&self) -> u16 {
        Item305Error::status(self)
    }
}

/// Error responses `item306` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item306Error {}
impl Item306Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item306Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item306Error {}
impl ApiError for Item306Error {
    fn status(&self) -> u16 {
        Item306Error::status(self)
    }
}

/// Error responses `item307` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item307Error {}
impl Item307Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item307Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item307Error {}
impl ApiError for Item307Error {
    fn status(&self) -> u16 {
        Item307Error::status(self)
    }
}

/// Error responses `item308` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item308Error {}
impl Item308Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item308Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item308Error {}
impl ApiError for Item308Error {
    fn status(&self) -> u16 {
        Item308Error::status(self)
    }
}

/// Error responses `item309` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item309Error {}
impl Item309Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item309Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item309Error {}
impl ApiError for Item309Error {
    fn status(&self) -> u16 {
        Item309Error::status(self)
    }
}

/// Error responses `item310` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item310Error {}
impl Item310Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item310Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item310Error {}
impl ApiError for Item310Error {
    fn status(&self) -> u16 {
        Item310Error::status(self)
    }
}

/// Error responses `item311` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item311Error {}
impl Item311Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item311Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item311Error {}
impl ApiError for Item311Error {
    fn status(&self) -> u16 {
        Item311Error::status(self)
    }
}

/// Error responses `item312` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item312Error {}
impl Item312Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item312Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item312Error {}
impl ApiError for Item312Error {
    fn status(&self) -> u16 {
        Item312Error::status(self)
    }
}

/// Error responses `item313` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item313Error {}
impl Item313Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item313Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item313Error {}
impl ApiError for Item313Error {
    fn status(&self) -> u16 {
        Item313Error::status(self)
    }
}

/// Error responses `item314` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item314Error {}
impl Item314Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item314Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item314Error {}
impl ApiError for Item314Error {
    fn status(&self) -> u16 {
        Item314Error::status(self)
    }
}

/// Error responses `item315` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item315Error {}
impl Item315Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item315Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item315Error {}
impl ApiError for Item315Error {
    fn status(&self) -> u16 {
        Item315Error::status(self)
    }
}

/// Error responses `item316` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item316Error {}
impl Item316Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item316Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item316Error {}
impl ApiError for Item316Error {
    fn status(&self) -> u16 {
        Item316Error::status(self)
    }
}

/// Error responses `item317` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item317Error {}
impl Item317Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item317Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item317Error {}
impl ApiError for Item317Error {
    fn status(&self) -> u16 {
        Item317Error::status(self)
    }
}

/// Error responses `item318` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item318Error {}
impl Item318Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item318Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item318Error {}
impl ApiError for Item318Error {
    fn status(&self) -> u16 {
        Item318Error::status(self)
    }
}

/// Error responses `item319` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item319Error {}
impl Item319Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item319Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item319Error {}
impl ApiError for Item319Error {
    fn status(&self) -> u16 {
        Item319Error::status(self)
    }
}

/// Error responses `item320` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item320Error {}
impl Item320Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item320Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item320Error {}
impl ApiError for Item320Error {
    fn status(&self) -> u16 {
        Item320Error::status(self)
    }
}

/// Error responses `item321` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item321Error {}
impl Item321Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item321Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item321Error {}
impl ApiError for Item321Error {
    fn status(&self) -> u16 {
        Item321Error::status(self)
    }
}

/// Error responses `item322` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item322Error {}
impl Item322Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item322Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item322Error {}
impl ApiError for Item322Error {
    fn status(&self) -> u16 {
        Item322Error::status(self)
    }
}

/// Error responses `item323` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item323Error {}
impl Item323Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item323Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item323Error {}
impl ApiError for Item323Error {
    fn status(&self) -> u16 {
        Item323Error::status(self)
    }
}

/// Error responses `item324` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item324Error {}
impl Item324Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item324Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item324Error {}
impl ApiError for Item324Error {
    fn status(&self) -> u16 {
        Item324Error::status(self)
    }
}

/// Error responses `item325` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item325Error {}
impl Item325Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item325Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item325Error {}
impl ApiError for Item325Error {
    fn status(&self) -> u16 {
        Item325Error::status(self)
    }
}

/// Error responses `item326` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item326Error {}
impl Item326Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item326Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item326Error {}
impl ApiError for Item326Error {
    fn status(&self) -> u16 {
        Item326Error::status(self)
    }
}

/// Error responses `item327` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item327Error {}
impl Item327Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item327Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item327Error {}
impl ApiError for Item327Error {
    fn status(&self) -> u16 {
        Item327Error::status(self)
    }
}

/// Error responses `item328` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item328Error {}
impl Item328Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item328Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item328Error {}
impl ApiError for Item328Error {
    fn status(&self) -> u16 {
        Item328Error::status(self)
    }
}

/// Error responses `item329` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item329Error {}
impl Item329Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item329Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item329Error {}
impl ApiError for Item329Error {
    fn status(&self) -> u16 {
        Item329Error::status(self)
    }
}

/// Error responses `item330` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item330Error {}
impl Item330Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item330Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item330Error {}
impl ApiError for Item330Error {
    fn status(&self) -> u16 {
        Item330Error::status(self)
    }
}

/// Error responses `item331` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item331Error {}
impl Item331Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item331Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item331Error {}
impl ApiError for Item331Error {
    fn status(&self) -> u16 {
        Item331Error::status(self)
    }
}

/// Error responses `item332` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item332Error {}
impl Item332Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item332Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item332Error {}
impl ApiError for Item332Error {
    fn status(&self) -> u16 {
        Item332Error::status(self)
    }
}

/// Error responses `item333` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item333Error {}
impl Item333Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item333Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item333Error {}
impl ApiError for Item333Error {
    fn status(&self) -> u16 {
        Item333Error::status(self)
    }
}

/// Error responses `item334` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item334Error {}
impl Item334Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item334Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item334Error {}
impl ApiError for Item334Error {
    fn status(&self) -> u16 {
        Item334Error::status(self)
    }
}

/// Error responses `item335` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item335Error {}
impl Item335Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item335Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item335Error {}
impl ApiError for Item335Error {
    fn status(&self) -> u16 {
        Item335Error::status(self)
    }
}

/// Error responses `item336` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item336Error {}
impl Item336Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item336Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item336Error {}
impl ApiError for Item336Error {
    fn status(&self) -> u16 {
        Item336Error::status(self)
    }
}

/// Error responses `item337` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item337Error {}
impl Item337Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item337Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item337Error {}
impl ApiError for Item337Error {
    fn status(&self) -> u16 {
        Item337Error::status(self)
    }
}

/// Error responses `item338` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item338Error {}
impl Item338Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item338Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item338Error {}
impl ApiError for Item338Error {
    fn status(&self) -> u16 {
        Item338Error::status(self)
    }
}

/// Error responses `item339` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item339Error {}
impl Item339Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item339Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item339Error {}
impl ApiError for Item339Error {
    fn status(&self) -> u16 {
        Item339Error::status(self)
    }
}

/// Error responses `item340` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item340Error {}
impl Item340Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item340Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item340Error {}
impl ApiError for Item340Error {
    fn status(&self) -> u16 {
        Item340Error::status(self)
    }
}

/// Error responses `item341` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item341Error {}
impl Item341Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item341Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item341Error {}
impl ApiError for Item341Error {
    fn status(&self) -> u16 {
        Item341Error::status(self)
    }
}

/// Error responses `item342` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item342Error {}
impl Item342Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item342Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item342Error {}
impl ApiError for Item342Error {
    fn status(&self) -> u16 {
        Item342Error::status(self)
    }
}

/// Error responses `item343` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item343Error {}
impl Item343Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item343Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item343Error {}
impl ApiError for Item343Error {
    fn status(&self) -> u16 {
        Item343Error::status(self)
    }
}

/// Error responses `item344` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item344Error {}
impl Item344Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item344Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item344Error {}
impl ApiError for Item344Error {
    fn status(&self) -> u16 {
        Item344Error::status(self)
    }
}

/// Error responses `item345` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item345Error {}
impl Item345Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item345Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item345Error {}
impl ApiError for Item345Error {
    fn status(&self) -> u16 {
        Item345Error::status(self)
    }
}

/// Error responses `item346` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item346Error {}
impl Item346Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item346Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item346Error {}
impl ApiError for Item346Error {
    fn status(&self) -> u16 {
        Item346Error::status(self)
    }
}

/// Error responses `item347` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item347Error {}
impl Item347Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item347Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item347Error {}
impl ApiError for Item347Error {
    fn status(&self) -> u16 {
        Item347Error::status(self)
    }
}

/// Error responses `item348` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item348Error {}
impl Item348Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item348Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item348Error {}
impl ApiError for Item348Error {
    fn status(&self) -> u16 {
        Item348Error::status(self)
    }
}

/// Error responses `item349` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item349Error {}
impl Item349Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item349Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item349Error {}
impl ApiError for Item349Error {
    fn status(&self) -> u16 {
        Item349Error::status(self)
    }
}

/// Error responses `item350` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item350Error {}
impl Item350Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item350Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item350Error {}
impl ApiError for Item350Error {
    fn status(&self) -> u16 {
        Item350Error::status(self)
    }
}

/// Error responses `item351` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item351Error {}
impl Item351Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item351Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item351Error {}
impl ApiError for Item351Error {
    fn status(&self) -> u16 {
        Item351Error::status(self)
    }
}

/// Error responses `item352` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item352Error {}
impl Item352Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item352Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item352Error {}
impl ApiError for Item352Error {
    fn status(&self) -> u16 {
        Item352Error::status(self)
    }
}

/// Error responses `item353` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item353Error {}
impl Item353Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item353Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item353Error {}
impl ApiError for Item353Error {
    fn status(&self) -> u16 {
        Item353Error::status(self)
    }
}

/// Error responses `item354` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item354Error {}
impl Item354Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item354Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item354Error {}
impl ApiError for Item354Error {
    fn status(&self) -> u16 {
        Item354Error::status(self)
    }
}

/// Error responses `item355` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item355Error {}
impl Item355Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item355Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item355Error {}
impl ApiError for Item355Error {
    fn status(&self) -> u16 {
        Item355Error::status(self)
    }
}

/// Error responses `item356` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item356Error {}
impl Item356Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item356Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item356Error {}
impl ApiError for Item356Error {
    fn status(&self) -> u16 {
        Item356Error::status(self)
    }
}

/// Error responses `item357` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item357Error {}
impl Item357Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item357Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item357Error {}
impl ApiError for Item357Error {
    fn status(&self) -> u16 {
        Item357Error::status(self)
    }
}

/// Error responses `item358` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item358Error {}
impl Item358Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item358Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item358Error {}
impl ApiError for Item358Error {
    fn status(&self) -> u16 {
        Item358Error::status(self)
    }
}

/// Error responses `item359` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item359Error {}
impl Item359Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item359Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item359Error {}
impl ApiError for Item359Error {
    fn status(&self) -> u16 {
        Item359Error::status(self)
    }
}

/// Error responses `item360` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item360Error {}
impl Item360Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item360Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item360Error {}
impl ApiError for Item360Error {
    fn status(&self) -> u16 {
        Item360Error::status(self)
    }
}

/// Error responses `item361` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item361Error {}
impl Item361Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item361Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item361Error {}
impl ApiError for Item361Error {
    fn status(&self) -> u16 {
        Item361Error::status(self)
    }
}

/// Error responses `item362` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item362Error {}
impl Item362Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item362Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item362Error {}
impl ApiError for Item362Error {
    fn status(&self) -> u16 {
        Item362Error::status(self)
    }
}

/// Error responses `item363` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item363Error {}
impl Item363Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item363Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item363Error {}
impl ApiError for Item363Error {
    fn status(&self) -> u16 {
        Item363Error::status(self)
    }
}

/// Error responses `item364` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item364Error {}
impl Item364Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item364Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item364Error {}
impl ApiError for Item364Error {
    fn status(&self) -> u16 {
        Item364Error::status(self)
    }
}

/// Error responses `item365` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item365Error {}
impl Item365Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item365Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item365Error {}
impl ApiError for Item365Error {
    fn status(&self) -> u16 {
        Item365Error::status(self)
    }
}

/// Error responses `item366` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item366Error {}
impl Item366Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item366Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item366Error {}
impl ApiError for Item366Error {
    fn status(&self) -> u16 {
        Item366Error::status(self)
    }
}

/// Error responses `item367` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item367Error {}
impl Item367Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item367Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item367Error {}
impl ApiError for Item367Error {
    fn status(&self) -> u16 {
        Item367Error::status(self)
    }
}

/// Error responses `item368` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Item368Error {}
impl Item368Error {
    /// The HTTP status this error came with.
    pub fn status(&self) -> u16 {
        match *self {}
    }
}

impl std::fmt::Display for Item368Error {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Item368Error {}
impl ApiError for Item368Error {
    fn status(&self) -> u16 {
        Item368Error::status(self)
    }
}
