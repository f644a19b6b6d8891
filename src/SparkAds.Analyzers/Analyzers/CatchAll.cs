namespace SparkAds.Analyzers.Analyzers;

/// <summary>How much of the input an arm matches without naming values: nothing, every non-null value, or everything.</summary>
internal enum CatchAll
{
    None,
    NonNull,
    All,
}
