namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// The type a catalog header gives a team column (<c>retryable:bool</c>, <c>http_status:int</c>, <c>owner:text</c>),
/// and so the type its generated lookup returns: <c>bool?</c>, <c>int?</c>, <c>string?</c>.
/// </summary>
internal enum TeamColumnType
{
    Bool,
    Int,
    Text,
}
