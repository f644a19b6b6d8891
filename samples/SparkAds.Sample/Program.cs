using System.Text.Json;
using SparkAds.Sample.Errors;

// Spark Ads rejects a post code with a notification: a numeric code (not always), a key, a message.
// These are responses as the Marketing API returns them; the generated lookups explain each one.
string[] responses =
[
    """{ "code": 4025, "key": "auth_code_expired" }""",
    """{ "code": 4002, "key": "video_deleted" }""",
    """{ "code": 4002 }""",
    """{ "key": "not_public_video" }""",
    """{ "code": -500, "key": "call_db_fail" }""",
    """{ "key": "sample_quota_exceeded" }""",
    """{ "code": 12345, "key": "something_new" }""",
];

foreach (var json in responses)
{
    var response = JsonSerializer.Deserialize<SparkErrorResponse>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    // The key when the catalog knows it, else the code (shared by two keys for 4002, or absent), else Unknown.
    var error = SparkAdsErrors.Resolve(response.Key, response.Code);
    Console.WriteLine($"{json}");
    Console.WriteLine($"  -> {error} (key {error.GetKey()}, code {error.GetCode()?.ToString() ?? "none"}{(error.IsSystemError() ? ", system" : string.Empty)})");
    Console.WriteLine($"     message: {error.GetMessage()}");
    Console.WriteLine($"     remedy:  {error.GetRemedy()}");
    Console.WriteLine($"     next:    {NextStep(error)}");
    // team-errors.csv's typed columns (retryable:bool, owner:text): null for the built-in rows, which have none.
    Console.WriteLine($"     team:    retryable {error.GetRetryable()?.ToString() ?? "not said"}, owner {error.GetOwner() ?? "none"}");
}

Console.WriteLine();
Console.WriteLine($"FromCode(4002):  {string.Join(", ", SparkAdsErrors.FromCode(4002))}");
Console.WriteLine($"Catalog errors:  {SparkAdsErrors.All.Count}");

// SPARK001 points at this switch: it handles a few errors and has no default, so the others (and every
// error added to the catalog later) fall through unnoticed. Apply "Add missing Spark error cases", or add a
// default that handles the rest.
static string NextStep(SparkAdsError error)
{
    switch (error)
    {
        case SparkAdsError.AuthCodeExpired:
        case SparkAdsError.AuthCodeNotFound:
            return "ask the creator for a new post code";
        case SparkAdsError.CallRpcFail:
        case SparkAdsError.CallDbFail:
            return "retry with backoff";
        case SparkAdsError.Unknown:
            return "log the raw response";
    }

    return "show the remedy to the advertiser";
}

internal sealed record SparkErrorResponse(int? Code, string? Key);
