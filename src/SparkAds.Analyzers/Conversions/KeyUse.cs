namespace SparkAds.Analyzers.Conversions;

/// <summary>How a member name is used as a TikTok key (SPARK007), as the message words it.</summary>
internal enum KeyUse
{
    /// <summary>Compared with a key: <c>==</c>, <c>!=</c>, <c>Equals</c>, an <c>is</c> pattern, a switch.</summary>
    ComparedWith,

    /// <summary>Passed where a key goes, or assigned to something named as a key.</summary>
    UsedAs,
}
