namespace SparkAds.Sample.Library;

/// <summary>A Spark Ads error notification as the Marketing API returns it: a key, a numeric code, or both.</summary>
public sealed class SparkNotification
{
    public SparkNotification(string? key, int? code)
    {
        Key = key;
        Code = code;
    }

    public string? Key { get; }

    public int? Code { get; }

    /// <summary>
    /// The catalog's error: the key when the catalog knows it, else the code (a code shared by several keys gives the
    /// first active one in catalog order), else Unknown. SparkAdsError and its lookups are generated in this library's
    /// namespace, from the built-in catalog and team-errors.csv.
    /// </summary>
    public SparkAdsError Error => SparkAdsErrors.Resolve(Key, Code);
}
