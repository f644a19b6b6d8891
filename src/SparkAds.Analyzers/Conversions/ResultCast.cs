namespace SparkAds.Analyzers.Conversions;

/// <summary>What the SPARK005/SPARK006 fix casts its lookup to, so the expression it replaces keeps its type.</summary>
internal enum ResultCast
{
    /// <summary>Nothing: the lookup's <c>SparkAdsError</c> is the type.</summary>
    None,

    /// <summary>The reported cast's own nullable type (<c>(SparkAdsError?)</c>), kept around the lookup.</summary>
    ReportedCast,

    /// <summary><c>object</c>, what <c>Enum.ToObject</c> and <c>Enum.Parse(Type, …)</c> return.</summary>
    Object,
}
