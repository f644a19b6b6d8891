using System.Collections.Generic;
using System.Text;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>The throw-away consumer project: only a PackageReference, a team catalog and code that uses the API.</summary>
internal static class ConsumerFiles
{
    /// <summary>
    /// A team catalog as a spreadsheet might save it: BOM, CRLF, columns reordered, an extra column, quoted
    /// commas and line breaks, doubled quotes and backslashes.
    /// </summary>
    public static readonly byte[] TeamCatalog =
    [
        .. Encoding.UTF8.GetPreamble(),
        .. Encoding.UTF8.GetBytes(
            "Remedy,Kind,Owner,Message,Code,Key\r\n" +
            "\"Retry later, or call \"\"support\"\".\",system,ads-team,\"Quota hit: C:\\temp\\quota, \\n stays literal\",4290,team_quota_exceeded\r\n" +
            "\"Line one\r\nLine two\",user,ads-team,\"Say \"\"hi\"\", then \\\"\"bye\\\"\"\",,team_greeting_refused\r\n"),
    ];

    public const string TeamQuotaMessage = "Quota hit: C:\\temp\\quota, \\n stays literal";
    public const string TeamQuotaRemedy = "Retry later, or call \"support\".";
    public const string TeamGreetingMessage = "Say \"hi\", then \\\"bye\\\"";
    public const string TeamGreetingRemedy = "Line one\r\nLine two";

    public static IEnumerable<(string Name, byte[] Content)> All(string feed)
    {
        yield return ("Consumer.csproj", Utf8($$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SparkAds.Analyzers" Version="{{PackedConsumerFixture.PackageVersion}}" PrivateAssets="all" />
                <SparkAdsCatalog Include="team-errors.csv" />
                <!-- Not a catalog: an AdditionalFile without SparkAdsCatalog is never read. -->
                <AdditionalFiles Include="unrelated.csv" />
              </ItemGroup>
            </Project>
            """));
        yield return ("NuGet.Config", Utf8($$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="sparkads-e2e" value="{{feed}}" />
              </packageSources>
            </configuration>
            """));
        yield return (".editorconfig", Utf8("""
            root = true

            [*.cs]
            dotnet_diagnostic.SPARK002.severity = warning
            """));
        yield return ("team-errors.csv", TeamCatalog);
        yield return ("unrelated.csv", Utf8("key,message,remedy\nnot a key,,\n"));
        yield return ("Program.cs", Utf8(Program));
    }

    private const string Program = """
        using System.Text;
        using SparkAds;

        Console.WriteLine("FromCode(4002)=" + string.Join(",", SparkAdsErrors.FromCode(4002)));
        Console.WriteLine("FromCode(12345)=" + string.Join(",", SparkAdsErrors.FromCode(12345)));
        Console.WriteLine("TryParse(auth_code_expired)=" + SparkAdsErrors.TryParse("auth_code_expired", out var parsed) + ":" + parsed);
        Console.WriteLine("TryParse(AUTH_CODE_EXPIRED,ignoreCase)=" + SparkAdsErrors.TryParse("AUTH_CODE_EXPIRED", true, out var ignored) + ":" + ignored);
        Console.WriteLine("TryParse(nope)=" + SparkAdsErrors.TryParse("nope", out var missing) + ":" + missing);
        Console.WriteLine("default=" + default(SparkAdsError));
        Console.WriteLine("Unknown=" + B64(SparkAdsError.Unknown.GetMessage()) + "|" + B64(SparkAdsError.Unknown.GetRemedy()));
        Console.WriteLine("count=" + SparkAdsErrors.All.Count);
        foreach (var error in SparkAdsErrors.All)
        {
            Console.WriteLine("error." + error.GetKey() + "=" + error + "|" + error.GetCode() + "|" + B64(error.GetMessage()) + "|" + B64(error.GetRemedy()) + "|" + error.IsSystemError());
        }

        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
