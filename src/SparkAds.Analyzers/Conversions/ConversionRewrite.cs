namespace SparkAds.Analyzers.Conversions;

/// <summary>What the fix of a SPARK005–SPARK007 conversion writes instead of it.</summary>
internal enum ConversionRewrite
{
    /// <summary>SPARK005: <c>SparkAdsErrors.Resolve(null, code)</c>.</summary>
    ResolveCode,

    /// <summary>SPARK006: <c>SparkAdsErrors.Resolve(key, null)</c>, for the <c>Enum.Parse</c> forms.</summary>
    ResolveKey,

    /// <summary>SPARK006: <c>SparkAdsErrors.TryParse</c> with the call's own arguments, for the generic <c>Enum.TryParse</c> forms.</summary>
    TryParse,

    /// <summary>SPARK007: <c>GetKey()</c> instead of <c>ToString()</c> or <c>Enum.GetName</c>, written as <see cref="GetKeyForm"/> says.</summary>
    GetKey,

    /// <summary>SPARK007: the <c>SparkAdsErrorKeys</c> constant, or the key as a literal, instead of <c>nameof</c>.</summary>
    KeyConstant,
}
