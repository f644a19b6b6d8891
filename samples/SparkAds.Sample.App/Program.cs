using System.Text.Json;
using SparkAds.Sample.Library;

// Spark Ads rejects a post code with a notification: a numeric code (not always), a key, a message. These are
// responses as the Marketing API returns them; the catalog the library generates explains each one, its team rows
// (creative_rejected, sample_quota_exceeded) included.
string[] responses =
[
    """{ "code": 4025, "key": "auth_code_expired" }""",
    """{ "code": 4002, "key": "video_deleted" }""",
    """{ "code": 4002 }""",
    """{ "code": 40010, "key": "creative_rejected" }""",
    """{ "key": "sample_quota_exceeded" }""",
    """{ "code": 12345, "key": "something_new" }""",
];

var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
foreach (var json in responses)
{
    var notification = JsonSerializer.Deserialize<SparkNotification>(json, options)!;
    var error = notification.Error;
    Console.WriteLine(json);
    Console.WriteLine($"  -> {error} (key {error.GetKey()}, code {error.GetCode()?.ToString() ?? "none"}{(error.IsSystemError() ? ", system" : string.Empty)})");
    Console.WriteLine($"     message: {error.GetMessage()}");
    Console.WriteLine($"     remedy:  {error.GetRemedy()}");
    Console.WriteLine($"     next:    {NextStep(error)}");
    // team-errors.csv's typed columns (retryable:bool, owner:text): null for the built-in rows, which have none.
    Console.WriteLine($"     team:    retryable {error.GetRetryable()?.ToString() ?? "not said"}, owner {error.GetOwner() ?? "none"}");
}

Console.WriteLine();
Console.WriteLine($"Resolve(\"creative_rejected\", 40010): {SparkAdsErrors.Resolve("creative_rejected", 40010)}");
Console.WriteLine($"FromCode(4002):  {string.Join(", ", SparkAdsErrors.FromCode(4002))}");
Console.WriteLine($"Catalog errors:  {SparkAdsErrors.All.Count}");

// SPARK001 points at this switch: it handles a few errors and has no default, so the others (the team's rows too,
// and every error added to the catalog later) fall through unnoticed. Apply "Add missing Spark error cases" (or
// `dotnet format analyzers --diagnostics SPARK001`): it adds a case per error, with the catalog's remedy as a comment.
static string NextStep(SparkAdsError error)
{
    switch (error) // expect: SPARK001
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
