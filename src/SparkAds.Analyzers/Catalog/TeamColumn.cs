namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// A typed team column of the merged catalog: its name as its first catalog writes it, and its type. It generates the
/// lookup <see cref="MethodName"/> on <c>SparkAdsError</c>. Value-equal and without a location, so moving the column
/// in its header re-emits nothing.
/// </summary>
internal sealed record TeamColumn(string Name, TeamColumnType Type)
{
    /// <summary><c>Get</c> and the PascalCase of the name (<see cref="TeamColumnNaming.MethodName"/>).</summary>
    public string MethodName => TeamColumnNaming.MethodName(Name);
}
