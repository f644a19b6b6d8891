namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// TikTok's <c>identity_type</c> values that SPARK004 and its code fix know.
/// </summary>
internal static class TikTokIdentityTypes
{
    /// <summary>Custom Identity: a display name and avatar with no TikTok account behind it. Being retired.</summary>
    public const string CustomizedUser = "CUSTOMIZED_USER";

    /// <summary>The advertiser's own linked TikTok account.</summary>
    public const string TikTokUser = "TT_USER";

    /// <summary>A creator's post, authorised with a video code.</summary>
    public const string AuthCode = "AUTH_CODE";

    /// <summary>An account authorised through Business Center (needs <c>identity_authorized_bc_id</c>).</summary>
    public const string BusinessCenterAuthorized = "BC_AUTH_TT";

    /// <summary>The replacements the code fix offers, in the order it offers them.</summary>
    public static readonly string[] Replacements = [TikTokUser, AuthCode, BusinessCenterAuthorized];
}
