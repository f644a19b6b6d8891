namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>The consumer a test compiles as.</summary>
public enum TargetProfile
{
    /// <summary>net10.0 (the test host's framework), newest C#, nullable enabled.</summary>
    Net10Nullable,

    /// <summary>netstandard2.0 reference assemblies, C# 7.3, nullable disabled.</summary>
    NetStandard20CSharp73,
}
