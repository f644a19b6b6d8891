namespace SparkAds.Analyzers.Tests.Switches.Fuzzing;

/// <summary>The six-row catalog the generated switches run against: two keys share 4002, one has no code.</summary>
public static class FuzzCatalog
{
    public const string Path = "/team/fuzz-errors.csv";

    /// <summary>The four rows of <see cref="AnalyzerTestCatalog.Csv"/> and two more with codes of their own.</summary>
    public const string Csv = AnalyzerTestCatalog.Csv + "\n" + """
        auth_code_format_error,4013,The post code is incorrect.,Verify the code with the creator.
        story_video_not_supported,4027,Story videos cannot be used.,Choose a different post.
        """;

    /// <summary>Catalog order; the enum value is the key's hash (Unknown is 0), so values do not follow the order.</summary>
    public static ImmutableArray<(string Key, string Member, long? Code, long EnumValue)> Errors { get; } =
    [
        ("auth_code_expired", "AuthCodeExpired", 4025, 700697055),
        ("video_deleted", "VideoDeleted", 4002, 1913881662),
        ("video_unavailable", "VideoUnavailable", 4002, 1360824805),
        ("not_public_video", "NotPublicVideo", null, 2074657490),
        ("auth_code_format_error", "AuthCodeFormatError", 4013, 1184471568),
        ("story_video_not_supported", "StoryVideoNotSupported", 4027, 2032896913),
    ];

    /// <summary>Whether <paramref name="value"/> is a member's value: Unknown's 0 or an error's.</summary>
    public static bool IsMemberValue(object? value) => value is 0L || Errors.Any(e => Equals(e.EnumValue, value));

    public static IEnumerable<object> OwedValues(FuzzKind kind)
        => kind switch
        {
            FuzzKind.Enum => Errors.Select(e => (object)e.EnumValue),
            FuzzKind.Code => Errors.Where(e => e.Code is not null).Select(e => (object)e.Code!.Value).Distinct(),
            _ => Errors.Select(e => (object)e.Key),
        };

    /// <summary>The message list: <c>null</c> first, then every error of the values in catalog order as <c>key (code)</c>; four at most, else three and "and N more".</summary>
    public static string Describe(FuzzKind kind, IReadOnlyCollection<object?> values)
    {
        var items = new List<string>();
        if (values.Contains(null))
        {
            items.Add("null");
        }

        foreach (var error in Errors)
        {
            var value = kind switch
            {
                FuzzKind.Enum => (object?)error.EnumValue,
                FuzzKind.Code => error.Code,
                _ => error.Key,
            };
            if (value is not null && values.Contains(value))
            {
                items.Add(error.Code is { } code ? error.Key + " (" + code.ToString(CultureInfo.InvariantCulture) + ")" : error.Key);
            }
        }

        if (items.Count > 4)
        {
            return string.Join(", ", items.Take(3)) + " and " + (items.Count - 3).ToString(CultureInfo.InvariantCulture) + " more";
        }

        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }
}
