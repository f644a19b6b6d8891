namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// One consumer file with each kind of switch and lookup the switch analyzers read (enum, code and key switches;
/// patterns, guards and constants), over <see cref="AnalyzerTestCatalog"/>: it misses rows (SPARK001), handles
/// rows only through a fallback (SPARK002) and names a key that is no catalog's (SPARK003).
/// </summary>
internal static class SwitchSample
{
    public const string Code = """
        using System;
        using SparkAds;

        public static class Handler
        {
            public static int Enum(SparkAdsError? error) => error switch
            {
                null => 0,
                SparkAdsError.AuthCodeExpired or (SparkAdsError.VideoDeleted) => 1,
                SparkAdsError e when e != SparkAdsError.Unknown => 2,
                > SparkAdsError.VideoDeleted and not SparkAdsError.NotPublicVideo => 3,
                _ => throw new ArgumentException("x"),
            };

            public static void Code(int code, string key)
            {
                switch (code)
                {
                    case 4025: case (int)4002L: break;
                    case SparkAdsErrorCodes.VideoDeleted when key.Length > 0: break;
                    default: Console.WriteLine(code); break;
                }

                switch (key)
                {
                    case "auth_code_expird" or "video_deleted": break;
                    case var k when k.StartsWith("x"): break;
                }

                SparkAdsErrors.TryParse("auth_code_expird", true, out var parsed);
                SparkAdsErrors.FromCode(4026);
            }

            public static int Keys(string key) => key switch
            {
                "auth_code_expird" or "video_deleted" => 1,
                "video_unavailable" => 2,
                _ => 0,
            };
        }
        """;
}
