namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>A consumer that touches every generated API, written in C# 7.3 so it compiles on every profile.</summary>
internal static class CompatibilityUsage
{
    public const string Code = """
        namespace Consumer
        {
            public static class Usage
            {
                public static string Describe(int code, string key)
                {
                    SparkAds.SparkAdsError error;
                    if (!SparkAds.SparkAdsErrors.TryParse(key, true, out error))
                    {
                        var byCode = SparkAds.SparkAdsErrors.FromCode(code);
                        error = byCode.Count > 0 ? byCode[0] : SparkAds.SparkAdsError.Unknown;
                    }

                    return SparkAds.SparkAdsErrorExtensions.GetKey(error) + SparkAds.SparkAdsErrorExtensions.GetCode(error)
                        + SparkAds.SparkAdsErrorExtensions.GetMessage(error) + SparkAds.SparkAdsErrorExtensions.GetRemedy(error)
                        + SparkAds.SparkAdsErrorExtensions.IsSystemError(error) + SparkAds.SparkAdsErrors.All.Count;
                }
            }
        }
        """;
}
