namespace SparkAds.Analyzers.Catalog;

/// <summary>One valid catalog row, as read: texts exactly as written, with where its key stands.</summary>
internal sealed record CatalogEntry(
    string Key,
    string MemberName,
    int? Code,
    string Message,
    string Remedy,
    CatalogErrorKind Kind,
    CatalogLocation KeyLocation);
