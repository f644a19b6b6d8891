// Written by CompiledBuiltInCatalogTests from catalog/spark-ads-errors.csv: do not edit. After editing the catalog, run
// the tests with SPARKADS_ACCEPT_SNAPSHOTS=1 to rewrite it.
namespace SparkAds.Analyzers.Catalog.BuiltIn;

internal static partial class BuiltInCatalog
{
    private const int TextLength = 2450;
    private const ulong TextHash = 0xCCA06EACFFDD21CCUL;

    private static readonly Row[] Rows =
    [
        new("video_unavailable", "VideoUnavailable", 4002, "The video is not available due to community guidelines violation.", "Contact the creator or select another post that meets community guidelines.", CatalogErrorKind.User, false, null, 29, 17, 0, 0),
        new("video_deleted", "VideoDeleted", 4002, "The video has been deleted and cannot be used to create ads.", "Contact the creator or choose another post.", CatalogErrorKind.User, false, null, 199, 13, 0, 0),
        new("auth_code_not_found", "AuthCodeNotFound", null, "The code has been deleted.", "Contact the creator to generate a new code.", CatalogErrorKind.User, false, null, 328, 19, 0, 0),
        new("auth_code_format_error", "AuthCodeFormatError", 4013, "The post code is incorrect.", "Verify the code with the creator or generate a new one.", CatalogErrorKind.User, false, null, 425, 22, 0, 0),
        new("call_rpc_fail", "CallRpcFail", -500, "An error occurred processing the code.", "Refresh the page or try again later.", CatalogErrorKind.System, false, null, 542, 13, 0, 0),
        new("call_db_fail", "CallDbFail", -500, "An error occurred processing the code.", "Refresh the page or try again later.", CatalogErrorKind.System, false, null, 644, 12, 0, 0),
        new("mention_multiple_videos", "MentionMultipleVideos", 930002, "This post can’t be used for ads because it tags multiple posts.", "Select a post that doesn't tag multiple posts.", CatalogErrorKind.User, false, null, 745, 23, 0, 0),
        new("illegal_item_status_error", "IllegalItemStatusError", 900012, "The post is unavailable due to a community rule violation.", "Contact the creator or choose another post.", CatalogErrorKind.User, false, null, 892, 25, 0, 0),
        new("story_video_not_supported", "StoryVideoNotSupported", 4027, "Story videos can't be used for Spark Ads.", "Choose a different post.", CatalogErrorKind.User, false, null, 1033, 25, 0, 0),
        new("carousel_duet_not_supported", "CarouselDuetNotSupported", 4042, "Duet carousels can’t be used for Spark Ads.", "Choose a different post.", CatalogErrorKind.User, false, null, 1136, 27, 0, 0),
        new("auth_code_expired", "AuthCodeExpired", 4025, "Authorization expired.", "Contact the creator to extend the authorization.", CatalogErrorKind.User, false, null, 1243, 17, 0, 0),
        new("multi_duet_stitch_refused", "MultiDuetStitchRefused", 900003, "This post can't be used for ads due to duet or restrictions on multiple people involved in the post.", "Choose another post that doesn't invovle multiple people or consult support.", CatalogErrorKind.User, false, null, 1343, 25, 0, 0),
        new("duet_stitch_region_limit", "DuetStitchRegionLimit", 900003, "This post can't be used for ads due to duet or restrictions on multiple people involved in the post.", "Choose another post that doesn't invovle multiple people or consult support.", CatalogErrorKind.User, false, null, 1559, 24, 0, 0),
        new("user_permission_missing", "UserPermissionMissing", null, "You don’t have permission to create ads.", "Contact your account manager about ad permissions.", CatalogErrorKind.User, false, null, 1774, 23, 0, 0),
        new("not_public_video", "NotPublicVideo", null, "The post is not public.", "Ask the creator to change visibility to public.", CatalogErrorKind.User, false, null, 1896, 16, 0, 0),
        new("anchors_status_error", "AnchorsStatusError", 900011, "This link is not authorized for a post. Post’s anchor status does not support Spark Ads.", "Check anchor audit status or choose a link that is authorized for posts.", CatalogErrorKind.User, false, null, 1991, 20, 0, 0),
        new("calculate_intersection_time_error", "CalculateIntersectionTimeError", 900010, "Authorization ends before the ad’s end time.", "Contact the creator to adjust authorization.", CatalogErrorKind.User, false, null, 2186, 33, 0, 0),
        new("auth_code_error", "AuthCodeError", null, "Post can’t be used for Spark Ads due to an incorrect code.", "Select a different post or ensure codes match.", CatalogErrorKind.User, false, null, 2322, 15, 0, 0),
    ];
}
