namespace SparkAds.Analyzers.Tests.Shared;

/// <summary>
/// The NuGet.Config of a consumer restored from a folder the packed package was written to: that folder is its only
/// package source, so a real build can only get SparkAds.Analyzers from the nupkg under test.
/// </summary>
public static class LocalPackageFeed
{
    public static string NuGetConfig(string feedDirectory) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="sparkads-local" value="{{feedDirectory}}" />
          </packageSources>
        </configuration>
        """;
}
