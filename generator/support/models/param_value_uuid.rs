// Support code oagen copies into the generated `models` module.
// When some type uses `uuid::Uuid`.

impl ParamValue for uuid::Uuid {
    fn to_param(&self) -> String {
        self.to_string()
    }
    fn from_param(text: &str) -> Result<Self, String> {
        text.parse().map_err(|err: uuid::Error| err.to_string())
    }
}
