namespace SparkAds.Analyzers.Switches;

/// <summary>What a switch over Spark errors switches on.</summary>
internal enum SwitchKind
{
    /// <summary><c>SparkAdsError</c> or <c>SparkAdsError?</c>: owed every enum member but <c>Unknown</c>.</summary>
    Enum,

    /// <summary>An <c>int</c> or <c>long</c> (nullable or not) holding TikTok's codes: owed every distinct catalog code.</summary>
    Code,

    /// <summary>A string holding notification keys: owed every catalog key.</summary>
    Key,
}
