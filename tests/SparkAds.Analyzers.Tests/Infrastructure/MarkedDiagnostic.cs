namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>A diagnostic that markup declares with <c>{|ID:…|}</c>: its ID and its exact span in the clean text.</summary>
public sealed record MarkedDiagnostic(string Id, TextSpan Span);
