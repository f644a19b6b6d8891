using SparkAds.Sample.Library;

namespace SparkAds.Sample.App;

/// <summary>
/// Three easy ways to get a TikTok code or key wrong; the build warns on each, and
/// <c>dotnet format analyzers --diagnostics SPARK005 SPARK006 SPARK007</c> rewrites them to the generated lookups.
/// </summary>
public static class Mistakes
{
    // SPARK005: enum values are hashes of the keys, not TikTok's codes. Fix: SparkAdsErrors.Resolve(null, code).
    public static SparkAdsError ByCode(int code) => (SparkAdsError)code; // expect: SPARK005 at (SparkAdsError)

    // SPARK006: Enum.Parse expects member names (AuthCodeExpired), never keys (auth_code_expired). Fix: SparkAdsErrors.Resolve.
    public static SparkAdsError ByKey(string key) => Enum.Parse<SparkAdsError>(key); // expect: SPARK006 at Enum.Parse

    // SPARK007: a member's name is not its key. Fix: SparkAdsErrorKeys.CreativeRejected, or error.GetKey().
    public static bool IsRejected(SparkNotification notification) => notification.Key == nameof(SparkAdsError.CreativeRejected); // expect: SPARK007 at nameof
}
